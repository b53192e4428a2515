// The characteristic function of the walk and the coefficient-extraction
// integral (docs/math.md §2.6).
#include "core/walk/characteristic.h"

#include <gtest/gtest.h>

#include <cmath>
#include <complex>
#include <cstdint>
#include <limits>
#include <numbers>
#include <vector>

#include "core/walk/characteristic_panel.h"
#include "core/walk/walk_analysis.h"

namespace kx::core::walk {
namespace {

TEST(Characteristic, SymmetricLatticeIsCosineToTheN) {
  // φ_n(ω) = cos^n ω for p = 1/2, real; repeated squaring loses ~log2(n) ulps.
  for (int n : {1, 2, 10, 1000})
    for (double omega : {0.0, 0.1, 1.0, 2.5, std::numbers::pi}) {
      const auto phi = latticeCharacteristic(n, omega, 0.5);
      EXPECT_NEAR(phi.real(), std::pow(std::cos(omega), n), 1e-14) << n << ' ' << omega;
      EXPECT_NEAR(phi.imag(), 0.0, 1e-15);
    }
  // General p: E e^{iωS_1} = p e^{iω} + (1 − p) e^{−iω}.
  const auto one = latticeCharacteristic(1, 0.7, 0.3);
  const auto direct = 0.3 * std::polar(1.0, 0.7) + 0.7 * std::polar(1.0, -0.7);
  EXPECT_NEAR(std::abs(one - direct), 0.0, 1e-15);
}

TEST(Characteristic, CosineToTheNTendsToTheGaussianLimit) {
  // Under the diffusive scaling ω = u/√n: cos^n(u/√n) = exp(n ln cos(u/√n))
  // = exp(−u²/2 − u⁴/(12n) + O(n⁻²)), so the gap to exp(−u²/2) is about
  // e^(−u²/2) u⁴/(12n) (docs/math.md §2.6): it shrinks like 1/n.
  const double u = 1.5;
  const double limit = gaussianCharacteristic(u, 0, 1).real();
  EXPECT_NEAR(limit, std::exp(-u * u / 2), 1e-16);
  for (int n : {10, 100, 1000, 10000}) {
    const double gap = limit - latticeCharacteristic(n, u / std::sqrt(n), 0.5).real();
    const double predicted = limit * std::pow(u, 4) / (12.0 * n);
    EXPECT_NEAR(gap / predicted, 1.0, 2.0 / n + 0.05) << n;
  }
}

TEST(Characteristic, CoefficientIntegralGivesTheBinomialLaw) {
  // The trapezoid rule on n + |k| + 1 nodes integrates the trigonometric
  // polynomial φ_n(ω)e^{−ikω} exactly: only rounding is left, at most a few
  // ulps of 1 per node (terms of size ≤ 1 summed): tolerance 4·nodes·ε.
  const auto tolerance = [](int nodes) { return 4 * nodes * std::numeric_limits<double>::epsilon(); };
  EXPECT_NEAR(coefficientIntegral(10, 2, 0.5, exactCoefficientNodes(10, 2)), 0.205078125, 1e-15);
  for (double p : {0.5, 0.3})
    for (auto [n, k] : {std::pair{4, 0}, {4, -4}, {10, 0}, {10, 2}, {10, -10}, {25, 3}, {100, 10}, {1000, -40}}) {
      const double exact = latticeProbability(n, k, p);
      const int nodes = exactCoefficientNodes(n, k);
      EXPECT_NEAR(coefficientIntegral(n, k, p, nodes), exact, tolerance(nodes)) << n << ' ' << k << ' ' << p;
      // More nodes change nothing; a site of the wrong parity gets 0.
      EXPECT_NEAR(coefficientIntegral(n, k, p, 3 * nodes), exact, tolerance(3 * nodes));
    }
  EXPECT_NEAR(coefficientIntegral(10, 3, 0.5, 14), 0.0, 1e-15);
  // One node too few aliases e^{−i(n+|k|)ω} onto the constant: n = 10, k = 2
  // on 12 nodes adds the coefficient of z^{-10}, 2^-10.
  EXPECT_NEAR(coefficientIntegral(10, 2, 0.5, 12), 0.205078125 + std::ldexp(1.0, -10), 1e-15);
}

TEST(Characteristic, EmpiricalCharacteristicOfKnownPoints) {
  // Points ±1 (weights 3 and 3): the mean of e^{iωx} is cos ω exactly.
  const auto phi = empiricalCharacteristic({1.0, -1.0}, {3.0, 3.0}, 0.1, 40);
  for (int j = 0; j < 40; ++j) {
    EXPECT_NEAR(phi[j].real(), std::cos(0.1 * j), 1e-13) << j;
    EXPECT_NEAR(phi[j].imag(), 0.0, 1e-13) << j;
  }
}

TEST(Characteristic, PanelOfSimulatedWalkersMatchesTheirLaw) {
  // 20,000 lattice walkers placed on the law after n = 50 steps (by
  // inverting the CDF on a fixed grid of quantiles, so no sampling noise
  // beyond 1/20,000 per site): the empirical φ then equals the exact one up
  // to that discretisation, ~1e-4.
  WalkParams w;
  w.walkers = 20000;
  const int n = 50, count = w.walkers;
  Positions positions = startPositions(w);
  positions.step = n;
  double cdf = 0;
  for (int k = -n, i = 0; k <= n; k += 2) {
    cdf += latticeProbability(n, k, 0.5);
    for (; i < count && (i + 0.5) / count < cdf; ++i) positions.lx[static_cast<std::size_t>(i)] = std::int16_t(k);
  }
  const auto panel = characteristicPanel(w, positions);
  EXPECT_EQ(panel.sampled, count);
  ASSERT_EQ(panel.exact.size(), panel.omega.size());
  for (std::size_t j = 0; j < panel.omega.size(); ++j) {
    EXPECT_NEAR(panel.empirical[j], panel.exact[j], 2e-4) << panel.omega[j];
    EXPECT_NEAR(panel.exact[j], std::pow(std::cos(panel.omega[j]), n), 1e-13);
  }
  ASSERT_EQ(panel.sites.size(), 5u);
  EXPECT_EQ(panel.sites[2], 0);
  // Rounding only: 4·nodes·ε as in CoefficientIntegralGivesTheBinomialLaw.
  for (std::size_t i = 0; i < panel.sites.size(); ++i)
    EXPECT_NEAR(panel.integral[i], panel.binomial[i], 4 * panel.nodes * std::numeric_limits<double>::epsilon());
}

}  // namespace
}  // namespace kx::core::walk
