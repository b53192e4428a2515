// One or two optimiser steps against updates worked out by hand.
#include "core/nn/optimizers.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kx::core::nn {
namespace {

using MatD = Mat<double>;

MatD row(double a, double b) {
  MatD m(1, 2);
  m << a, b;
  return m;
}

// Tolerance 1e-15: the expected numbers below are the same few double
// operations as the update, so they agree to a couple of ulps of values ~1.

TEST(Sgd, MomentumStepsMatchHandComputation) {
  Parameter<double> p("p", row(1.0, -2.0));
  Sgd<double> sgd({&p}, 0.1, 0.9);
  p.grad = row(1.0, 0.5);
  sgd.step();
  // v = g = (1, 0.5); p = (1 - 0.1, -2 - 0.05)
  EXPECT_NEAR(p.value(0), 0.9, 1e-15);
  EXPECT_NEAR(p.value(1), -2.05, 1e-15);
  p.grad = row(2.0, -1.0);
  sgd.step();
  // v = 0.9 (1, 0.5) + (2, -1) = (2.9, -0.55); p -= 0.1 v
  EXPECT_NEAR(p.value(0), 0.9 - 0.29, 1e-15);
  EXPECT_NEAR(p.value(1), -2.05 + 0.055, 1e-15);
  sgd.setLearningRate(1.0);
  sgd.zeroGrad();
  sgd.step();
  // Zero gradient: the velocity alone moves p, 0.9 (2.9, -0.55) at lr 1.
  EXPECT_NEAR(p.value(0), 0.61 - 2.61, 1e-15);
  EXPECT_NEAR(p.value(1), -1.995 + 0.495, 1e-15);
}

TEST(Adam, TwoStepsMatchHandComputation) {
  Parameter<double> p("p", row(1.0, -2.0));
  Adam<double> adam({&p}, 0.1, 0.9, 0.999, 1e-8);
  p.grad = row(0.5, -0.1);
  adam.step();
  // t = 1: m = 0.1 g, v = 0.001 g^2, so m/(1-0.9) = g and v/(1-0.999) = g^2:
  // the first step is lr g / (|g| + eps).
  EXPECT_NEAR(p.value(0), 1.0 - 0.1 * 0.5 / (0.5 + 1e-8), 1e-15);
  EXPECT_NEAR(p.value(1), -2.0 + 0.1 * 0.1 / (0.1 + 1e-8), 1e-15);

  p.grad = row(-0.2, 0.3);
  adam.setLearningRate(0.05);
  adam.step();
  // t = 2, component 0: m = 0.9 * 0.05 + 0.1 * -0.2 = 0.025,
  // v = 0.999 * 0.00025 + 0.001 * 0.04 = 0.00028975;
  // corrections 1 - 0.9^2 = 0.19 and 1 - 0.999^2 = 0.001999.
  const double step0 = 0.05 * (0.025 / 0.19) / (std::sqrt(0.00028975 / 0.001999) + 1e-8);
  // component 1: m = 0.9 * -0.01 + 0.1 * 0.3 = 0.021, v = 0.999 * 1e-5 + 0.001 * 0.09 = 0.00009999.
  const double step1 = 0.05 * (0.021 / 0.19) / (std::sqrt(0.00009999 / 0.001999) + 1e-8);
  const double after0 = 1.0 - 0.1 * 0.5 / (0.5 + 1e-8), after1 = -2.0 + 0.1 * 0.1 / (0.1 + 1e-8);
  // 1e-12: the hand formula divides in another order than the one-pass update.
  EXPECT_NEAR(p.value(0), after0 - step0, 1e-12);
  EXPECT_NEAR(p.value(1), after1 - step1, 1e-12);
  EXPECT_EQ(adam.steps(), 2);
}

TEST(Adam, ChangedBetasApplyFromTheNextStep) {
  Parameter<double> p("p", row(0.0, 0.0));
  Adam<double> adam({&p}, 1.0);
  adam.setBetas(0.5, 0.9);
  p.grad = row(1.0, -4.0);
  adam.step();
  // m = 0.5 g, v = 0.1 g^2, corrected back to g and g^2 with the new betas.
  EXPECT_NEAR(p.value(0), -1.0 / (1.0 + 1e-8), 1e-15);
  EXPECT_NEAR(p.value(1), 4.0 / (4.0 + 1e-8), 1e-15);
}

}  // namespace
}  // namespace kx::core::nn
