// Langevin particles on a trained GAN's energy (issue 16; docs/math.md §4.12,
// §4.15): the latent energy's gradient against central differences, where
// the particles start, the trails, the temperature's scale, the job's
// sampling phase, and a finished training sampled again giving the same
// particles as one job that trains and samples.
#include "core/gan/gan_sampler.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>

#include "core/gan/gan_frame.h"
#include "core/gan/gan_job.h"
#include "core/mixture/presets.h"
#include "core/util/counter_rng.h"

namespace kx::core::gan {
namespace {

using mixture::Points;

/// The quick energy GAN of gan_job_test.cpp (2 x 64, Adam 1e-3).
GanParams quickEnergyGan(int steps) {
  GanParams p;
  p.loss = {LossKind::Energy, 10.0, QpDistance::L1};
  p.generator = {2, 64, nn::Activation::Relu};
  p.discriminator = {2, 64, nn::Activation::Tanh};  // smooth, for the differences
  p.generatorOpt = p.discriminatorOpt = {OptimizerKind::Adam, 1e-3, 0.5, 0.9};
  p.criticSteps = 1;
  p.steps = steps;
  p.frameEvery = steps;
  return p;
}

GanParams withLangevin(GanParams p, LangevinMode mode, int particles, int steps) {
  p.langevin.mode = mode;
  p.langevin.particles = particles;
  p.langevin.steps = steps;
  p.langevin.stepSize = 2e-3;
  p.langevin.temperature = 0.05;
  return p;
}

/// The last frame of a finished training of `p` (no sampling).
std::shared_ptr<const GanFrame> trainedFrame(GanParams p) {
  p.langevin.mode = LangevinMode::Off;
  GanJob job(p, mixture::ring8());
  EXPECT_EQ(runToCompletion(job), "");
  return job.ganFrame();
}

GanSampler sampler(const GanParams& p, const GanFrame& trained) {
  auto s = GanSampler::create(p, trained, mixture::ring8());
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error());
  return std::move(s).value();
}

TEST(LatentEnergy, GradientMatchesCentralDifferences) {
  const GanParams p = quickEnergyGan(50);
  const auto trained = trainedFrame(p);
  auto energy = latentEnergy(p, *trained->weights);
  ASSERT_TRUE(energy.ok()) << energy.error();
  Points z(100, 2);
  const std::uint64_t key = blockKey(5, 0);
  for (Eigen::Index k = 0; k < z.size(); ++k) z.data()[k] = 4 * unitOpen(std::uint32_t(streamWord(key, k))) - 2;
  Eigen::VectorXf u(z.rows()), up(z.rows()), down(z.rows());
  Points g(z.rows(), 2), unused(z.rows(), 2);
  (*energy)(z, u, g);
  // As in critic_energy_test.cpp: float differences at h = 1e-2 err by ~1e-5;
  // the generator's ReLUs put a kink within h of a few points, so the bound
  // is checked for 95% of them (a wrong chain rule or prior term fails all).
  const float h = 1e-2f;
  int close = 0;
  for (int axis = 0; axis < 2; ++axis) {
    Points zUp = z, zDown = z;
    zUp.col(axis).array() += h;
    zDown.col(axis).array() -= h;
    (*energy)(zUp, up, unused);
    (*energy)(zDown, down, unused);
    for (Eigen::Index i = 0; i < z.rows(); ++i) {
      const float diff = (up(i) - down(i)) / (2 * h);
      close += std::abs(g(i, axis) - diff) < 1e-3f * (1 + std::abs(diff));
    }
  }
  EXPECT_GE(close, 190);
  // V(z) − ½‖z‖² is the critic's energy at G(z).
  auto critic = criticEnergy(p, *trained->weights);
  auto generator = generatorOf(p, *trained->weights);
  ASSERT_TRUE(critic.ok() && generator.ok());
  Eigen::VectorXf atX(z.rows());
  (*critic)((*generator)(z), atX, unused);
  for (Eigen::Index i = 0; i < z.rows(); ++i) EXPECT_NEAR(u(i) - 0.5f * z.row(i).squaredNorm(), atX(i), 1e-5f);
}

TEST(LatentEnergy, NeedsTwoNoiseDimensions) {
  GanParams p = quickEnergyGan(1);
  GanTrainer t(p, mixture::ring8());
  p.noiseDim = 3;
  EXPECT_FALSE(latentEnergy(p, t.weights()).ok());
}

TEST(GanSampler, ParticlesStartWhereAsked) {
  GanParams p = withLangevin(quickEnergyGan(20), LangevinMode::Mala, 300, 10);
  const auto trained = trainedFrame(p);
  p.langevin.start = ParticleStart::Point;
  p.langevin.startX = 0.5;
  p.langevin.startY = -1.25;
  const auto atPoint = sampler(p, *trained).snapshot();
  EXPECT_TRUE((atPoint->particles.col(0).array() == 0.5f).all());
  EXPECT_TRUE((atPoint->particles.col(1).array() == -1.25f).all());
  p.langevin.start = ParticleStart::Noise;
  const auto noise = sampler(p, *trained).snapshot();
  const PlaneRect& w = trained->window;
  EXPECT_GE(noise->particles.col(0).minCoeff(), w.xMin);
  EXPECT_LE(noise->particles.col(0).maxCoeff(), w.xMax);
  // Uniform over the square: the mean is near its centre (sd of the mean: width/√12/√300 = 0.1).
  EXPECT_NEAR(noise->particles.col(1).mean(), (w.yMin + w.yMax) / 2, 0.5);
  // The generator's samples lie on its manifold: G maps them from noise, the
  // same points at the same seed.
  p.langevin.start = ParticleStart::Generator;
  EXPECT_TRUE(sampler(p, *trained).snapshot()->particles == sampler(p, *trained).snapshot()->particles);
}

TEST(GanSampler, TrailsFollowTheFirstParticlesAndTheTemperatureIsScaled) {
  GanParams p = withLangevin(quickEnergyGan(20), LangevinMode::Unadjusted, 50, 12);
  const auto trained = trainedFrame(p);
  GanSampler s = sampler(p, *trained);
  ASSERT_TRUE(s.advance(5).ok());
  ASSERT_TRUE(s.advance(100).ok());  // stops at the run's 12 steps
  EXPECT_TRUE(s.done());
  const auto state = s.snapshot();
  EXPECT_EQ(state->step, 12);
  ASSERT_EQ(state->trails.size(), std::size_t(kTrails));
  for (int i = 0; i < kTrails; ++i) {
    ASSERT_EQ(state->trails[std::size_t(i)].rows(), 13) << "step 0 and every step after";
    EXPECT_TRUE(state->trails[std::size_t(i)].bottomRows(1) == state->particles.row(i));
  }
  const EnergyRange pct = energyPercentiles(trained->landscape.energy);
  EXPECT_DOUBLE_EQ(state->temperature, 0.05 * (double(pct.hi) - double(pct.lo)));
  EXPECT_DOUBLE_EQ(state->acceptance, 1.0);  // unadjusted Langevin takes every move
}

TEST(GanSampler, LatentParticlesAreShownThroughTheGenerator) {
  GanParams p = withLangevin(quickEnergyGan(20), LangevinMode::Mala, 200, 3);
  p.langevin.space = SamplingSpace::Latent;
  const auto trained = trainedFrame(p);
  GanSampler s = sampler(p, *trained);
  ASSERT_TRUE(s.advance(3).ok());
  const auto state = s.snapshot();
  ASSERT_TRUE(state->particles.allFinite());
  // Shown points are G(z): they lie where the generator maps noise, so within
  // the reach of its samples (the frame's fakes), not spread over the view.
  auto generator = generatorOf(p, *trained->weights);
  const Points fakes = (*generator)(ganNoise(p, 5000, 17));
  const Eigen::Vector2f lo = fakes.colwise().minCoeff(), hi = fakes.colwise().maxCoeff();
  const Eigen::Vector2f margin = 0.5f * (hi - lo);
  for (Eigen::Index i = 0; i < state->particles.rows(); ++i) {
    EXPECT_TRUE(((state->particles.row(i).transpose() - lo).array() > -margin.array()).all());
    EXPECT_TRUE(((state->particles.row(i).transpose() - hi).array() < margin.array()).all());
  }
}

// The lab samples a finished training again when only Langevin settings
// change (GanJob's `trained`): that must give what one job that trains and
// then samples gives.
TEST(GanJobSampling, SamplingAFinishedTrainingAgainEqualsTrainingAndSampling) {
  const GanParams p = withLangevin(quickEnergyGan(30), LangevinMode::Mala, 400, 20);
  GanJob whole(p, mixture::ring8());
  EXPECT_EQ(runToCompletion(whole), "");
  EXPECT_DOUBLE_EQ(whole.progress(), 1.0);
  const auto end = whole.ganFrame();
  ASSERT_TRUE(end->sampling);
  EXPECT_EQ(end->sampling->step, 20);
  EXPECT_EQ(end->generatorSteps, 30);
  // A record at step 0 and every 20/kSamplingFrames (at least 1) steps.
  EXPECT_EQ(end->sampling->history.step.size(), 21u);
  EXPECT_TRUE(std::isnan(end->sampling->history.acceptance[0]));

  GanJob again(p, mixture::ring8(), {}, {}, trainedFrame(p));
  EXPECT_EQ(runToCompletion(again), "");
  const auto resampled = again.ganFrame();
  EXPECT_TRUE(resampled->sampling->particles == end->sampling->particles);
  EXPECT_EQ(resampled->landscape.energy, end->landscape.energy);
  EXPECT_EQ(resampled->history.step, end->history.step);
}

TEST(GanJobSampling, OffMeansTrainingOnly) {
  GanJob job(quickEnergyGan(10), mixture::ring8());
  EXPECT_EQ(runToCompletion(job), "");
  EXPECT_FALSE(job.ganFrame()->sampling);
  EXPECT_DOUBLE_EQ(job.progress(), 1.0);
}

TEST(GanJobSampling, CancelStopsMidRun) {
  const GanParams p = withLangevin(quickEnergyGan(5), LangevinMode::Mala, 2000, 100000);
  GanJob job(p, mixture::ring8());
  std::atomic<std::uint64_t> latest{0};
  const CancelToken token(&latest, 0);
  int chunks = 0;
  while (job.runChunk(token) && ++chunks < 20) {
  }
  latest = 1;  // a newer request: the token fires
  // A cancelled chunk returns at once, its work left for later, and keeps a whole frame.
  EXPECT_TRUE(job.runChunk(token));
  ASSERT_TRUE(job.ganFrame()->sampling);
  EXPECT_LT(job.ganFrame()->sampling->step, 100000);
  EXPECT_LT(job.progress(), 1.0);
}

TEST(GanParams, OnlyLangevinKeysLeaveTheTrainingAlone) {
  const ParamValues defaults = ganSchema().defaults();
  ParamValues sampling = defaults;
  sampling["langevin"] = 2;
  sampling["langevin_temperature"] = 0.01;
  EXPECT_TRUE(sameTraining(defaults, sampling));
  ParamValues training = sampling;
  training["steps"] = 123;
  EXPECT_FALSE(sameTraining(defaults, training));
  // Latent sampling with noise the prior term does not fit is refused with a message.
  training = sampling;
  training["langevin_space"] = 1;
  training["noise_dim"] = 3;
  const auto params = ganParamsFrom(training);
  ASSERT_FALSE(params.ok());
  EXPECT_NE(params.error().find("noise_dim = 2"), std::string::npos);
}

}  // namespace
}  // namespace kx::core::gan
