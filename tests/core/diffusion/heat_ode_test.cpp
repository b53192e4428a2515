// The variance-exploding (heat) schedules and their samplers (docs/math.md
// §3.9): the schedule's SDE coefficients against the general formulas of
// §3.4, the heat equation's ODE dx/dt = -sigma sigma' grad log p_t integrated
// independently in double, Gaussian data mapped linearly, the likelihood's
// closed form, and DDIM / DDPM returning a single data point exactly.
#include <gtest/gtest.h>

#include <cmath>

#include "core/diffusion/likelihood.h"
#include "core/diffusion/mixture_score.h"
#include "core/diffusion/sampler.h"
#include "core/diffusion/ve_schedule.h"
#include "core/mixture/presets.h"

namespace kx::core::diffusion {
namespace {

const ScheduleKind kAllKinds[] = {ScheduleKind::Linear, ScheduleKind::LinearSu, ScheduleKind::Cosine,
                                  ScheduleKind::VeGeometric, ScheduleKind::VeEdm};
const ScheduleKind kVeKinds[] = {ScheduleKind::VeGeometric, ScheduleKind::VeEdm};

Sampler make(SamplerSettings s) {
  auto r = Sampler::create(s);
  EXPECT_TRUE(r) << (r ? "" : r.error());
  return *r;
}

TEST(VeSchedule, SigmaRunsFromZeroThroughSigmaMinToSigmaMax) {
  // docs/math.md §3.9: sigma(0) = 0 (the data), sigma(0+) = sigmaMin, sigma(1) = sigmaMax;
  // EDM at t = 1/2 is the rho-mean of the ends; the derivative matches central differences.
  for (auto kind : kVeKinds) {
    const ContinuousSchedule c{.kind = kind, .sigmaMin = 0.002, .sigmaMax = 20};
    EXPECT_EQ(c.betaBar(0), 0.0);
    EXPECT_NEAR(c.betaBar(1e-12), 0.002, 1e-12);
    EXPECT_NEAR(c.betaBar(1), 20, 1e-12);
    EXPECT_EQ(c.alphaBar(0.3), 1.0);
    for (double t : {0.1, 0.5, 0.9}) {
      const double h = 1e-6;
      const double fd = (c.betaBar(t + h) - c.betaBar(t - h)) / (2 * h);
      EXPECT_NEAR(veSigmaDerivative(kind, 0.002, 20, t), fd, 1e-7 * fd) << scheduleName(kind) << " t " << t;
    }
  }
  EXPECT_NEAR(veSigma(ScheduleKind::VeGeometric, 0.002, 20, 0.5), std::sqrt(0.002 * 20), 1e-12);
  EXPECT_NEAR(veSigma(ScheduleKind::VeEdm, 0.002, 20, 0.5),
              std::pow((std::pow(0.002, 1 / 7.0) + std::pow(20, 1 / 7.0)) / 2, 7), 1e-12);
}

TEST(ContinuousSchedule, DriftAndDiffusionAreTheGeneralFormulasOfTheMarginals) {
  // docs/math.md §3.4: for p(x_t | x_0) = N(alphaBar x_0, betaBar^2 I) the SDE has
  // f = d ln alphaBar/dt and g^2 = 2 alphaBar betaBar d(betaBar/alphaBar)/dt.
  // Central differences (h = 1e-5: truncation ~1e-10, rounding ~1e-11
  // relative) of the schedule's own alphaBar and betaBar must give drift()
  // and diffusionSquared(), for VP (-beta/2, beta) and VE (0, 2 sigma sigma') alike.
  for (auto kind : kAllKinds) {
    const ContinuousSchedule c{kind};
    for (double t : {0.1, 0.3, 0.5, 0.7, 0.9}) {
      const double h = 1e-5, a = c.alphaBar(t), b = c.betaBar(t);
      const double f = (std::log(c.alphaBar(t + h)) - std::log(c.alphaBar(t - h))) / (2 * h);
      const double g2 =
          2 * a * b * (c.betaBar(t + h) / c.alphaBar(t + h) - c.betaBar(t - h) / c.alphaBar(t - h)) / (2 * h);
      EXPECT_NEAR(c.drift(t), f, 1e-6 * std::max(1.0, std::abs(f))) << scheduleName(kind) << " t " << t;
      EXPECT_NEAR(c.diffusionSquared(t), g2, 1e-6 * std::max(1.0, g2)) << scheduleName(kind) << " t " << t;
    }
  }
}

TEST(HeatOde, VeProbabilityFlowIsTheHeatEquationsOde) {
  // docs/math.md §3.9 (the consistency of the two views): the VE probability
  // flow f x - g^2/2 score with f = 0, g^2 = d sigma^2/dt is the heat
  // equation's dx/dt = -sigma sigma' grad log p_t. Integrate the latter
  // independently — double, RK4 with 4000 steps, sigma' by differences,
  // the double mixture score of core/mixture — and compare with the
  // sampler's float RK4 (200 steps) from the same starting points. Both
  // solve the same ODE to ~1e-5; float state adds ~1e-5: bound 1e-3.
  const mixture::GaussianMixture data = mixture::makePreset("unequal").value();
  const ExactMixtureScore score(data);
  for (auto kind : kVeKinds) {
    const Sampler s = make({.kind = SamplerKind::OdeRk4, .schedule = kind, .steps = 200});
    Points x = s.startingPoints(6, 3);
    const Points start = x;
    ASSERT_TRUE(s.advance(score, x, 0, s.stepCount(), 3));
    const ContinuousSchedule c = s.continuous();
    auto field = [&](const Eigen::Vector2d& p, double t) -> Eigen::Vector2d {
      const double h = 1e-6 * t, sigma = c.betaBar(t);
      const double sigmaDot = (c.betaBar(t + h) - c.betaBar(t - h)) / (2 * h);
      return -sigmaDot * sigma * mixture::score(noisedMixture(data, {t, 1, sigma}), p);
    };
    for (int i = 0; i < x.rows(); ++i) {
      Eigen::Vector2d p = start.row(i).transpose().cast<double>();
      const int n = 4000;
      const double t0 = 1, t1 = 1e-3, h = (t1 - t0) / n;
      for (int k = 0; k < n; ++k) {
        const double t = t0 + k * h;
        const Eigen::Vector2d k1 = field(p, t), k2 = field(p + 0.5 * h * k1, t + 0.5 * h),
                              k3 = field(p + 0.5 * h * k2, t + 0.5 * h), k4 = field(p + h * k3, t + h);
        p += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
      }
      EXPECT_NEAR(x(i, 0), p.x(), 1e-3) << scheduleName(kind) << " particle " << i;
      EXPECT_NEAR(x(i, 1), p.y(), 1e-3) << scheduleName(kind) << " particle " << i;
    }
  }
}

TEST(HeatOde, StartsFromTheVpNoiseTimesSigmaMax) {
  const Sampler vp = make({.kind = SamplerKind::Ddim});
  const Sampler ve = make({.kind = SamplerKind::Ddim, .schedule = ScheduleKind::VeEdm, .sigmaMax = 30});
  EXPECT_TRUE(vp.startingPoints(100, 7).cwiseEqual(initialNoise(100, 7)).all());
  EXPECT_TRUE(ve.startingPoints(100, 7).cwiseEqual(30.0f * initialNoise(100, 7)).all());
}

TEST(HeatOde, MapsGaussianDataLinearlyAtEachSolversOrder) {
  // docs/math.md §3.9: data N(0, s^2 I) under VE noise are N(0, (s^2 + sigma^2) I)
  // and the flow maps x(1) to x(t1) = x(1) sqrt((s^2 + sigma(t1)^2) / (s^2 + sigma_max^2)).
  // Halving the step divides Euler's error by ~2, Heun's by ~4 and RK4's
  // by ~16 (step counts kept small so the truncation error stays far above
  // float rounding, ~1e-7 a step).
  const double s = 0.5;
  const ExactMixtureScore score(mixture::GaussianMixture{{{{0, 0}, s, 1}}});
  struct Case {
    SamplerKind kind;
    int steps;
    double order;
  };
  for (auto schedule : kVeKinds)
    for (const Case& k :
         {Case{SamplerKind::OdeEuler, 40, 1}, Case{SamplerKind::OdeHeun, 40, 2}, Case{SamplerKind::OdeRk4, 20, 4}}) {
      double err[2];
      for (int half = 0; half < 2; ++half) {
        const Sampler sampler = make({.kind = k.kind, .schedule = schedule, .steps = k.steps << half});
        const ContinuousSchedule& c = sampler.continuous();
        const double sigma1 = c.betaBar(sampler.levelAt(sampler.stepCount()).time);
        const double factor = std::sqrt((s * s + sigma1 * sigma1) / (s * s + 400));
        Points x(1, 2);
        x << 20, -10;  // sigma_max times (1, -0.5)
        ASSERT_TRUE(sampler.advance(score, x, 0, sampler.stepCount(), 1));
        err[half] = std::hypot(x(0, 0) - 20 * factor, x(0, 1) + 10 * factor);
      }
      const double ratio = err[0] / err[1];
      EXPECT_GT(ratio, std::pow(2, k.order) * 0.7) << scheduleName(schedule) << " " << samplerName(k.kind);
      EXPECT_LT(ratio, std::pow(2, k.order) * 1.4) << scheduleName(schedule) << " " << samplerName(k.kind);
    }
}

TEST(HeatOde, FineRk4ReachesTheClosedFormAndTheLikelihoodItsLogRatio) {
  // The same closed form with a fine solve (float state: ~1e-6 relative), and
  // docs/math.md §3.6 in the VE case: the divergence integral from t0 to 1 is
  // ln(v_1 / v_t0), v = s^2 + sigma^2, and the point lands on x sqrt(v_1/v_t0).
  const double s = 0.5;
  const ExactMixtureScore score(mixture::GaussianMixture{{{{0, 0}, s, 1}}});
  for (auto kind : kVeKinds) {
    const Sampler sampler = make({.kind = SamplerKind::OdeRk4, .schedule = kind, .steps = 400});
    const ContinuousSchedule& c = sampler.continuous();
    auto v = [&](double t) { return s * s + c.betaBar(t) * c.betaBar(t); };
    Points x(1, 2);
    x << 20, -10;
    ASSERT_TRUE(sampler.advance(score, x, 0, sampler.stepCount(), 1));
    const double factor = std::sqrt(v(1e-3) / v(1));
    EXPECT_NEAR(x(0, 0), 20 * factor, 1e-5);
    EXPECT_NEAR(x(0, 1), -10 * factor, 1e-5);

    auto r = odeLogLikelihood(score, c, {0.4, -0.7}, 1e-3, 1.0, 400);
    ASSERT_TRUE(r) << r.error();
    EXPECT_NEAR(r->divergenceIntegral, std::log(v(1) / v(1e-3)), 1e-4);
    EXPECT_NEAR(r->end.x(), 0.4 * std::sqrt(v(1) / v(1e-3)), 1e-4 * std::sqrt(v(1)));
  }
}

/// Data = one point c: eps* = (x - alphaBar c) / betaBar (docs/math.md §3.3).
class PointScore : public ScoreSource {
 public:
  void evaluate(const float* x, const float* y, int n, const NoiseLevel& l, ScoreOutput what, float* ox,
                float* oy) const override {
    const float a = float(l.alphaBar), b = float(l.betaBar);
    for (int i = 0; i < n; ++i) {
      const float ex = (x[i] - a * 0.7f) / b, ey = (y[i] + a * 0.3f) / b;
      ox[i] = what == ScoreOutput::Epsilon ? ex : -ex / b;
      oy[i] = what == ScoreOutput::Epsilon ? ey : -ey / b;
    }
  }
  std::string name() const override { return "point"; }
};

TEST(HeatDiscrete, DdimAndDdpmPosteriorEndExactlyOnASinglePoint) {
  // docs/math.md §3.9: with the exact predictor each deterministic VE DDIM step is
  // x_s = c + (sigma_s/sigma_t)(x_t - c), and the last lands on sigma = 0: x = c
  // from any start. DDPM's posterior noise sigma_s sqrt(d)/sigma_t is 0 on the
  // last step too, so it also ends on c. Float: ~1e-6 of sigma_max = 20.
  for (auto kind : kVeKinds)
    for (auto sampler : {SamplerKind::Ddim, SamplerKind::DdpmPosterior}) {
      const Sampler s = make({.kind = sampler, .schedule = kind, .steps = 20});
      auto x = s.run(PointScore(), 50, 9);
      ASSERT_TRUE(x) << x.error();
      EXPECT_LT((x->col(0).array() - 0.7f).abs().maxCoeff(), 1e-4) << scheduleName(kind) << samplerName(sampler);
      EXPECT_LT((x->col(1).array() + 0.3f).abs().maxCoeff(), 1e-4) << scheduleName(kind) << samplerName(sampler);
      EXPECT_EQ(s.levelAt(s.stepCount()).betaBar, 0.0);
    }
}

TEST(HeatDiscrete, EveryVeSamplerReachesTheRing) {
  // The ring of 8 with the exact score: every sampler under the heat schedules
  // lands >= 95% of 4,000 particles within 3 sd of a component (the VP
  // samplers' test, Samplers.ReachTheRingWithTheExactScore, asks 90%).
  const mixture::GaussianMixture ring = mixture::ring8();
  const ExactMixtureScore score(ring);
  for (auto schedule : kVeKinds)
    for (auto kind : {SamplerKind::DdpmPosterior, SamplerKind::DdpmBeta, SamplerKind::Ddim, SamplerKind::OdeEuler,
                      SamplerKind::OdeHeun, SamplerKind::OdeRk4, SamplerKind::ReverseSde}) {
      const int steps = kind == SamplerKind::ReverseSde || kind == SamplerKind::OdeEuler ? 500 : 100;
      const Sampler s = make({.kind = kind, .schedule = schedule, .steps = steps});
      auto x = s.run(score, 4000, 1);
      ASSERT_TRUE(x) << x.error();
      int near = 0;
      for (Eigen::Index i = 0; i < x->rows(); ++i) {
        double best = INFINITY;
        for (const auto& c : ring.components)
          best = std::min(best, (x->row(i).transpose().cast<double>() - c.mean).norm() / c.stddev);
        near += best <= 3;
      }
      EXPECT_GE(near, 3800) << scheduleName(schedule) << " " << samplerName(kind);
    }
}

TEST(HeatSchedule, BadRangesAreMessages) {
  auto r = Sampler::create({.schedule = ScheduleKind::VeGeometric, .sigmaMin = 5, .sigmaMax = 2});
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().find("sigma_min < sigma_max"), std::string::npos) << r.error();
  EXPECT_FALSE(Schedule::make(ScheduleKind::VeEdm, 1000));
}

}  // namespace
}  // namespace kx::core::diffusion
