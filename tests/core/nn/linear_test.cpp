// Initialisation statistics and reproducibility of Linear and Mlp.
#include <gtest/gtest.h>

#include <cmath>

#include "core/nn/mlp.h"

namespace kx::core::nn {
namespace {

using MatD = Mat<double>;

double sampleStd(const MatD& w) {
  const double mean = w.mean();
  return std::sqrt((w.array() - mean).square().sum() / static_cast<double>(w.size() - 1));
}

// 400 x 300 = 120,000 weights: the sample standard deviation has a relative
// standard error of 1/sqrt(2n) = 0.2%, so 1.5% is a 7-sigma band, while a
// wrong fan (in vs out, or in + out) is off by 15% or more.

TEST(Linear, HeInitialisationHasVarianceTwoOverFanIn) {
  std::mt19937_64 rng(1);
  Linear<double> layer(400, 300, Init::He, rng);
  EXPECT_NEAR(sampleStd(layer.weight().value), std::sqrt(2.0 / 400), 0.015 * std::sqrt(2.0 / 400));
  EXPECT_NEAR(layer.weight().value.mean(), 0.0, 7 * std::sqrt(2.0 / 400) / std::sqrt(120000.0));
  EXPECT_TRUE(layer.bias().value.isZero());
  EXPECT_EQ(layer.bias().value.rows(), 1);
  EXPECT_EQ(layer.bias().value.cols(), 300);
}

TEST(Linear, GlorotInitialisationIsUniformOnItsBound) {
  std::mt19937_64 rng(2);
  Linear<double> layer(400, 300, Init::Glorot, rng);
  const double a = std::sqrt(6.0 / 700);
  const MatD& w = layer.weight().value;
  EXPECT_LE(w.maxCoeff(), a);
  EXPECT_GE(w.minCoeff(), -a);
  EXPECT_GT(w.maxCoeff(), 0.99 * a);  // 120,000 uniform draws reach the top 1% almost surely
  EXPECT_NEAR(sampleStd(w), a / std::sqrt(3.0), 0.015 * a / std::sqrt(3.0));  // U(-a, a) has variance a^2 / 3
}

TEST(Mlp, SameSeedSameNetworkInFloatAndDouble) {
  std::mt19937_64 rngA(9), rngB(9), rngC(9);
  Mlp<double> a({3, 5, 2}, Activation::Relu, rngA);
  Mlp<double> b({3, 5, 2}, Activation::Relu, rngB);
  Mlp<float> c({3, 5, 2}, Activation::Relu, rngC);
  const auto pa = a.parameters(), pb = b.parameters();
  const auto pc = c.parameters();
  ASSERT_EQ(pa.size(), 4u);
  for (std::size_t k = 0; k < pa.size(); ++k) {
    EXPECT_EQ(pa[k]->value, pb[k]->value);
    EXPECT_EQ(pa[k]->value.cast<float>(), pc[k]->value);  // drawn in double, then rounded
    EXPECT_EQ(pa[k]->name, pc[k]->name);
  }
}

}  // namespace
}  // namespace kx::core::nn
