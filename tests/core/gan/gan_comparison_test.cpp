// Comparison runs (issue 16): one curve per variant with a point per
// measurement, the same seed gives the same curves, a cancelled chunk returns
// at once, the loss and optimiser presets hold what they say, and a curve of
// the lab's own settings is the lab's quality history.
#include "core/gan/gan_comparison.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>

#include "core/gan/gan_job.h"
#include "core/mixture/presets.h"

namespace kx::core::gan {
namespace {

/// Small networks and batches: each test trains in well under a second.
GanParams tiny(int steps) {
  GanParams p;
  p.generator = p.discriminator = {2, 32, nn::Activation::Relu};
  p.generatorOpt = p.discriminatorOpt = {OptimizerKind::Adam, 1e-3, 0.5, 0.9};
  p.criticSteps = 1;
  p.batch = 64;
  p.steps = steps;
  return p;
}

std::vector<ComparisonVariant> twoLosses(int steps) {
  auto all = lossVariants(tiny(steps));
  return {all[0], all[2]};  // standard GAN and GAN-QP
}

TEST(ComparisonJob, OneCurvePerVariantWithAPointPerMeasurement) {
  ComparisonJob job(twoLosses(20), mixture::ring8(), 5);
  EXPECT_EQ(runToCompletion(job), "");
  const auto frame = job.comparisonFrame();
  ASSERT_TRUE(frame);
  EXPECT_EQ(frame->targetModes, 8);
  EXPECT_EQ(frame->trained, 2u);
  EXPECT_DOUBLE_EQ(job.progress(), 1.0);
  ASSERT_EQ(frame->curves.size(), 2u);
  for (const auto& c : frame->curves) {
    EXPECT_EQ(c.step, (std::vector<double>{0, 5, 10, 15, 20}));
    EXPECT_EQ(c.sw1.size(), 5u);
    EXPECT_EQ(c.modes.size(), 5u);
    EXPECT_EQ(c.hq.size(), 5u);
    EXPECT_GT(c.sw1.front(), 0);
    EXPECT_TRUE(c.failure.empty());
  }
  EXPECT_NE(frame->curves[0].sw1.back(), frame->curves[1].sw1.back());  // different losses, different runs
}

TEST(ComparisonJob, LastStepIsMeasuredOffTheSpacing) {
  ComparisonJob job({twoLosses(7)[0]}, mixture::ring8(), 5);
  runToCompletion(job);
  EXPECT_EQ(job.comparisonFrame()->curves[0].step, (std::vector<double>{0, 5, 7}));
}

TEST(ComparisonJob, SameSeedSameCurves) {
  auto curves = [] {
    ComparisonJob job(twoLosses(20), mixture::ring8(), 5);
    runToCompletion(job);
    return job.comparisonFrame()->curves;
  };
  const auto a = curves(), b = curves();
  for (std::size_t k = 0; k < a.size(); ++k) {
    EXPECT_EQ(a[k].sw1, b[k].sw1);
    EXPECT_EQ(a[k].modes, b[k].modes);
  }
}

TEST(ComparisonJob, CancelledChunkReturnsPromptly) {
  // Long enough that an uncancelled chunk would use its whole 30 ms budget.
  ComparisonJob job(twoLosses(100000), mixture::ring8(), 50);
  ASSERT_TRUE(job.runChunk({}));  // the first variant's networks and step 0
  const std::atomic<std::uint64_t> latest{1};
  const CancelToken cancel(&latest, 0);  // a newer generation was asked for
  const auto start = std::chrono::steady_clock::now();
  job.runChunk(cancel);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(20));
  EXPECT_LT(job.progress(), 0.01);
}

TEST(ComparisonJob, DivergedVariantStopsItsCurveAndTheNextTrains) {
  auto variants = twoLosses(50);
  variants[0].params.generatorOpt = variants[0].params.discriminatorOpt = {OptimizerKind::Sgd, 10, 0.9, 0.9};
  ComparisonJob job(variants, mixture::ring8(), 10);
  EXPECT_EQ(runToCompletion(job), "");  // a diverged variant is a result, not the job's failure
  const auto frame = job.comparisonFrame();
  EXPECT_NE(frame->curves[0].failure.find("diverged"), std::string::npos);
  EXPECT_LT(frame->curves[0].step.size(), 6u);
  EXPECT_EQ(frame->curves[1].step.size(), 6u);
  EXPECT_TRUE(frame->curves[1].failure.empty());
}

TEST(ComparisonVariants, LossZooIsEveryLossOnTheSameSettings) {
  GanParams base = tiny(20);
  base.seed = 7;
  base.loss.lambda = 3;
  const auto variants = lossVariants(base);
  ASSERT_EQ(variants.size(), lossKeys().size());
  for (std::size_t k = 0; k < variants.size(); ++k) {
    const auto& p = variants[k].params;
    EXPECT_EQ(variants[k].key, lossKeys()[k]);
    EXPECT_EQ(p.loss.kind, lossOfKey(int(k)).kind);
    EXPECT_EQ(p.loss.divergence, lossOfKey(int(k)).divergence);
    EXPECT_EQ(p.loss.lambda, 3);
    EXPECT_EQ(p.seed, 7u);
    EXPECT_EQ(p.steps, 20);
    EXPECT_EQ(p.generator.width, 32);
  }
}

TEST(ComparisonVariants, OptimiserPresetIsExactlyTheThreeGeneratorOptimisers) {
  GanParams base = tiny(20);
  base.loss.kind = LossKind::Hinge;
  base.generatorOpt = {OptimizerKind::Adam, 2e-4, 0.9, 0.99};
  const auto variants = optimiserVariants(base);
  ASSERT_EQ(variants.size(), 3u);
  const OptimizerSpec expected[] = {{OptimizerKind::Adam, 2e-4, 0.5, 0.99},
                                    {OptimizerKind::Adam, 2e-4, 0.0, 0.99},
                                    {OptimizerKind::Sgd, 2e-4 * kSgdRatePerAdamRate, 0.0, 0.99}};
  for (std::size_t k = 0; k < 3; ++k) {
    const auto& p = variants[k].params;
    EXPECT_EQ(p.loss.kind, LossKind::Energy);
    EXPECT_EQ(p.generatorOpt.kind, expected[k].kind);
    EXPECT_DOUBLE_EQ(p.generatorOpt.learningRate, expected[k].learningRate);
    EXPECT_EQ(p.generatorOpt.beta1, expected[k].beta1);
    EXPECT_EQ(p.discriminatorOpt.kind, base.discriminatorOpt.kind);
    EXPECT_EQ(p.discriminatorOpt.beta1, base.discriminatorOpt.beta1);
    EXPECT_EQ(p.seed, base.seed);
  }
  EXPECT_EQ(variants[0].key, "adam_beta1_0.5");
  EXPECT_EQ(variants[1].key, "adam_beta1_0");
  EXPECT_EQ(variants[2].key, "sgd");
}

TEST(ComparisonJob, CurveOfTheLabsSettingsIsTheLabsQualityHistory) {
  GanParams p = tiny(20);
  p.frameEvery = 5;
  GanJob lab(p, mixture::ring8());
  runToCompletion(lab);
  ComparisonJob comparison({{"lab", p}}, mixture::ring8(), 5);
  runToCompletion(comparison);
  const auto& history = lab.ganFrame()->history;
  const auto& curve = comparison.comparisonFrame()->curves[0];
  EXPECT_EQ(curve.step, history.qualityStep);
  EXPECT_EQ(curve.sw1, history.sw1);
  EXPECT_EQ(curve.modes, history.modes);
  EXPECT_EQ(curve.hq, history.hq);
}

}  // namespace
}  // namespace kx::core::gan
