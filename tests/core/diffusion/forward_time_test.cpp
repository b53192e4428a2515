// The forward slider's cached path (DiffusionJob::setForwardTime): moving t
// recomputes the forward view only; the sampler's result is untouched and the
// forward view equals that of a fresh job started at the new time. And the
// recorded animation (setRecordAnimation) behind the frame-sequence export.
#include <gtest/gtest.h>

#include <cmath>

#include "core/diffusion/diffusion_job.h"
#include "core/mixture/presets.h"

namespace kx::core::diffusion {
namespace {

ParamValues values(double forwardTime, std::initializer_list<std::pair<const std::string, double>> extra = {}) {
  ParamValues v = diffusionSchema().defaults();
  v["particles"] = 2000;
  v["forward_t"] = forwardTime;
  for (const auto& [k, x] : extra) v[k] = x;
  return v;
}

std::shared_ptr<const DiffusionFrame> frameOf(const Job& job) {
  return std::dynamic_pointer_cast<const DiffusionFrame>(job.frame());
}

TEST(DiffusionForwardTime, MovesOnlyTheForwardViewAndMatchesAFreshJob) {
  auto job = DiffusionJob::create(values(0.0), mixture::ring8(), nullptr, false);
  ASSERT_TRUE(job);
  ASSERT_EQ(runToCompletion(**job), "");
  const auto before = frameOf(**job);
  (*job)->setForwardTime(0.4);
  const auto after = frameOf(**job);
  ASSERT_TRUE(before && after);
  // The sampler's part is the same (the cached path copies it).
  EXPECT_TRUE(after->particles.cwiseEqual(before->particles).all());
  EXPECT_EQ(after->step, before->step);
  EXPECT_EQ(after->density.logDensity, before->density.logDensity);
  // The forward part equals a fresh job's first frame at t = 0.4, bit for bit.
  auto fresh = DiffusionJob::create(values(0.4), mixture::ring8(), nullptr, false);
  ASSERT_TRUE(fresh);
  ASSERT_TRUE((*fresh)->runChunk(CancelToken{}));
  const auto expected = frameOf(**fresh);
  EXPECT_DOUBLE_EQ(after->forwardTime, 0.4);
  EXPECT_DOUBLE_EQ(after->params.forwardTime, 0.4);
  EXPECT_TRUE(after->forwardParticles.cwiseEqual(expected->forwardParticles).all());
  EXPECT_EQ(after->forwardDensity.logDensity, expected->forwardDensity.logDensity);
  EXPECT_FALSE(after->forwardParticles.cwiseEqual(before->forwardParticles).all());
  // An independent check of §3.1: E|x_t|^2 = alphaBar^2 E|x0|^2 + 2 betaBar^2;
  // for ring8, E|x0|^2 = |mean|^2 + 2 sd^2. Var |x_t|^2 is about
  // 16 a^2 b^2 + 4 b^4 < 6 here, so over 2000 points the mean's sd is
  // < 0.055: 0.25 is > 4.5 sd.
  const ContinuousSchedule c{ScheduleKind::Linear};
  const double a = c.alphaBar(0.4), b = c.betaBar(0.4);
  const double secondMoment = after->forwardParticles.cast<double>().rowwise().squaredNorm().mean();
  const auto ring = mixture::ring8().components.front();
  const double ex0 = ring.mean.squaredNorm() + 2 * ring.stddev * ring.stddev;
  EXPECT_NEAR(secondMoment, a * a * ex0 + 2 * b * b, 0.25);
}

TEST(DiffusionForwardTime, BeforeTheFirstChunkItOnlySetsTheTime) {
  auto job = DiffusionJob::create(values(0.0), mixture::ring8(), nullptr, false);
  ASSERT_TRUE(job);
  (*job)->setForwardTime(0.7);
  EXPECT_FALSE((*job)->frame());
  ASSERT_TRUE((*job)->runChunk(CancelToken{}));
  EXPECT_DOUBLE_EQ(frameOf(**job)->forwardTime, 0.7);
}

TEST(DiffusionForwardTime, LearnedErrorMapFollowsTheSlider) {
  auto job = DiffusionJob::create(values(0.0, {{"score", 1}, {"train_steps", 100}, {"particles", 500}}),
                                  mixture::ring8(), nullptr, false);
  ASSERT_TRUE(job);
  ASSERT_EQ(runToCompletion(**job), "");
  const auto before = frameOf(**job);
  EXPECT_DOUBLE_EQ(before->errorTime, 0.05);
  (*job)->setForwardTime(0.6);
  const auto after = frameOf(**job);
  EXPECT_DOUBLE_EQ(after->errorTime, 0.6);
  ASSERT_EQ(after->errorMap.logDensity.size(), std::size_t(kErrorCells) * kErrorCells);
  EXPECT_NE(after->errorMap.logDensity, before->errorMap.logDensity);
  EXPECT_TRUE(after->particles.cwiseEqual(before->particles).all());
}

TEST(DiffusionAnimation, RecordsOneFramePerSegmentFromTheStart) {
  auto job = DiffusionJob::create(values(0.0, {{"steps", 12}, {"sampler", 5}}), mixture::ring8(), nullptr, false);
  ASSERT_TRUE(job);
  (*job)->setRecordAnimation(true);
  ASSERT_EQ(runToCompletion(**job), "");
  const auto f = frameOf(**job);
  ASSERT_TRUE(f->animation);
  ASSERT_EQ(f->animation->size(), 13u);  // x_T, then after each of the 12 steps (<= 200 segments)
  for (std::size_t k = 0; k < 13; ++k) {
    const auto& a = *(*f->animation)[k];
    EXPECT_EQ(a.step, int(k));
    EXPECT_EQ(a.evaluations, int(k) * 4);  // RK4: 4 score evaluations a step
    EXPECT_EQ(a.trajectories.front().size(), k + 1);
    EXPECT_FALSE(a.density.logDensity.empty());
  }
  // The last recorded frame is the result; the first is the seeded noise x_T.
  EXPECT_TRUE(f->animation->back()->particles.cwiseEqual(f->particles).all());
  EXPECT_TRUE(f->animation->front()->particles.cwiseEqual(initialNoise(2000, 1)).all());
  // Without recording, no animation is kept.
  auto plain = DiffusionJob::create(values(0.0, {{"steps", 12}}), mixture::ring8(), nullptr, false);
  ASSERT_EQ(runToCompletion(**plain), "");
  EXPECT_FALSE(frameOf(**plain)->animation);
}

}  // namespace
}  // namespace kx::core::diffusion
