// The true Kolmogorov–Smirnov distance of the lattice law to its normal
// approximation (docs/math.md §2.7).
#include "core/walk/lattice_ks.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace kx::core::walk {
namespace {

TEST(LatticeKs, TenStepsAgainstTheBinomialCdf) {
  // Independent computation: the binomial CDF with integer coefficients
  // C(10, j)/1024 and Φ through erfc, on both sides of every site.
  const int n = 10;
  double binom[n + 1];
  binom[0] = 1;
  for (int j = 1; j <= n; ++j) binom[j] = binom[j - 1] * (n - j + 1) / j;
  double worst = 0, below = 0;
  for (int j = 0; j <= n; ++j) {
    const double site = 2 * j - n, phi = 0.5 * std::erfc(-site / std::sqrt(2.0 * n));
    worst = std::max(worst, std::abs(below - phi));
    below += binom[j] / 1024;
    worst = std::max(worst, std::abs(below - phi));
  }
  // The largest gap is at the central site: F(0−) = 386/1024 against Φ(0) = 1/2.
  EXPECT_DOUBLE_EQ(worst, 126.0 / 1024);
  EXPECT_NEAR(latticeKsDistance(n, 0.5), worst, 1e-15);
  EXPECT_NEAR(latticeKsDistance(n, 0.5), 0.123046875, 1e-15);
}

TEST(LatticeKs, FallsLikeOneOverRootTwoPiN) {
  // The jump at the central site is P(S_n = 0) ≈ 2/√(2πn); the normal CDF
  // passes through its middle, so the distance is half the jump:
  // √n · KS → 1/√(2π) = 0.3989 (docs/math.md §2.7), with O(1/n) corrections.
  for (int n : {100, 1000, 10000}) {
    const double scaled = latticeKsDistance(n, 0.5) * std::sqrt(double(n));
    EXPECT_NEAR(scaled, 1 / std::sqrt(2 * std::numbers::pi), 1.0 / n) << n;
  }
  EXPECT_TRUE(std::isnan(latticeKsDistance(10, 1.0)));
}

TEST(LatticeKs, AtomsOnBothSidesOfEachJump) {
  // One atom at 0 against N(0, 1): F jumps from 0 to 1 where Φ = 1/2.
  const auto cdf = [](double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); };
  EXPECT_DOUBLE_EQ(atomicKsDistance({0.0}, {3.0}, cdf), 0.5);
  // Two atoms ±1: the worst gap is F(1−) = 1/2 against Φ(1) = 0.8413.
  EXPECT_NEAR(atomicKsDistance({-1.0, 1.0}, {1.0, 1.0}, cdf), cdf(1.0) - 0.5, 1e-15);
}

}  // namespace
}  // namespace kx::core::walk
