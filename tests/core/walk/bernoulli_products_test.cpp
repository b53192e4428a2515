// Bernoulli's products and sums against their closed forms, with the tails
// that bound the partial ones (docs/math.md §2.9).
#include "core/walk/bernoulli_products.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace kx::core::walk {
namespace {

constexpr double kPi = std::numbers::pi;

TEST(BernoulliProducts, PartialProductsConvergeWithinTheirTail) {
  // |ln(limit/partial)| ≤ x²/(π²N) (sinh) and the same over 1 − x²/(π²(N+1)²)
  // (sin): the error falls like 1/N, and N·error tends to x²/π² (times the limit).
  for (double x : {0.5, 1.0, 3.0})
    for (int terms : {10, 100, 1000, 100000}) {
      const double bound = productTailBound(x, terms);
      const double up = std::log(sinhc(x) / sinhPartialProduct(x, terms));
      EXPECT_GE(up, 0.0);
      EXPECT_LE(up, bound) << x << ' ' << terms;
      EXPECT_GT(up, 0.5 * bound) << "the bound is tight to a factor 2";
      const double down = std::log(sinPartialProduct(x, terms) / sinc(x));
      EXPECT_GE(down, 0.0);
      EXPECT_LE(down, bound) << x << ' ' << terms;
    }
  EXPECT_DOUBLE_EQ(sinhc(2.0), std::sinh(2.0) / 2);
  EXPECT_EQ(sinhc(0), 1.0);
  EXPECT_EQ(sinc(0), 1.0);
  // sin(x)/x vanishes at x = π: the first factor does.
  EXPECT_NEAR(sinPartialProduct(kPi, 5), 0.0, 1e-16);
}

TEST(BernoulliProducts, HarmonicToFreeRatioIsAProductOverModes) {
  // √(u / sinh u) = ∏ (1 + u²/(n²π²))^(−1/2): half the product's log error.
  for (double u : {0.3, 1.0, 4.0}) {
    EXPECT_NEAR(harmonicToFreeRatio(u), std::sqrt(u / std::sinh(u)), 1e-15);
    const int terms = 1000;
    EXPECT_NEAR(std::log(harmonicToFreePartial(u, terms) / harmonicToFreeRatio(u)), 0.0,
                0.5 * productTailBound(u, terms));
  }
  EXPECT_EQ(harmonicToFreeRatio(0), 1.0);
}

TEST(BernoulliProducts, SumsMatchTheirClosedForms) {
  // 0 ≤ limit − partial ≤ tail bound; for the + sum the tail is ~1/N. The
  // − sum is taken between its poles (integers).
  for (double omega : {0.3, 1.5, 2.5, 7.3}) {
    for (int terms : {20, 1000, 100000}) {
      const double plus = plusSum(omega) - plusPartialSum(omega, terms);
      EXPECT_GE(plus, 0.0);
      EXPECT_LE(plus, sumTailBound(omega, terms)) << omega << ' ' << terms;
      const double minus = minusSum(omega) - minusPartialSum(omega, terms);
      EXPECT_GE(minus, 0.0);
      EXPECT_LE(minus, sumTailBound(omega, terms)) << omega << ' ' << terms;
    }
    // Σ_{n>N} 1/(n² ± ω²) = 1/N + O(N⁻²): N · tail → 1.
    EXPECT_NEAR(100000 * (plusSum(omega) - plusPartialSum(omega, 100000)), 1.0, 1e-4);
  }
  // One value by hand: ω = 1, (π coth π − 1)/2 = 1.0766740474685811.
  EXPECT_NEAR(plusSum(1.0), 1.0766740474685811, 1e-15);
  // ω = 1/2: (1 − (π/2) cot(π/2))/(2/4) = 2 exactly (cot(π/2) = 0).
  EXPECT_NEAR(minusSum(0.5), 2.0, 1e-15);
}

TEST(BernoulliProducts, SumsTendToZetaTwoAndHavePoles) {
  // ω → 0: both sums → ζ(2) = π²/6, continuously across the switch to the
  // Taylor series at |ω| = 0.05 (the closed form there is good to ~1e-14).
  EXPECT_NEAR(plusSum(0), kPi * kPi / 6, 1e-15);
  EXPECT_NEAR(minusSum(1e-9), kPi * kPi / 6, 1e-15);
  for (double omega : {0.05, 0.0500001}) {
    const double a = kPi * omega;
    EXPECT_NEAR(plusSum(omega), (a / std::tanh(a) - 1) / (2 * omega * omega), 1e-12);
    EXPECT_NEAR(minusSum(omega), (1 - a / std::tan(a)) / (2 * omega * omega), 1e-12);
    EXPECT_NEAR(plusSum(omega), kPi * kPi / 6 - std::pow(kPi, 4) / 90 * omega * omega, 1e-5);
  }
  // The − sum has a pole at every nonzero integer: 1/(m² − ω²) alone diverges.
  EXPECT_TRUE(std::isinf(minusSum(2.0)));
  EXPECT_GT(minusSum(2 - 1e-6), 1e5);
  EXPECT_LT(minusSum(2 + 1e-6), -1e5);
}

}  // namespace
}  // namespace kx::core::walk
