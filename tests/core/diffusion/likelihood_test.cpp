// The ODE log-likelihood (docs/math.md §3.6) against its closed form for Gaussian data and
// the exact noised-mixture log-density.
#include "core/diffusion/likelihood.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/diffusion/mixture_score.h"
#include "core/mixture/presets.h"

namespace kx::core::diffusion {
namespace {

TEST(Likelihood, GaussianDataChangeOfLogDensity) {
  // docs/math.md §3.6: data N(0, s^2 I) -> p_t = N(0, v_t I), v_t = alphaBar^2 s^2 +
  // betaBar^2, and log p_t(x_t) - log p_0(x_0) = -(d/2) ln(v_t / s^2), d = 2.
  // So the divergence integral from t0 to 1 is ln(v_1 / v_t0); and the point
  // lands on x sqrt(v_1 / v_t0). RK4 with 100 steps in double state, float
  // score: ~1e-6.
  const double s = 0.5;
  const ExactMixtureScore score(mixture::GaussianMixture{{{{0, 0}, s, 1}}});
  for (auto kind : {ScheduleKind::Linear, ScheduleKind::LinearSu}) {
    const ContinuousSchedule c{kind};
    const double t0 = 1e-3;
    auto v = [&](double t) { return std::pow(c.alphaBar(t) * s, 2) + std::pow(c.betaBar(t), 2); };
    auto r = odeLogLikelihood(score, c, {0.4, -0.7}, t0, 1.0, 100);
    ASSERT_TRUE(r) << r.error();
    EXPECT_NEAR(r->divergenceIntegral, std::log(v(1) / v(t0)), 1e-5);
    EXPECT_NEAR(r->end.x(), 0.4 * std::sqrt(v(1) / v(t0)), 1e-5);
    EXPECT_NEAR(r->end.y(), -0.7 * std::sqrt(v(1) / v(t0)), 1e-5);
  }
}

TEST(Likelihood, RecoversTheExactMixtureLogDensity) {
  // Ring of 8 at t0 = 1e-3: log p_t0(x) = log p_1(x_1) + integral, with p_1 the
  // exact noised mixture at t = 1 (not N(0, I), so the prior's own error does
  // not enter), at points in the support (in the empty centre, log p ~ -140,
  // the flow is a knife edge between modes and float scores cannot follow
  // it). RK4 with 400 steps: the field is stiff near the modes
  // (1/v ~ 100); observed ~1e-3, bound 1e-2 nats.
  const mixture::GaussianMixture ring = mixture::ring8();
  const ExactMixtureScore score(ring);
  const ContinuousSchedule c{ScheduleKind::Linear};
  const double t0 = 1e-3;
  const NoiseLevel at0{t0, c.alphaBar(t0), c.betaBar(t0)}, at1{1, c.alphaBar(1), c.betaBar(1)};
  for (const Eigen::Vector2d& p :
       {Eigen::Vector2d(2.05, 0.02), Eigen::Vector2d(1.3, 1.5), Eigen::Vector2d(-2.1, 0.08)}) {
    auto r = odeLogLikelihood(score, c, p, t0, 1.0, 400);
    ASSERT_TRUE(r);
    const double exact = mixture::logDensity(noisedMixture(ring, at0), p);
    const double viaOde = mixture::logDensity(noisedMixture(ring, at1), r->end) + r->divergenceIntegral;
    EXPECT_NEAR(viaOde, exact, 1e-2) << p.transpose();
    // Against the sampler's N(0, I) prior the gap is p_1's own distance from it.
    EXPECT_NEAR(r->logLikelihood, exact, 0.1);
  }
}

TEST(Likelihood, BadInputGivesMessages) {
  const ExactMixtureScore score(mixture::ring8());
  const ContinuousSchedule c{ScheduleKind::Linear};
  auto steps = odeLogLikelihood(score, c, {0, 0}, 1e-3, 1.0, 0);
  ASSERT_FALSE(steps);
  EXPECT_NE(steps.error().find("at least 1"), std::string::npos);
  auto times = odeLogLikelihood(score, c, {0, 0}, 0.5, 0.2);
  ASSERT_FALSE(times);
  EXPECT_NE(times.error().find("t0 < t1"), std::string::npos);
}

}  // namespace
}  // namespace kx::core::diffusion
