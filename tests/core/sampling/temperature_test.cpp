// The score-matching temperature (docs/math.md §4.15) on energies whose
// Boltzmann law at a known T is the data's own law: a quadratic (closed form)
// and T₀ times the negative log density of a two-Gaussian mixture; and the
// energies no temperature fits.
#include "core/sampling/temperature.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/util/counter_rng.h"
#include "core/util/fast_math.h"

namespace kx::core::sampling {
namespace {

constexpr Eigen::Index kPoints = 20000;

/// n draws of N(0, s² I) from a counter-based stream.
Points gaussianPoints(Eigen::Index n, float s, std::uint64_t seed) {
  Points x(n, 2);
  const std::uint64_t key = blockKey(seed, 0);
  for (Eigen::Index i = 0; i < n; ++i) {
    const std::uint64_t w = streamWord(key, std::uint64_t(i));
    float z1, z2;
    boxMuller(unitOpen(std::uint32_t(w)), unitOpen(std::uint32_t(w >> 32)), z1, z2);
    x(i, 0) = s * z1, x(i, 1) = s * z2;
  }
  return x;
}

/// U = (a/2)‖x‖²: e^{−U/T} is N(0, (T/a) I), the data's N(0, s² I) at T = a s².
Energy quadratic(float a) {
  return [a](const Points& x, Eigen::VectorXf& u, Points& g) {
    u = 0.5f * a * x.rowwise().squaredNorm();
    g = a * x;
  };
}

// ∇U is linear, so the central differences are exact: ΔU = 2a, and T_sm = a·mean‖x‖²/2
// on the sample itself, within a few standard errors (√(1/n) relative) of a s².
TEST(ScoreMatchingTemperature, QuadraticEnergyGivesTheDataVariance) {
  const float a = 0.03f, s = 0.5f;
  const Points x = gaussianPoints(kPoints, s, 3);
  const auto t = scoreMatchingTemperature(quadratic(a), x);
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_NEAR(*t, a * x.cast<double>().rowwise().squaredNorm().mean() / 2, 1e-5 * *t);
  EXPECT_NEAR(*t, a * s * s, 4 * a * s * s / std::sqrt(double(kPoints)));
}

// U = T₀(−log p) for p = 0.3 N((−1, 0), 0.36 I) + 0.7 N((1, 0), 0.36 I), with
// core/mixture's log density and score: E ΔU = T₀ E‖∇log p‖² by parts, so
// T_sm = T₀ up to sampling error (seen: 0.2%) and the O(h²) difference error.
TEST(ScoreMatchingTemperature, ScaledLogDensityGivesItsScale) {
  const mixture::GaussianMixture p{{{{-1, 0}, 0.6, 0.3}, {{1, 0}, 0.6, 0.7}}};
  const double t0 = 0.004;
  const Energy energy = [&](const Points& x, Eigen::VectorXf& u, Points& g) {
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
      const Eigen::Vector2d xi = x.row(i).transpose().cast<double>();
      u(i) = float(-t0 * mixture::logDensity(p, xi));
      g.row(i) = (-t0 * mixture::score(p, xi)).transpose().cast<float>();
    }
  };
  const auto t = scoreMatchingTemperature(energy, mixture::sample(p, kPoints, 5));
  ASSERT_TRUE(t.ok()) << t.error();
  EXPECT_NEAR(*t, t0, 0.03 * t0);
}

TEST(ScoreMatchingTemperature, NoPitsNoTemperature) {
  const Points x = gaussianPoints(1000, 1, 4);
  const auto hill = scoreMatchingTemperature(quadratic(-1), x);
  ASSERT_FALSE(hill.ok());
  EXPECT_NE(hill.error().find("no pits"), std::string::npos) << hill.error();
  EXPECT_FALSE(scoreMatchingTemperature(quadratic(1), Points(0, 2)).ok());
  const Energy broken = [](const Points&, Eigen::VectorXf& u, Points& g) {
    u.setZero();
    g.setConstant(NAN);
  };
  EXPECT_FALSE(scoreMatchingTemperature(broken, x).ok());
}

}  // namespace
}  // namespace kx::core::sampling
