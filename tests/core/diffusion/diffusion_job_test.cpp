// The diffusion Job: parameters and messages, frames, quality, sweep, cancel.
#include "core/diffusion/diffusion_job.h"

#include <gtest/gtest.h>

#include <atomic>

#include "core/mixture/presets.h"

namespace kx::core::diffusion {
namespace {

ParamValues small(std::initializer_list<std::pair<const std::string, double>> extra = {}) {
  ParamValues v = diffusionSchema().defaults();
  v["particles"] = 3000;
  for (const auto& [k, x] : extra) v[k] = x;
  return v;
}

TEST(DiffusionParams, DefaultsAreValidAndBadValuesAreMessages) {
  auto p = diffusionParamsFrom(diffusionSchema().defaults());
  ASSERT_TRUE(p) << p.error();
  EXPECT_EQ(p->sampler.kind, SamplerKind::Ddim);
  auto steps = diffusionParamsFrom(small({{"steps", 0}}));
  ASSERT_FALSE(steps);
  EXPECT_NE(steps.error().find("step count must be at least 1"), std::string::npos) << steps.error();
  auto unknown = diffusionParamsFrom(small({{"stepz", 3}}));
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().find("unknown parameter 'stepz'"), std::string::npos);
}

TEST(DiffusionJob, BadMixturesAreMessages) {
  mixture::GaussianMixture zeroWeight{{{{0, 0}, 0.1, 0.0}}}, negativeStd{{{{0, 0}, -0.1, 1.0}}}, empty;
  for (const auto* m : {&zeroWeight, &negativeStd, &empty}) {
    auto job = DiffusionJob::create(small(), *m);
    ASSERT_FALSE(job);
    EXPECT_NE(job.error().find("the target mixture"), std::string::npos) << job.error();
  }
}

TEST(DiffusionJob, RunsToTheEndWithQualityAndCurves) {
  auto job = DiffusionJob::create(small({{"forward_t", 0.3}}), mixture::ring8());
  ASSERT_TRUE(job);
  EXPECT_EQ(runToCompletion(**job), "");
  auto f = std::dynamic_pointer_cast<const DiffusionFrame>((*job)->frame());
  ASSERT_TRUE(f);
  EXPECT_TRUE(f->sampled);
  EXPECT_EQ(f->step, 50);
  EXPECT_EQ(f->evaluations, 50);
  EXPECT_EQ(f->particles.rows(), 3000);
  EXPECT_EQ(f->modes, 8);
  EXPECT_LT(f->sw1, 0.06);  // 3000 vs 20000 samples: floor ~0.02
  EXPECT_DOUBLE_EQ((*job)->progress(), 1.0);
  ASSERT_EQ(f->trajectories.size(), 6u);
  EXPECT_EQ(f->trajectories[0].size(), 51u);  // start + one point per step (50 steps <= 200 segments)
  EXPECT_EQ(f->trajectories[0].back(), Eigen::Vector2f(f->particles.row(0)));
  // At the end the level is alphaBar = 1: x0-hat is the particle itself.
  EXPECT_NEAR((f->x0Hat - f->tracked).norm(), 0, 1e-5);
  ASSERT_EQ(f->curves->size(), 6u);
  for (const auto& c : *f->curves) EXPECT_EQ(c.evaluations.size(), 7u) << c.sampler;
  // More evaluations help the ODE: RK4 at 256 beats Euler at 4.
  EXPECT_LT((*f->curves)[4].sw1.back(), (*f->curves)[2].sw1.front());
  EXPECT_EQ(f->forwardDensity.logDensity.size(), std::size_t(kDensityCells) * kDensityCells);
}

TEST(DiffusionJob, SameSeedSameFrame) {
  auto a = DiffusionJob::create(small({{"sampler", 6}, {"steps", 30}}), mixture::ring8(), nullptr, false);
  auto b = DiffusionJob::create(small({{"sampler", 6}, {"steps", 30}}), mixture::ring8(), nullptr, false);
  ASSERT_TRUE(a && b);
  runToCompletion(**a);
  runToCompletion(**b);
  auto fa = std::dynamic_pointer_cast<const DiffusionFrame>((*a)->frame());
  auto fb = std::dynamic_pointer_cast<const DiffusionFrame>((*b)->frame());
  EXPECT_TRUE(fa->particles.cwiseEqual(fb->particles).all());
  EXPECT_TRUE(fa->curves->empty());  // no sweep asked
}

TEST(DiffusionJob, CancelStopsWithoutFailure) {
  std::atomic<std::uint64_t> latest{1};
  const CancelToken token(&latest, 1);
  auto job = DiffusionJob::create(small({{"sampler", 1}}), mixture::ring8());
  ASSERT_TRUE(job);
  EXPECT_TRUE((*job)->runChunk(token));
  latest = 2;
  EXPECT_FALSE((*job)->runChunk(token));
  EXPECT_EQ((*job)->failure(), "");
}

}  // namespace
}  // namespace kx::core::diffusion

namespace kx::core::diffusion {
namespace {

TEST(DiffusionJob, LearnedScoreTrainsThenSamplesAndMapsItsError) {
  // 300 DSM steps: far from converged, but the job must train, publish the
  // loss of every step, map the error and then sample with the network.
  auto job = DiffusionJob::create(small({{"score", 1}, {"train_steps", 300}, {"particles", 1000}}), mixture::ring8());
  ASSERT_TRUE(job);
  EXPECT_EQ(runToCompletion(**job), "");
  auto f = std::dynamic_pointer_cast<const DiffusionFrame>((*job)->frame());
  ASSERT_TRUE(f && f->losses);
  EXPECT_EQ(f->losses->size(), 300u);
  EXPECT_FALSE(f->training);
  EXPECT_TRUE(f->sampled);
  EXPECT_EQ(f->errorMap.logDensity.size(), std::size_t(kErrorCells) * kErrorCells);
  EXPECT_DOUBLE_EQ(f->errorTime, 0.05);
  EXPECT_TRUE(f->curves->empty());  // the sweep is for the exact score only
  EXPECT_TRUE(f->particles.allFinite());
}

}  // namespace
}  // namespace kx::core::diffusion
