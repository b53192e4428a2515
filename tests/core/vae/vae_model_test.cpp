// The VAE's KL against the closed form (docs/math.md §5.1), the VAE+BN gammas and
// lower bound on the batch KL (§5.2), and the interpolation paths.
#include "core/vae/vae_model.h"

#include <gtest/gtest.h>

#include <random>

#include "core/util/counter_rng.h"
#include "core/vae/interpolation.h"

namespace kx::core::vae {
namespace {

nn::Mat<float> gaussian(int rows, int cols, std::uint64_t seed, float scale = 1) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<float> n(0, scale);
  nn::Mat<float> m(rows, cols);
  for (int i = 0; i < m.size(); ++i) m.data()[i] = n(rng);
  return m;
}

TEST(VaeKl, ClosedFormOracle) {
  // KL(N(1, 2^2) || N(0, 1)) = (1 + 4 - log 4 - 1) / 2 = 1.3068528 (docs/math.md §5.1); float rounding ~1e-7.
  nn::Mat<float> mu(1, 1), var(1, 1);
  mu << 1;
  var << 4;
  EXPECT_NEAR(klPerEntry(mu, var)(0, 0), 1.3068528, 1e-6);
  // The standard normal itself: 0.
  EXPECT_NEAR(klPerEntry(nn::Mat<float>::Zero(1, 1), nn::Mat<float>::Ones(1, 1))(0, 0), 0.0, 1e-7);
}

TEST(VaeKl, ModelPassComputesTheClosedForm) {
  VaeConfig c{.input = 12, .width = 8, .latent = 3};
  VaeModel model(c);
  nn::Tape<float> tape;
  const auto x = (gaussian(5, 12, 1).array().abs().min(1.0f)).matrix().eval();
  auto pass = model.forward(tape, x, gaussian(5, 3, 2), true);
  EXPECT_TRUE(pass.kl.value().isApprox(klPerEntry(pass.mu.value(), pass.var.value()), 1e-5f));
  const double expected = (pass.recon.value().array() + pass.kl.value().rowwise().sum().array()).mean();
  EXPECT_NEAR(pass.loss.value()(0, 0), expected, 1e-4 * std::abs(expected));
}

TEST(VaeBn, GammaTable) {
  // docs/math.md §5.2 table for tau = 0.5; rows sum to 1.
  EXPECT_NEAR(gammaMuSquared(0.5, 0), 0.75, 1e-12);
  EXPECT_NEAR(gammaSigmaSquared(0.5, 0), 0.25, 1e-12);
  EXPECT_NEAR(gammaMuSquared(0.5, 2), 0.9403985, 1e-7);
  EXPECT_NEAR(gammaSigmaSquared(0.5, 2), 0.0596015, 1e-7);
  EXPECT_NEAR(gammaMuSquared(0.5, -2), 0.5596015, 1e-7);
  EXPECT_NEAR(gammaSigmaSquared(0.5, -2), 0.4403985, 1e-7);
  for (double t : {-5.0, -0.3, 1.7}) EXPECT_NEAR(gammaMuSquared(0.3, t) + gammaSigmaSquared(0.3, t), 1.0, 1e-12);
}

TEST(VaeBn, BatchKlNeverBelowTheBound) {
  // §5.2: with BN on mu the batch mean KL >= d/2 gamma_mu^2 (= 0.375 d at
  // theta = 0), for any input; here several random batches and theta values.
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    VaeConfig c{.input = 20, .width = 16, .latent = 6, .batchNorm = true, .seed = seed};
    VaeModel model(c);
    auto params = model.parameters();
    nn::Parameter<float>* theta = params.back();
    ASSERT_EQ(theta->name, "theta");
    theta->value = gaussian(1, 6, seed + 100, 2.0f);
    double bound = 0;
    for (int j = 0; j < 6; ++j) bound += 0.5 * gammaMuSquared(0.5, theta->value(0, j));
    nn::Tape<float> tape;
    auto pass = model.forward(tape, gaussian(64, 20, seed + 7, 3.0f), gaussian(64, 6, seed), true);
    const double batchKl = pass.kl.value().sum() / 64.0;
    // Float BN statistics: the second moment of each BN output is 1 to ~1e-6.
    EXPECT_GE(batchKl, bound * (1 - 1e-5)) << "seed " << seed;
  }
}

TEST(VaeRandom, StandardNormalsArePureAndStandard) {
  // A pure function of the key: the same key, the same numbers; entry k
  // (column-major) does not depend on the shape.
  const nn::Mat<float> a = standardNormals(blockKey(7, 1), 300, 100), b = standardNormals(blockKey(7, 1), 300, 100);
  EXPECT_EQ(a, b);
  const nn::Mat<float> col = standardNormals(blockKey(7, 1), 30001, 1);
  EXPECT_EQ(Eigen::Map<const Eigen::VectorXf>(a.data(), 30000), col.topRows(30000));
  EXPECT_NE(a, standardNormals(blockKey(7, 2), 300, 100));
  // Moments of 30,000 draws: sd of the mean 1/sqrt(n) = 0.0058, of the
  // variance sqrt(2/n) = 0.0082, of the fourth moment sqrt(96/n) = 0.057;
  // tolerances are ~5 sd.
  const Eigen::ArrayXd x = Eigen::Map<const Eigen::VectorXf>(a.data(), a.size()).cast<double>().array();
  EXPECT_NEAR(x.mean(), 0.0, 0.03);
  EXPECT_NEAR(x.square().mean(), 1.0, 0.04);
  EXPECT_NEAR(x.square().square().mean(), 3.0, 0.3);
  EXPECT_NEAR((x > 1.0).cast<double>().mean(), 0.158655, 0.011);  // 1 - Phi(1); sd 0.0021
}

