// Tests of core/mixture against closed forms (docs/math.md §3.7, §6.2) and
// sampling laws with tolerances from their own standard errors.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <set>

#include "core/mixture/gaussian_mixture.h"
#include "core/mixture/presets.h"
#include "core/mixture/sample_quality.h"

namespace kx::core::mixture {
namespace {

/// 1D two-point data +-2 noised to alpha-bar 0.6, beta-bar 0.8 (docs/math.md §3.7),
/// embedded in 2D: components at (+-1.2, 0) with variance 0.64.
GaussianMixture noisedTwoPoint() { return {{{Eigen::Vector2d(1.2, 0), 0.8, 1}, {Eigen::Vector2d(-1.2, 0), 0.8, 1}}}; }

TEST(GaussianMixture, ScoreMatchesTheTwoPointOracle) {
  const auto m = noisedTwoPoint();
  // Table of docs/math.md §3.7 (6 significant digits given).
  const std::pair<double, double> table[] = {{0, 0}, {0.5, 0.595134}, {1.0, 0.226335}, {2.0, -1.252073}};
  for (auto [x, expected] : table) {
    const Eigen::Vector2d s = score(m, Eigen::Vector2d(x, 0.3));
    EXPECT_NEAR(s.x(), expected, 1e-6) << "x = " << x;
    EXPECT_NEAR(s.y(), -0.3 / 0.64, 1e-12);  // the y factor is one Gaussian
  }
}

TEST(GaussianMixture, ScoreIsTheGradientOfTheLogDensity) {
  const auto m = *makePreset("spiral");
  const double h = 1e-5;  // central differences: error ~h^2 |f'''| + eps/h ~ 1e-9
  for (const Eigen::Vector2d& x : {Eigen::Vector2d(0.3, -0.2), Eigen::Vector2d(1.5, 1.1), Eigen::Vector2d(-3, 2)}) {
    const Eigen::Vector2d s = score(m, x);
    for (int d = 0; d < 2; ++d) {
      Eigen::Vector2d e = Eigen::Vector2d::Zero();
      e[d] = h;
      const double fd = (logDensity(m, x + e) - logDensity(m, x - e)) / (2 * h);
      EXPECT_NEAR(s[d], fd, 1e-6 * (1 + std::abs(fd)));
    }
  }
}

TEST(GaussianMixture, LogDensityMatchesTheDirectSumAndStaysFiniteFarAway) {
  const auto m = *makePreset("unequal");
  const Eigen::Vector2d x(0.2, 0.1);
  double direct = 0;
  for (const auto& c : m.components) {
    const double v = c.stddev * c.stddev;
    direct += c.weight / 5.0 * std::exp(-(x - c.mean).squaredNorm() / (2 * v)) / (2 * std::numbers::pi * v);
  }
  EXPECT_NEAR(logDensity(m, x), std::log(direct), 1e-12);
  // At (100, 0) the direct sum underflows to 0; log-sum-exp keeps the term of
  // the component nearest in units of its stddev: the wide one (101 / 0.3
  // stddevs away, against 98.8 / 0.15), whose term dominates by e^-160000.
  const Eigen::Vector2d far(100, 0);
  const auto& wide = m.components[0];
  const double expected =
      std::log(0.8) - (far - wide.mean).squaredNorm() / (2 * 0.09) - std::log(2 * std::numbers::pi * 0.09);
  EXPECT_NEAR(logDensity(m, far), expected, 1e-9 * std::abs(expected));
  EXPECT_TRUE(score(m, far).allFinite());
}

TEST(GaussianMixture, ValidateNamesTheProblem) {
  EXPECT_FALSE(validate({}).ok());
  auto m = ring8();
  EXPECT_TRUE(validate(m).ok());
  m.components[2].weight = 0;
  EXPECT_NE(validate(m).error().find("component 3"), std::string::npos);
  m = ring8();
  m.components[0].stddev = -0.1;
  EXPECT_NE(validate(m).error().find("standard deviation"), std::string::npos);
  m = ring8();
  m.components[0].mean.x() = NAN;
  EXPECT_FALSE(validate(m).ok());
}

TEST(GaussianMixture, SamplesHaveTheMixtureMomentsAndWeights) {
  const auto m = *makePreset("unequal");
  const Eigen::Index n = 200000;
  const Points p = sample(m, n, 7);
  // Closed-form moments: mean = sum w mu, E[x x^T] = sum w (s^2 I + mu mu^T).
  Eigen::Vector2d mean = Eigen::Vector2d::Zero();
  Eigen::Matrix2d second = Eigen::Matrix2d::Zero();
  for (const auto& c : m.components) {
    const double w = c.weight / 5.0;
    mean += w * c.mean;
    second += w * (c.stddev * c.stddev * Eigen::Matrix2d::Identity() + c.mean * c.mean.transpose());
  }
  const Eigen::Matrix2d cov = second - mean * mean.transpose();
  const Eigen::Vector2d sampleMean = p.cast<double>().colwise().mean();
  for (int d = 0; d < 2; ++d) EXPECT_NEAR(sampleMean[d], mean[d], 5 * std::sqrt(cov(d, d) / n));  // 5 std errors
  // The left mode holds 80%: binomial standard error sqrt(0.16 / n) ~ 9e-4.
  const double left = (p.col(0).array() < 0.1f).cast<double>().mean();
  EXPECT_NEAR(left, 0.8, 5 * std::sqrt(0.16 / n) + 1e-4);  // +1e-4: tail mass of either mode across x = 0.1
}

TEST(GaussianMixture, SamplingDependsOnlyOnTheSeed) {
  const auto m = ring8();
  EXPECT_EQ(sample(m, 1000, 3), sample(m, 1000, 3));
  EXPECT_NE(sample(m, 1000, 3), sample(m, 1000, 4));
  EXPECT_EQ(sample(m, 10, 3), sample(m, 1000, 3).topRows(10));  // point i depends on (seed, i) only
}

TEST(Presets, AllValidateWithUniqueIdsAndUnknownIdsAreNamed) {
  std::set<std::string> ids;
  for (const auto& p : presets()) {
    auto m = makePreset(p.id);
    ASSERT_TRUE(m.ok()) << p.id;
    EXPECT_TRUE(validate(*m).ok()) << p.id;
    EXPECT_FALSE(p.title.empty() || p.description.empty());
    ids.insert(p.id);
  }
  EXPECT_EQ(ids.size(), presets().size());
  EXPECT_EQ(presets().front().id, "ring8");
  const auto bad = makePreset("moon");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.error().find("two_moons"), std::string::npos);
}

TEST(SampleQuality, SlicedWassersteinOfAShiftIsTheMeanProjectedShift) {
  const Points a = sample(ring8(), 5000, 1);
  Points b = sample(ring8(), 3000, 2);
  EXPECT_EQ(slicedWasserstein1(a, a), 0.0);
  // Shifting every point by d along x moves each projection by d cos(theta);
  // for the same set W1 is exactly |d cos theta| per direction.
  Points shifted = a;
  shifted.col(0).array() += 0.5f;
  double expected = 0;
  for (int k = 0; k < 64; ++k) expected += 0.5 * std::abs(std::cos(std::numbers::pi * k / 64)) / 64;
  EXPECT_NEAR(slicedWasserstein1(a, shifted), expected, 1e-6);  // float projections
  // Two samples of the same law: W1 shrinks like n^-1/2 (well under 0.1 here,
  // against 0.32 for the half-unit shift).
  EXPECT_LT(slicedWasserstein1(a, b), 0.1);
  EXPECT_NEAR(slicedWasserstein1(a, b), slicedWasserstein1(b, a), 1e-12);
}

TEST(SampleQuality, SlicedWassersteinOfPointMassesOfDifferentSizes) {
  Points one(1, 2), many(7, 2);
  one << 0, 0;
  many.setZero();
  many.col(1).setConstant(2.0f);  // all at (0, 2): W1 = |2 sin theta| per direction
  double expected = 0;
  for (int k = 0; k < 16; ++k) expected += 2 * std::sin(std::numbers::pi * k / 16) / 16;
  EXPECT_NEAR(slicedWasserstein1(one, many, 16), expected, 1e-6);
}

TEST(SampleQuality, ModeCoverageOfExactSamples) {
  const Eigen::Index n = 100000;
  const auto cover = modeCoverage(sample(ring8(), n, 5), ring8());
  EXPECT_EQ(cover.modes, 8);
  // Within 3 stddev in 2D: P(chi^2_2 <= 9) = 1 - exp(-9/2); binomial std error.
  const double p = 1 - std::exp(-4.5);
  EXPECT_NEAR(cover.highQuality, p, 5 * std::sqrt(p * (1 - p) / n));
  // Every sample at one centre: one mode, all high quality.
  Points collapsed(100, 2);
  collapsed.col(0).setConstant(2.0f);
  collapsed.col(1).setZero();
  const auto one = modeCoverage(collapsed, ring8());
  EXPECT_EQ(one.modes, 1);
  EXPECT_EQ(one.highQuality, 1.0);
}

}  // namespace
}  // namespace kx::core::mixture
