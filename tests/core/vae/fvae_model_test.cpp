// The f-VAE (docs/math.md §5.7): the affine special case of the posterior
// flow gives the VAE's closed-form KL (essay 5977; docs/math.md §5.7's
// oracle), the loss's parameter gradients against finite differences in
// double, the lab's encode / decode / sample / interpolate, and a short
// training on the embedded digits.
#include "core/vae/fvae_model.h"

#include <gtest/gtest.h>

#include <random>

#include "core/nn/losses.h"
#include "core/util/counter_rng.h"
#include "core/vae/digit_strokes.h"
#include "core/vae/fvae_trainer.h"
#include "core/vae/vae_model.h"
#include "tests/core/nn/parameter_check.h"
#include "tests/core/vae/uniform_matrix.h"

namespace kx::core::vae {
namespace {

template <typename T>
using Mat = nn::Mat<T>;

const FVaeConfig kSmall{.input = 6, .width = 8, .flowSteps = 2, .flowWidth = 8, .sigma1 = 0.7, .sigma2 = 0.4};

using testing::uniformMatrix;

/// u = +1 in every row and u = -1: mean 0 and second moment 1 in each
/// coordinate, so the mean over the two of a quadratic in u is its mean under N(0, I).
template <typename T>
Mat<T> plusMinusOne(int n, int d) {
  Mat<T> u(2 * n, d);
  u.topRows(n).setOnes();
  u.bottomRows(n).setConstant(T(-1));
  return u;
}

template <typename T>
double meanOverPlusMinus(const Mat<T>& perRow) {
  return perRow.template cast<double>().mean();
}

// §5.7, the essay's first special case: for F_x(u) = mu(x) + sigma(x) ⊙ u,
// 1/2 ||z||^2 - log|det dz/du| - D/2 averaged over u is the VAE's KL. The
// VAE's own encoder gives mu(x), sigma(x) and its KL (core/vae, §5.1).
TEST(FVaeKl, AffinePosteriorIsTheVaeKl) {
  VaeModel vae(VaeConfig{.input = 12, .width = 8, .latent = 5});
  const Mat<float> x = uniformMatrix<float>(4, 12, 1, 0, 1);
  nn::Tape<float> tape;
  const auto pass = vae.forward(tape, x, Mat<float>::Zero(4, 5));
  const Mat<float> vaeKl = pass.kl.value().rowwise().sum();
  const Mat<float> mu = pass.mu.value(), var = pass.var.value();
  Mat<float> z(8, 5);
  z << mu + var.cwiseSqrt(), mu - var.cwiseSqrt();  // u = +1, u = -1
  Mat<float> logDet(8, 1);
  logDet << 0.5f * var.array().log().rowwise().sum().matrix(), 0.5f * var.array().log().rowwise().sum().matrix();
  const Mat<float> kl = nn::flowKl(tape.constant(z), tape.constant(logDet)).value();
  for (int i = 0; i < 4; ++i) EXPECT_NEAR(0.5 * (kl(i, 0) + kl(i + 4, 0)), vaeKl(i, 0), 2e-5 * (1 + vaeKl(i, 0)));
}

// The model itself: with its couplings at their identity start and a random
// first actnorm, F(sigma1 u + E(x)) = e^s ⊙ (sigma1 u + E(x)) + b, permuted:
// affine with mu(x) = F(E(x)) = encode(x), sigma = sigma1 e^s. Its kl
// averaged over u = ±1 is nn::gaussianKl(mu, log sigma^2) to rounding.
TEST(FVaeKl, ModelWithAnAffineFlowGivesTheClosedForm) {
  FVaeModel<double> model(kSmall);
  auto& a = model.flow().actNorm(0);
  a.logScale().value = uniformMatrix<double>(1, 6, 2, -0.5, 0.5);
  a.bias().value = uniformMatrix<double>(1, 6, 3, -0.5, 0.5);
  const Mat<double> x = uniformMatrix<double>(3, 6, 4, 0, 1);
  nn::Tape<double> tape;
  const Mat<double> kl = model.forward(tape, Mat<double>(x.replicate(2, 1)), plusMinusOne<double>(3, 6)).kl.value();
  const Mat<double> logVar = ((a.logScale().value.array() + std::log(kSmall.sigma1)) * 2).replicate(3, 1);
  const Mat<double> closed = nn::gaussianKl(tape.constant(model.encode(x)), tape.constant(logVar)).value();
  for (int i = 0; i < 3; ++i) EXPECT_NEAR(0.5 * (kl(i, 0) + kl(i + 3, 0)), closed(i, 0), 1e-12) << i;
}

TEST(FVaeGradient, LossMatchesFiniteDifferences) {
  FVaeModel<double> model(kSmall);
  // Random flow parameters, the couplings' zero last layers included, so every term has a gradient.
  std::mt19937_64 rng(5);
  std::uniform_real_distribution<double> u(-0.5, 0.5);
  for (auto* p : model.flow().parameters())
    for (Eigen::Index k = 0; k < p->value.size(); ++k) p->value.data()[k] = u(rng);
  const Mat<double> x = uniformMatrix<double>(4, 6, 6, 0, 1);
  const Mat<double> noise = uniformMatrix<double>(4, 6, 7, -2, 2);
  nn::testing::expectParameterGradients(model.parameters(), [&](bool backward) {
    nn::Tape<double> tape;
    const auto pass = model.forward(tape, x, noise);
    if (backward) tape.backward(pass.loss);
    return pass.loss.value()(0, 0);
  });
}

TEST(FVaeModel, EncodeDecodeAndTheReconstructionAgree) {
  // At u = 0 the pass's code is encode(x) and its reconstruction is G(E(x)) =
  // decode(encode(x)): the lab's queries and the loss see one model.
  FVaeModel<double> model(kSmall);
  const Mat<double> x = uniformMatrix<double>(3, 6, 8, 0, 1);
  nn::Tape<double> tape;
  const auto pass = model.forward(tape, x, Mat<double>::Zero(3, 6));
  const Mat<double> z = model.encode(x);
  EXPECT_TRUE(pass.z.value().isApprox(z, 1e-14));
  const double s2 = model.sigma2(), d = 6;
  const Mat<double> err = (x - model.decode(z)).rowwise().squaredNorm();
  for (int i = 0; i < 3; ++i)
    EXPECT_NEAR(pass.recon.value()(i, 0),
                err(i, 0) / (2 * s2 * s2) + d * std::log(s2) + d / 2 * std::log(2 * 3.141592653589793), 1e-10);
}

TEST(FVaeModel, SamplingAtATemperature) {
  const FVaeModel<float> model(FVaeConfig{.input = 6, .width = 8, .flowSteps = 2, .flowWidth = 8});
  // T = 0: every sample is G(F^-1(0)).
  const Mat<float> cold = model.sample(0, 3, 1);
  for (int i = 0; i < 3; ++i) EXPECT_TRUE(cold.row(i).isApprox(model.decode(Mat<float>::Zero(1, 6)).row(0)));
  // T = 0.8 (the essay's figures): z = 0.8 times the stream's standard normals.
  const Mat<float> warm = model.sample(0.8, 3, 1);
  EXPECT_TRUE(warm.isApprox(model.decode(standardNormals(1, 3, 6) * 0.8f)));
  EXPECT_FALSE(warm.row(0).isApprox(warm.row(1)));
  EXPECT_FALSE(warm.isApprox(model.sample(0.8, 3, 2)));
}

TEST(FVaeModel, InterpolationEndsAreTheReconstructions) {
  const FVaeModel<float> model(FVaeConfig{.input = 6, .width = 8, .flowSteps = 2, .flowWidth = 8});
  const Mat<float> a = uniformMatrix<float>(1, 6, 9, 0, 1), b = uniformMatrix<float>(1, 6, 10, 0, 1);
  const Mat<float> strip = interpolateImages(model, a, b, 5, Path::Linear);
  ASSERT_EQ(strip.rows(), 5);
  EXPECT_TRUE(strip.row(0).isApprox(model.decode(model.encode(a)).row(0), 1e-5f));
  EXPECT_TRUE(strip.row(4).isApprox(model.decode(model.encode(b)).row(0), 1e-5f));
  // The middle decodes the mean code.
  const Mat<float> mid = model.decode(0.5f * (model.encode(a) + model.encode(b)));
  EXPECT_TRUE(strip.row(2).isApprox(mid.row(0), 1e-5f));
}

TEST(FVaeTrainer, ShortTrainingOnTheEmbeddedDigitsLowersTheLoss) {
  auto data = std::make_shared<const ImageSet>(generateDigits(700));
  FVaeTrainer trainer(FVaeConfig{.width = 64, .flowSteps = 2, .flowWidth = 64},
                      TrainConfig{.learningRate = 1e-3, .batch = 50, .heldOut = 100}, data);
  const FVaeEvaluation before = trainer.evaluate();
  for (int k = 0; k < 24; ++k) ASSERT_TRUE(trainer.step().ok());  // two epochs of 12 batches
  const FVaeEvaluation after = trainer.evaluate();
  EXPECT_EQ(trainer.epoch(), 2);
  EXPECT_LT(after.loss, before.loss - 1000) << before.loss << " -> " << after.loss;
  EXPECT_DOUBLE_EQ(after.loss, after.recon + after.kl);
  std::printf("held-out -ELBO %.1f -> %.1f (sigma1 %.4f, sigma2 %.4f)\n", before.loss, after.loss, after.sigma1,
              after.sigma2);
}

}  // namespace
}  // namespace kx::core::vae