TEST(VaeInit, UniformFanInLikePyTorch) {
  // W and b ~ U(-1/sqrt(fan_in), 1/sqrt(fan_in)): inside the bound, variance
  // bound^2 / 3, and the biases are not zero (vae_model.cpp: with zero biases
  // the d2 decoder's ReLU kinks all pass through z = 0).
  VaeModel model(VaeConfig{.input = 784, .width = 512, .latent = 2, .seed = 3});
  auto params = model.parameters();
  ASSERT_EQ(params.size(), 8u);  // encoder W, b, W, b; decoder W, b, W, b
  const int fanIn[] = {784, 784, 512, 512, 2, 2, 512, 512};
  for (std::size_t k = 0; k < params.size(); ++k) {
    const Eigen::ArrayXf v = Eigen::Map<const Eigen::VectorXf>(params[k]->value.data(), params[k]->value.size());
    const double bound = 1 / std::sqrt(double(fanIn[k]));
    EXPECT_LE(v.abs().maxCoeff(), bound) << params[k]->name;
    if (v.size() >= 512) {
      // The sample variance of >= 512 uniforms is within ~4 sd (sd = bound^2 sqrt(4/45n)) of bound^2 / 3.
      const double var = (v.cast<double>() - v.cast<double>().mean()).square().mean();
      EXPECT_NEAR(var, bound * bound / 3, 4 * bound * bound * std::sqrt(4.0 / 45 / double(v.size())))
          << params[k]->name;
    }
    EXPECT_GT(v.abs().minCoeff(), 0.0f) << params[k]->name << " has an exact zero";
  }
  // The same seed gives the same weights; another seed others.
  VaeModel again(VaeConfig{.input = 784, .width = 512, .latent = 2, .seed = 3});
  VaeModel other(VaeConfig{.input = 784, .width = 512, .latent = 2, .seed = 4});
  EXPECT_EQ(again.parameters()[4]->value, params[4]->value);
  EXPECT_NE(other.parameters()[4]->value, params[4]->value);
}

TEST(VaeModelQueries, ConstQueriesMatchTheInferencePass) {
  // decode and encodeMean on a const model agree with the inference-mode
  // forward pass: with zero noise z = mu, and the Gaussian decoder's recon is
  // then ||x - decode(mu)||^2 / (2 s^2) + const (§5.1).
  for (bool bn : {false, true}) {
    VaeConfig c{.input = 12, .width = 8, .latent = 3, .decoder = Decoder::Gaussian, .batchNorm = bn, .seed = 5};
    VaeModel trained(c);
    nn::Tape<float> warm;  // move the BN running statistics away from (0, 1)
    trained.forward(warm, gaussian(40, 12, 9), gaussian(40, 3, 10), true);
    const VaeModel& model = trained;
    const auto x = gaussian(6, 12, 11);
    nn::Tape<float> tape;
    auto pass = model.forward(tape, x, nn::Mat<float>::Zero(6, 3));
    EXPECT_TRUE(model.encodeMean(x).isApprox(pass.mu.value(), 1e-6f));
    const nn::Mat<float> mean = model.decode(pass.mu.value());
    const double s2 = c.gaussSigma * c.gaussSigma;
    const Eigen::ArrayXd expected = (mean - x).rowwise().squaredNorm().cast<double>().array() / (2 * s2) +
                                    0.5 * 12 * std::log(2 * 3.14159265358979 * s2);
    for (int i = 0; i < 6; ++i) EXPECT_NEAR(pass.recon.value()(i, 0), expected(i), 1e-4 * expected(i)) << i;
  }
}

TEST(Interpolation, EndPointsAreTheChosenCodes) {
  Eigen::RowVectorXf z1 = gaussian(1, 8, 3), z2 = gaussian(1, 8, 4);
  for (Path p : {Path::Linear, Path::Spherical}) {
    const auto path = interpolate(z1, z2, 9, p);
    EXPECT_EQ(Eigen::RowVectorXf(path.row(0)), z1);
    EXPECT_EQ(Eigen::RowVectorXf(path.row(8)), z2);
  }
  // Decoded end points are the decodings of the two codes.
  VaeModel model(VaeConfig{.input = 10, .width = 8, .latent = 8});
  const auto path = interpolate(z1, z2, 5, Path::Spherical);
  const nn::Mat<float> ends = model.decode(path), a = model.decode(z1), b = model.decode(z2);
  EXPECT_TRUE(ends.row(0).isApprox(a.row(0)));
  EXPECT_TRUE(ends.row(4).isApprox(b.row(0)));
}

TEST(Interpolation, NormProfiles) {
  Eigen::RowVectorXf z1(3), z2(3);
  z1 << 3, 0, 0;  // |z1| = 3
  z2 << 0, 5, 0;  // |z2| = 5, orthogonal
  const auto s = interpolate(z1, z2, 11, Path::Spherical);
  const auto l = interpolate(z1, z2, 11, Path::Linear);
  for (int k = 0; k < 11; ++k) {
    const double t = k / 10.0;
    EXPECT_NEAR(s.row(k).norm(), 3 + 2 * t, 1e-5) << k;  // linear norm profile
    // Along the great circle: the angle to z1 grows linearly to 90 degrees.
    EXPECT_NEAR(std::atan2(s(k, 1), s(k, 0)), t * 3.14159265 / 2, 1e-5) << k;
    EXPECT_NEAR(l.row(k).norm(), std::hypot(3 * (1 - t), 5 * t), 1e-5) << k;
  }
  EXPECT_LT(l.row(5).norm(), 3.0);  // the straight line dips below both ends
}

}  // namespace
}  // namespace kx::core::vae
