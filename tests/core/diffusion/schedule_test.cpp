// Schedules and the DDPM posterior against docs/math.md §3.1 and §3.2.
#include "core/diffusion/schedule.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace kx::core::diffusion {
namespace {

TEST(Schedule, SuLinearAlphaBarMatchesTheTable) {
  // docs/math.md §3.1: alpha_t = sqrt(1 - 0.02 t / T), T = 1000; the table
  // gives 6 significant digits, so 1e-6 absolute (5e-9 at t = T).
  auto s = Schedule::make(ScheduleKind::LinearSu, 1000);
  ASSERT_TRUE(s);
  EXPECT_NEAR(s->alphaBar(100), 0.950722, 1e-6);
  EXPECT_NEAR(s->alphaBar(500), 0.284592, 1e-6);
  EXPECT_NEAR(s->alphaBar(1000), 0.0064820, 5e-8);
  EXPECT_NEAR(std::log(s->alphaBar(1000)), -5.0387, 1e-4);
  EXPECT_LT(std::log(s->alphaBar(1000)), -0.005 * 1001);  // the essay's bound
  EXPECT_EQ(s->alphaBar(0), 1.0);
  EXPECT_EQ(s->betaBar(0), 0.0);
}

TEST(Schedule, HoLinearAlphaBarAtT) {
  // docs/math.md §3.1: Ho's beta from 1e-4 to 0.02 gives Su's alphaBar_T = 0.006353,
  // Ho's alphaBar_T = 4.04e-5 (both to the table's digits).
  auto s = Schedule::make(ScheduleKind::Linear, 1000);
  ASSERT_TRUE(s);
  EXPECT_NEAR(s->alphaBar(1000), 0.006353, 1e-6);
  EXPECT_NEAR(s->alphaBar(1000) * s->alphaBar(1000), 4.04e-5, 1e-7);
  EXPECT_NEAR(s->beta(1) * s->beta(1), 1e-4, 1e-12);
  EXPECT_NEAR(s->beta(1000) * s->beta(1000), 0.02, 1e-12);
}

TEST(Schedule, BarsStayOnTheUnitCircleForEveryKind) {
  for (auto kind : {ScheduleKind::Linear, ScheduleKind::LinearSu, ScheduleKind::Cosine}) {
    auto s = Schedule::make(kind, 1000);
    ASSERT_TRUE(s);
    for (int t = 0; t <= 1000; t += 37) {
      EXPECT_NEAR(s->alphaBar(t) * s->alphaBar(t) + s->betaBar(t) * s->betaBar(t), 1.0, 1e-12) << scheduleName(kind);
      if (t > 0) {
        EXPECT_LT(s->alphaBar(t), s->alphaBar(t - 1));  // strictly noisier
      }
    }
    EXPECT_LT(s->alphaBar(1000), 0.01) << scheduleName(kind);  // x_T is nearly pure noise
  }
}

TEST(Schedule, ContinuousLimitsMatchTheDiscreteChains) {
  // Su's e^{-5 t^2} is §3.1's continuous approximation: the table's last
  // column; VP beta(t) = 0.1 + 19.9 t is the continuum limit of Ho's chain
  // (its alphaBar at t = 1 near the discrete 0.006353: the chain sums
  // -log(1 - beta_i) = beta_i + beta_i^2/2 + ..., the integral only beta, and
  // sum beta_i^2 / 4 ~ 1000 (0.02^2 / 3) / 4 = 0.033 in Su's log: 3.4% apart).
  ContinuousSchedule su{ScheduleKind::LinearSu};
  EXPECT_NEAR(su.alphaBar(0.1), 0.951229, 1e-6);
  EXPECT_NEAR(su.alphaBar(0.5), 0.286505, 1e-6);
  EXPECT_NEAR(su.alphaBar(1.0), 0.006738, 1e-6);
  ContinuousSchedule vp{ScheduleKind::Linear};
  EXPECT_NEAR(vp.alphaBar(1.0), 0.006353, 0.04 * 0.006353);
  EXPECT_GT(vp.alphaBar(1.0), 0.006353);
  EXPECT_DOUBLE_EQ(vp.beta(1.0), 20.0);
  // beta = d(integratedBeta)/dt, by central differences (error ~ h^2).
  for (auto kind : {ScheduleKind::Linear, ScheduleKind::LinearSu, ScheduleKind::Cosine}) {
    ContinuousSchedule c{kind};
    for (double t : {0.1, 0.4, 0.8}) {
      const double h = 1e-5;
      EXPECT_NEAR((c.integratedBeta(t + h) - c.integratedBeta(t - h)) / (2 * h), c.beta(t), 1e-5 * c.beta(t));
    }
  }
}

TEST(Posterior, CoefficientsOfTheOracle) {
  // docs/math.md §3.2: alpha_t = 0.99, alphaBar_{t-1} = 0.5 -> (0.983476, 0.0131792, 0.0197689).
  const Posterior p = posterior(0.99, 0.5);
  EXPECT_NEAR(p.kappa, 0.983476, 1e-6);
  EXPECT_NEAR(p.lambda, 0.0131792, 1e-7);
  EXPECT_NEAR(p.variance, 0.0197689, 1e-7);
}

TEST(Posterior, RegressionOfSimulatedPairsReproducesIt) {
  // docs/math.md §3.2, independent method: draw x0, x_{t-1} | x0, x_t | x_{t-1}
  // forward, then regress x_{t-1} on (x_t, x0). 200k samples: the
  // coefficients' standard errors are ~ sqrt(var / n) ~ 3e-4, so 2e-3 is ~6 sigma.
  std::mt19937_64 rng(7);
  std::normal_distribution<double> normal;
  const double alpha = 0.99, abPrev = 0.5, bbPrev = std::sqrt(1 - abPrev * abPrev), beta = std::sqrt(1 - alpha * alpha);
  const int n = 200000;
  double sxx = 0, sxz = 0, szz = 0, sxy = 0, szy = 0;  // normal equations, no intercept (all means 0)
  std::vector<double> xt(n), x0(n), xp(n);
  for (int i = 0; i < n; ++i) {
    x0[i] = normal(rng);
    xp[i] = abPrev * x0[i] + bbPrev * normal(rng);
    xt[i] = alpha * xp[i] + beta * normal(rng);
    sxx += xt[i] * xt[i];
    sxz += xt[i] * x0[i];
    szz += x0[i] * x0[i];
    sxy += xt[i] * xp[i];
    szy += x0[i] * xp[i];
  }
  const double det = sxx * szz - sxz * sxz;
  const double kappa = (szz * sxy - sxz * szy) / det, lambda = (sxx * szy - sxz * sxy) / det;
  double rss = 0;
  for (int i = 0; i < n; ++i) rss += std::pow(xp[i] - kappa * xt[i] - lambda * x0[i], 2);
  const Posterior p = posterior(alpha, abPrev);
  EXPECT_NEAR(kappa, p.kappa, 2e-3);
  EXPECT_NEAR(lambda, p.lambda, 2e-3);
  EXPECT_NEAR(rss / n, p.variance, 2e-3 * 0.02 * 10);
}

TEST(Schedule, BadStepCountIsAMessage) {
  auto s = Schedule::make(ScheduleKind::Linear, 0);
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().find("at least 1 step"), std::string::npos);
}

}  // namespace
}  // namespace kx::core::diffusion
