// Batch-norm forward values on a hand-made batch, in training and inference mode.
#include "core/nn/batch_norm.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kx::core::nn {
namespace {

using MatD = Mat<double>;

MatD handBatch() {
  MatD x(4, 2);
  // Column 0: mean 4, biased variance (9 + 1 + 1 + 9) / 4 = 5.
  // Column 1: mean 5, biased variance (9 + 1 + 25 + 9) / 4 = 11.
  x << 1, 2,  //
      3, 6,   //
      5, 10,  //
      7, 2;
  return x;
}

// Tolerance 1e-12: a handful of double operations on numbers of order 1.

TEST(BatchNorm, TrainingUsesBatchStatisticsAndUpdatesRunningOnes) {
  const double eps = 1e-5;
  BatchNorm<double> bn(2, /*affine=*/true, 0.1, eps);
  bn.gamma().value << 2.0, 0.5;
  bn.beta().value << 1.0, -1.0;
  const MatD x = handBatch();
  Tape<double> tape;
  const MatD y = bn.forward(tape, tape.constant(x), true).value();
  const double mean[2] = {4, 5}, var[2] = {5, 11}, gamma[2] = {2, 0.5}, beta[2] = {1, -1};
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 2; ++j)
      EXPECT_NEAR(y(i, j), gamma[j] * (x(i, j) - mean[j]) / std::sqrt(var[j] + eps) + beta[j], 1e-12);
  // running = 0.9 running + 0.1 batch, with the unbiased variance 4/3 var.
  EXPECT_NEAR(bn.runningMean()(0), 0.4, 1e-12);
  EXPECT_NEAR(bn.runningMean()(1), 0.5, 1e-12);
  EXPECT_NEAR(bn.runningVar()(0), 0.9 + 0.1 * 5 * 4 / 3.0, 1e-12);
  EXPECT_NEAR(bn.runningVar()(1), 0.9 + 0.1 * 11 * 4 / 3.0, 1e-12);
}

TEST(BatchNorm, InferenceUsesRunningStatistics) {
  const double eps = 1e-3;
  BatchNorm<double> bn(2, /*affine=*/false, 0.5, eps);
  const MatD x = handBatch();
  Tape<double> tape;
  bn.forward(tape, tape.constant(x), true);  // running: mean 0.5 (4, 5), var 0.5 + 0.5 * 4/3 (5, 11)
  const double rm[2] = {2.0, 2.5}, rv[2] = {0.5 + 10 / 3.0, 0.5 + 22 / 3.0};
  const MatD y = bn.forward(tape, tape.constant(x), false).value();
  for (int i = 0; i < 4; ++i)
    for (int j = 0; j < 2; ++j) EXPECT_NEAR(y(i, j), (x(i, j) - rm[j]) / std::sqrt(rv[j] + eps), 1e-12);
  // Inference leaves the running statistics alone.
  EXPECT_NEAR(bn.runningMean()(0), 2.0, 1e-12);
  EXPECT_TRUE(bn.parameters().empty());
  EXPECT_EQ(bn.state().size(), 2u);
}

TEST(BatchNorm, TrainingOutputHasZeroMeanUnitVariancePerFeature) {
  BatchNorm<double> bn(2, false, 0.1, 0.0);
  Tape<double> tape;
  const MatD y = bn.forward(tape, tape.constant(handBatch()), true).value();
  for (int j = 0; j < 2; ++j) {
    EXPECT_NEAR(y.col(j).mean(), 0.0, 1e-14);
    EXPECT_NEAR(y.col(j).squaredNorm() / 4, 1.0, 1e-14);
  }
}

}  // namespace
}  // namespace kx::core::nn
