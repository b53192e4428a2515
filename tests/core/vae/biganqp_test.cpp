// BiGAN-QP (docs/math.md §5.8): the critic on point masses reaches GAN-QP's
// optimum (docs/math.md §5.8: Delta = lambda d, value lambda d / 2),
// the guide terms' stop-gradients, the losses' parameter gradients against
// finite differences in double, the sharpness measure, the interpolation,
// and a short training on the embedded digits.
#include <gtest/gtest.h>

#include "core/vae/biganqp_model.h"
#include "core/vae/biganqp_trainer.h"
#include "core/vae/digit_strokes.h"
#include "tests/core/nn/parameter_check.h"
#include "tests/core/vae/uniform_matrix.h"

namespace kx::core::vae {
namespace {

template <typename T>
using Mat = nn::Mat<T>;

const BiGanQpConfig kSmall{.input = 6, .width = 8, .latent = 3, .lambda = 2, .beta1 = 0.7, .beta2 = 0.4};

using testing::uniformMatrix;

double largest(const nn::ParameterGroup<double>& group) {
  double m = 0;
  for (const auto* p : group) m = std::max(m, p->grad.cwiseAbs().maxCoeff());
  return m;
}

// GAN-QP on point masses (docs/math.md §5.8), on pairs: p = δ at (a, E(a)), q = δ at (G(b), b). The loss is
// minus GAN-QP's objective at the pass's Delta and lambda d, d the sum of the
// two parts' mean distances; training T alone drives Delta to lambda d and
// the objective to its maximum lambda d / 2, and leaves E and G alone.
TEST(BiGanQpOracle, PointMassCriticReachesLambdaDOverTwo) {
  BiGanQpModel<double> model(kSmall);
  const Mat<double> a = uniformMatrix<double>(1, 6, 1, 0, 1), b = uniformMatrix<double>(1, 3, 2, -1, 1);
  const Mat<double> x = a.replicate(4, 1), z = b.replicate(4, 1);
  const double lambda = kSmall.lambda;
  const double d = (a - model.decode(b)).cwiseAbs().mean() + (model.encode(a) - b).cwiseAbs().mean();
  {
    nn::Tape<double> tape;
    const auto pass = model.criticPass(tape, x, z);
    const double delta = pass.delta.value()(0, 0);
    EXPECT_NEAR(pass.norm.value()(0, 0), lambda * (d + 2e-6), 1e-14);
    EXPECT_NEAR(pass.loss.value()(0, 0), -(delta - delta * delta / (2 * pass.norm.value()(0, 0))), 1e-14);
  }
  nn::Adam<double> adam(model.criticParameters(), 1e-2);
  auto others = model.encoderParameters();
  for (auto* p : model.generatorParameters()) others.push_back(p);
  nn::zeroGrad(others);
  double delta = 0, value = 0;
  for (int step = 0; step < 3000; ++step) {
    nn::Tape<double> tape;
    const auto pass = model.criticPass(tape, x, z);
    delta = pass.delta.value()(0, 0);
    value = -pass.loss.value()(0, 0);
    adam.zeroGrad();
    tape.backward(pass.loss);
    adam.step();
  }
  const double ld = lambda * (d + 2e-6);
  EXPECT_NEAR(delta, ld, 1e-4 * ld);
  EXPECT_NEAR(value, ld / 2, 1e-8 * ld);
  EXPECT_EQ(largest(others), 0.0);
  std::printf("lambda d = %.9f, Delta = %.9f, objective = %.9f\n", ld, delta, value);
}

// The essay's ng: beta1 ||z - E(G_ng(z))||^2 trains E only and beta2
// ||x - G(E_ng(x))||^2 trains G only. Without the stop-gradients the zero
// gradients below would not be zero. T is frozen in the generator's pass.
TEST(BiGanQpGuides, StopGradientsKeepEachGuideOffTheNetworkThatMadeItsInput) {
  BiGanQpModel<double> model(kSmall);
  const Mat<double> x = uniformMatrix<double>(4, 6, 3, 0, 1), z = uniformMatrix<double>(4, 3, 4, -2, 2);
  const auto encoder = model.encoderParameters(), generator = model.generatorParameters(),
             critic = model.criticParameters();
  const auto gradientsOf = [&](auto term) {
    for (const auto& g : {encoder, generator, critic}) nn::zeroGrad(g);
    nn::Tape<double> tape;
    tape.backward(term(model.generatorPass(tape, x, z)));
  };
  gradientsOf([](const BiGanQpGeneratorPass<double>& p) { return p.latentGuide; });
  EXPECT_GT(largest(encoder), 1e-6);
  EXPECT_EQ(largest(generator), 0.0);
  EXPECT_EQ(largest(critic), 0.0);
  gradientsOf([](const BiGanQpGeneratorPass<double>& p) { return p.imageGuide; });
  EXPECT_EQ(largest(encoder), 0.0);
  EXPECT_GT(largest(generator), 1e-6);
  EXPECT_EQ(largest(critic), 0.0);
  // The adversarial term reaches both E and G through the frozen critic.
  gradientsOf([](const BiGanQpGeneratorPass<double>& p) { return p.adversarial; });
  EXPECT_GT(largest(encoder), 1e-6);
  EXPECT_GT(largest(generator), 1e-6);
  EXPECT_EQ(largest(critic), 0.0);
}

TEST(BiGanQpGradient, CriticLossMatchesFiniteDifferences) {
  BiGanQpModel<double> model(kSmall);
  const Mat<double> x = uniformMatrix<double>(4, 6, 5, 0, 1), z = uniformMatrix<double>(4, 3, 6, -2, 2);
  nn::testing::expectParameterGradients(model.criticParameters(), [&](bool backward) {
    nn::Tape<double> tape;
    const auto pass = model.criticPass(tape, x, z);
    if (backward) tape.backward(pass.loss);
    return pass.loss.value()(0, 0);
  });
}

// A stop-gradient is a derivative of a different function than the loss, so
// the finite differences check each network where no guide's input depends
// on it: E with beta2 = 0 (E_ng(x) absent), G with beta1 = 0 (G_ng(z) absent).
// The test above shows the gradients through the stopped inputs are zero.
TEST(BiGanQpGradient, GeneratorLossMatchesFiniteDifferences) {
  const Mat<double> x = uniformMatrix<double>(4, 6, 7, 0, 1), z = uniformMatrix<double>(4, 3, 8, -2, 2);
  BiGanQpConfig noImageGuide = kSmall, noLatentGuide = kSmall;
  noImageGuide.beta2 = 0;
  noLatentGuide.beta1 = 0;
  for (const auto& [config, encoder] : {std::pair{noImageGuide, true}, std::pair{noLatentGuide, false}}) {
    BiGanQpModel<double> model(config);
    nn::testing::expectParameterGradients(encoder ? model.encoderParameters() : model.generatorParameters(),
                                          [&](bool backward) {
                                            nn::Tape<double> tape;
                                            const auto pass = model.generatorPass(tape, x, z);
                                            if (backward) tape.backward(pass.loss);
                                            return pass.loss.value()(0, 0);
                                          });
  }
}

TEST(BiGanQpModel, InterpolationEndsAreTheReconstructions) {
  const BiGanQpModel<float> model(BiGanQpConfig{.input = 6, .width = 8, .latent = 3});
  const Mat<float> a = uniformMatrix<float>(1, 6, 9, 0, 1), b = uniformMatrix<float>(1, 6, 10, 0, 1);
  const Mat<float> strip = interpolateImages(model, a, b, 5, Path::Linear);
  ASSERT_EQ(strip.rows(), 5);
  EXPECT_TRUE(strip.row(0).isApprox(model.reconstruct(a).row(0), 1e-6f));
  EXPECT_TRUE(strip.row(4).isApprox(model.reconstruct(b).row(0), 1e-6f));
  // The middle decodes the mean code E(a)/2 + E(b)/2.
  EXPECT_TRUE(strip.row(2).isApprox(model.decode(0.5f * (model.encode(a) + model.encode(b))).row(0), 1e-6f));
}

// §5.8's sharpness on hand-computed images (3 x 3, 2 x 2 pixels with both differences).
TEST(BiGanQpSharpness, MeanGradientMagnitudeOfKnownImages) {
  Mat<float> images(3, 9);
  images.row(0) << 0, 1, 1, 0, 1, 1, 0, 1, 1;  // a vertical edge: |g| = 1, 0 in each row, mean 1/2
  images.row(1).setConstant(0.3f);             // flat: 0
  images.row(2) << 0, 1, 2, 1, 2, 3, 2, 3, 4;  // a ramp r + c: |g| = sqrt 2 everywhere
  EXPECT_NEAR(meanGradientMagnitude(images.topRows(1), 3, 3), 0.5, 1e-12);
  EXPECT_NEAR(meanGradientMagnitude(images.middleRows(1, 1), 3, 3), 0.0, 1e-12);
  EXPECT_NEAR(meanGradientMagnitude(images, 3, 3), (0.5 + std::sqrt(2.0)) / 3, 1e-7);
}

TEST(BiGanQpTrainer, ShortTrainingOnTheEmbeddedDigitsLowersTheReconstructionError) {
  auto data = std::make_shared<const ImageSet>(generateDigits(700));
  BiGanQpTrainer trainer(BiGanQpConfig{.width = 64, .latent = 8},
                         BiGanQpTraining{.train = {.learningRate = 1e-3, .batch = 50, .heldOut = 100}}, data);
  const BiGanQpEvaluation before = trainer.evaluate();
  for (int k = 0; k < 60; ++k) ASSERT_TRUE(trainer.step().ok());  // five epochs of 12 batches
  const BiGanQpEvaluation after = trainer.evaluate();
  EXPECT_EQ(trainer.epoch(), 5);
  EXPECT_LT(after.reconstructionMse, 0.8 * before.reconstructionMse);
  EXPECT_TRUE(std::isfinite(trainer.lastEpochLoss()));
  // The critic tells the pairs apart: GAN-QP's objective, minus its loss, is positive.
  EXPECT_LT(trainer.lastCriticLoss(), 0);
  EXPECT_GT(after.sharpness, 0);
  EXPECT_DOUBLE_EQ(after.dataSharpness, before.dataSharpness);
  std::printf("held-out mse %.4f -> %.4f, sharpness %.4f -> %.4f (data %.4f), E,G loss %.4f, critic loss %.4f\n",
              before.reconstructionMse, after.reconstructionMse, before.sharpness, after.sharpness, after.dataSharpness,
              trainer.lastEpochLoss(), trainer.lastCriticLoss());
}

}  // namespace
}  // namespace kx::core::vae
