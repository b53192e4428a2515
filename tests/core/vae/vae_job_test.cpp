// The VAE training job on the embedded digits: frames per epoch, progress,
// cancel, failure on divergence, parameter checks.
#include "core/vae/vae_job.h"

#include <gtest/gtest.h>

#include <atomic>

#include "core/vae/digit_strokes.h"

namespace kx::core::vae {
namespace {

std::shared_ptr<const ImageSet> digits(int n) { return std::make_shared<const ImageSet>(generateDigits(n, 1)); }

TEST(VaeJob, PublishesOneFramePerEpochAndFinishes) {
  auto job = VaeJob::create({{"width", 64}, {"latent", 2}, {"epochs", 2}, {"heldout", 200}}, digits(1200));
  ASSERT_TRUE(job.ok()) << job.error();
  auto first = std::dynamic_pointer_cast<const VaeFrame>((*job)->frame());
  ASSERT_TRUE(first);
  EXPECT_EQ(first->epoch, 0);
  EXPECT_EQ(runToCompletion(**job), "");
  auto last = std::dynamic_pointer_cast<const VaeFrame>((*job)->frame());
  EXPECT_EQ(last->epoch, 2);
  EXPECT_EQ(last->heldLoss.size(), 3u);  // before training, after each epoch
  EXPECT_LT(last->heldLoss.back(), last->heldLoss.front());
  EXPECT_EQ(last->latest.codes.rows(), 200);
  EXPECT_EQ(last->latest.codes.cols(), 2);
  EXPECT_EQ(last->heldLabels.size(), 200u);
  EXPECT_DOUBLE_EQ((*job)->progress(), 1.0);
}

TEST(VaeJob, CancelStopsEarly) {
  auto job = VaeJob::create({{"width", 32}, {"epochs", 5}, {"heldout", 100}}, digits(600));
  ASSERT_TRUE(job.ok());
  std::atomic<std::uint64_t> latest{2};
  const CancelToken cancel(&latest, 1);  // a newer generation was asked for
  EXPECT_EQ(runToCompletion(**job, cancel), "cancelled");
  EXPECT_LT((*job)->progress(), 0.2);
}

TEST(VaeJob, DivergenceBecomesAFailure) {
  auto job = VaeJob::create({{"width", 32}, {"epochs", 3}, {"heldout", 100}}, digits(600));
  ASSERT_TRUE(job.ok());
  // Weights of 1e30 overflow the first products to inf, then NaN: a certain divergence.
  for (auto* p : (*job)->trainer().model().parameters()) p->value.setConstant(1e30f);
  const std::string failure = runToCompletion(**job);
  EXPECT_NE(failure.find("training diverged"), std::string::npos) << failure;
}

TEST(VaeJob, BadParametersAndTooFewImages) {
  auto unknown = VaeJob::create({{"nope", 1}}, digits(300));
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.error().find("unknown parameter 'nope'"), std::string::npos);
  auto range = VaeJob::create({{"latent", 100}}, digits(300));
  EXPECT_FALSE(range.ok());
  auto few = VaeJob::create({{"heldout", 1000}}, digits(300));
  ASSERT_FALSE(few.ok());
  EXPECT_NE(few.error().find("the data set has 300 images"), std::string::npos) << few.error();
}

}  // namespace
}  // namespace kx::core::vae
