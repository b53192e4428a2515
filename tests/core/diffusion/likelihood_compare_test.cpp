// The likelihood view's core (docs/math.md §3.6): a point's log-density through the
// probability-flow ODE against the exact mixture log-density, one point or a
// batch in chunks; bad input and a diverged score are messages.
#include "core/diffusion/likelihood_compare.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "core/diffusion/mixture_score.h"
#include "core/mixture/presets.h"

namespace kx::core::diffusion {
namespace {

TEST(LikelihoodCompare, OdeMatchesTheExactLogDensityOnTheSupport) {
  // Samples of the target (where the flow is well posed). The ODE value uses
  // the sampler's N(0, I) prior at t = 1: its error is the RK4 error (~1e-2
  // nats with 200 steps, likelihood_test) plus p_1's distance from N(0, I)
  // (alphaBar(1) = 0.0066 for the linear schedule: ~1e-3 on the ring). Bound
  // 0.1 nats, against log-densities spread over ~5 nats.
  for (const auto& target : {mixture::ring8(), mixture::makePreset("unequal").value()}) {
    const ExactMixtureScore score(target);
    const auto x = mixture::sample(target, 12, 7);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
      const Eigen::Vector2d p(x(i, 0), x(i, 1));
      auto r = compareLikelihood(score, {ScheduleKind::Linear}, target, p);
      ASSERT_TRUE(r) << r.error();
      EXPECT_EQ(r->x, p);
      EXPECT_NEAR(r->ode, r->exact, 0.1) << p.transpose();
      // The exact value is the noised mixture's at t0 = 1e-3, near the
      // data's own density: variances grow by d = betaBar^2 / s^2 ~ 1.1e-2
      // relative (s = 0.1), which moves log p by ~(1 + r^2 / 2s^2) d, r the
      // distance to the mode: <= 0.06 for samples within 3 sd.
      EXPECT_NEAR(r->exact, mixture::logDensity(target, p), 0.08);
    }
  }
}

TEST(LikelihoodCompare, JobGivesTheSameValuesInChunks) {
  const auto target = mixture::ring8();
  auto score = std::make_shared<ExactMixtureScore>(target);
  const auto x = mixture::sample(target, 20, 3);
  std::vector<Eigen::Vector2d> points;
  for (Eigen::Index i = 0; i < x.rows(); ++i) points.emplace_back(x(i, 0), x(i, 1));
  LikelihoodJob job(score, {ScheduleKind::Cosine}, target, points, 50);
  EXPECT_TRUE(job.runChunk(CancelToken{}));  // 8 of 20: more to come
  EXPECT_NEAR(job.progress(), 8.0 / 20, 1e-12);
  EXPECT_EQ(runToCompletion(job), "");
  auto f = std::dynamic_pointer_cast<const LikelihoodFrame>(job.frame());
  ASSERT_TRUE(f);
  ASSERT_EQ(f->samples.size(), 20u);
  EXPECT_EQ(f->total, 20);
  EXPECT_DOUBLE_EQ(job.progress(), 1.0);
  for (std::size_t i = 0; i < points.size(); ++i) {
    auto one = compareLikelihood(*score, {ScheduleKind::Cosine}, target, points[i], 50);
    ASSERT_TRUE(one);
    EXPECT_EQ(f->samples[i].ode, one->ode);  // bit for bit: no dependence on chunking
    EXPECT_EQ(f->samples[i].exact, one->exact);
  }
}

/// A score that has diverged: NaN everywhere.
class NanScore : public ScoreSource {
 public:
  void evaluate(const float*, const float*, int n, const NoiseLevel&, ScoreOutput, float* outX,
                float* outY) const override {
    for (int i = 0; i < n; ++i) outX[i] = outY[i] = std::numeric_limits<float>::quiet_NaN();
  }
  std::string name() const override { return "learned"; }
};

TEST(LikelihoodCompare, BadPointsAndDivergedScoresAreMessages) {
  const auto target = mixture::ring8();
  const ExactMixtureScore score(target);
  auto nanPoint =
      compareLikelihood(score, {ScheduleKind::Linear}, target, {std::numeric_limits<double>::quiet_NaN(), 0.0});
  ASSERT_FALSE(nanPoint);
  EXPECT_NE(nanPoint.error().find("finite point"), std::string::npos);
  LikelihoodJob job(std::make_shared<NanScore>(), {ScheduleKind::Linear}, target, {Eigen::Vector2d(2, 0)});
  EXPECT_FALSE(job.runChunk(CancelToken{}));
  EXPECT_NE(job.failure().find("has the network diverged"), std::string::npos) << job.failure();
}

}  // namespace
}  // namespace kx::core::diffusion
