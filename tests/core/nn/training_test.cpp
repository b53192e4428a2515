// Small networks learn what they must (float32, the training precision), and
// training is bit-for-bit reproducible for a seed and thread count.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/nn/losses.h"
#include "core/nn/mlp.h"
#include "core/nn/optimizers.h"
#include "core/util/cpu_isa.h"
#include "core/util/threads.h"

namespace kx::core::nn {
namespace {

using MatF = Mat<float>;

TEST(Training, MlpLearnsXor) {
  std::mt19937_64 rng(1);
  Mlp<float> mlp({2, 16, 16, 1}, Activation::Tanh, rng);
  Adam<float> adam(mlp.parameters(), 0.01f);
  MatF x(4, 2), y(4, 1);
  x << 0, 0, 0, 1, 1, 0, 1, 1;
  y << 0, 1, 1, 0;
  float loss = 0;
  Tape<float> tape;
  for (int step = 0; step < 1000; ++step) {
    tape.clear();
    const auto l = bceWithLogitsLoss(mlp.forward(tape, tape.constant(x)), tape.constant(y));
    adam.zeroGrad();
    tape.backward(l);
    adam.step();
    loss = l.value()(0, 0);
  }
  // XOR is not linearly separable: a broken hidden layer or backward pass
  // stays near log 2 = 0.69. Mean BCE < 0.05 means every point has
  // probability > 0.8 (per-point loss < 4 * 0.05 = 0.2) on its correct side.
  EXPECT_LT(loss, 0.05f);
  tape.clear();
  const MatF p = sigmoid(mlp.forward(tape, tape.constant(x))).value();
  for (int i = 0; i < 4; ++i) EXPECT_NEAR(p(i), y(i), 0.2f) << "point " << i;
}

TEST(Training, MlpRegressesSine) {
  std::mt19937_64 rng(2);
  Mlp<float> mlp({1, 32, 32, 1}, Activation::Tanh, rng);
  Adam<float> adam(mlp.parameters(), 0.01f);
  const int n = 128;
  MatF x(n, 1), y(n, 1);
  for (int i = 0; i < n; ++i) {
    x(i) = static_cast<float>(-std::numbers::pi + 2 * std::numbers::pi * i / (n - 1));
    y(i) = std::sin(x(i));
  }
  float loss = 0;
  Tape<float> tape;
  for (int step = 0; step < 2000; ++step) {
    tape.clear();
    const auto l = mseLoss(mlp.forward(tape, tape.constant(x)), tape.constant(y));
    adam.zeroGrad();
    tape.backward(l);
    adam.step();
    loss = l.value()(0, 0);
  }
  // sin has variance 1/2 on a period, so 1e-3 is 0.2% unexplained variance;
  // a network that only fits the linear trend x * 3/pi^2 leaves ~0.1.
  EXPECT_LT(loss, 1e-3f);
}

/// Five Adam steps of a 2 -> 128 -> 128 -> 1 net on a batch of 256 (where GEMM threading kicks in).
MatF trainFewSteps() {
  std::mt19937_64 rng(5);
  Mlp<float> mlp({2, 128, 128, 1}, Activation::Relu, rng);
  Adam<float> adam(mlp.parameters(), 1e-3f);
  std::normal_distribution<float> normal;
  MatF x(256, 2), y(256, 1);
  for (Eigen::Index k = 0; k < x.size(); ++k) x.data()[k] = normal(rng);
  for (Eigen::Index k = 0; k < y.size(); ++k) y.data()[k] = k % 2 ? 1.0f : 0.0f;
  Tape<float> tape;
  for (int step = 0; step < 5; ++step) {
    tape.clear();
    const auto l = bceWithLogitsLoss(mlp.forward(tape, tape.constant(x)), tape.constant(y));
    adam.zeroGrad();
    tape.backward(l);
    adam.step();
  }
  return mlp.layers()[1].weight().value;
}

TEST(Training, DeterministicForSeedAndThreadCount) {
  const int saved = threadCount();
  std::vector<MatF> results;
  for (int threads : {1, 2, 2}) {
    setThreadCount(threads);
    results.push_back(trainFewSteps());
  }
  setThreadCount(saved);
  // Products are split into column blocks fixed by the data (ops_matmul.cpp),
  // so even different thread counts give the same bits.
  EXPECT_TRUE((results[1].array() == results[2].array()).all()) << "two runs on 2 threads differ";
  EXPECT_TRUE((results[0].array() == results[1].array()).all()) << "1 and 2 threads differ";
}

TEST(Training, EveryIsaPathTrainsToTheSameWeightsWithinRounding) {
  // Each path has its own GEMM (AVX-512, AVX2 + FMA, SSE: other blockings and
  // roundings), so weights differ by rounding only: after five Adam steps of
  // lr 1e-3 they stay within 1e-5 of each other (each step moves a weight by
  // <= 1e-3, and rounding perturbs the gradients ~1e-6 relative; a wrong
  // product would move them by ~1e-3).
  std::vector<MatF> results;
  for (Isa isa : supportedIsas()) {
    const ScopedIsa path(isa);
    results.push_back(trainFewSteps());
  }
  for (std::size_t i = 1; i < results.size(); ++i)
    EXPECT_LT((results[i] - results[0]).cwiseAbs().maxCoeff(), 1e-5f) << isaName(supportedIsas()[i]);
}

}  // namespace
}  // namespace kx::core::nn
