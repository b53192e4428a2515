// The path integral with the potential V(x) = ω²x²/2: composed short-time
// kernels against Mehler's kernel (docs/math.md §2.8).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "core/walk/bernoulli_products.h"
#include "core/walk/propagator.h"
#include "core/walk/walk_analysis.h"

namespace kx::core::walk {
namespace {

double relativeError(const std::vector<double>& f, const std::vector<double>& g) {
  double worst = 0, peak = 0;
  for (std::size_t i = 0; i < f.size(); ++i) {
    worst = std::max(worst, std::abs(f[i] - g[i]));
    peak = std::max(peak, std::abs(g[i]));
  }
  return worst / peak;
}

TEST(HarmonicPropagator, MehlerKernelLimitsAndRatio) {
  // ω → 0 gives the free kernel; at the origin the ratio harmonic/free is
  // √(Ωt / sinh Ωt) with Ω = ω√α (docs/math.md §2.8, §2.9).
  EXPECT_NEAR(mehlerKernel(0.7, 2.0, 1e-7, 1.5), normalDensity(0.7, 0, std::sqrt(3.0)), 1e-12);
  EXPECT_EQ(mehlerKernel(0.7, 2.0, 0, 1.5), normalDensity(0.7, 0, std::sqrt(3.0)));
  for (double alpha : {1.0, 2.0})
    for (double omega : {0.5, 1.0, 3.0}) {
      const double t = 1.3, big = omega * std::sqrt(alpha) * t;
      EXPECT_NEAR(mehlerKernel(0, alpha, omega, t) / normalDensity(0, 0, std::sqrt(alpha * t)),
                  harmonicToFreeRatio(big), 1e-14);
    }
  // α = 1 is the textbook form √(ω/(2π sinh ωT)) exp(−ω x² coth(ωT)/2).
  const double w = 1.2, T = 0.8, x = 0.9;
  EXPECT_NEAR(mehlerKernel(x, 1, w, T),
              std::sqrt(w / (2 * std::numbers::pi * std::sinh(w * T))) * std::exp(-w * x * x / (2 * std::tanh(w * T))),
              1e-15);
}

TEST(HarmonicPropagator, MehlerKernelSolvesItsEquation) {
  // ∂K/∂t = (α/2)∂²K/∂x² − (ω²x²/2)K by central differences (error ~1e-8).
  const double alpha = 1.7, omega = 0.9, t = 0.6, d = 1e-3;
  for (double x : {0.0, 0.4, 1.1}) {
    auto K = [&](double y, double s) { return mehlerKernel(y, alpha, omega, s); };
    const double dt = (K(x, t + d) - K(x, t - d)) / (2 * d);
    const double dxx = (K(x + d, t) - 2 * K(x, t) + K(x - d, t)) / (d * d);
    EXPECT_NEAR(dt, 0.5 * alpha * dxx - 0.5 * omega * omega * x * x * K(x, t), 1e-6) << x;
  }
}

TEST(HarmonicPropagator, ComposedKernelsConvergeAtSecondOrder) {
  // The symmetric split e^(−V dt/2) K₀ e^(−V dt/2) is second order (Strang):
  // doubling the slices divides the error by about 4. The grid (spacing 0.022,
  // far below the shortest kernel's sd 0.125 at 64 slices) adds an error of
  // order e^(−2π²·25), nothing; so the observed order is the splitting's.
  const PropagatorSetup s{.alpha = 1.0, .t = 1.0, .omega = 1.0};
  const auto x = propagatorGrid(s, 481);
  const auto mehler = closedFormPropagator(x, s);
  ASSERT_EQ(mehler.size(), x.size());
  std::vector<double> errors;
  for (int slices : {4, 8, 16, 32, 64}) errors.push_back(relativeError(composedPropagator(x, s, slices), mehler));
  for (std::size_t i = 1; i < errors.size(); ++i) {
    const double order = std::log2(errors[i - 1] / errors[i]);
    EXPECT_NEAR(order, 2.0, 0.1) << i << ": " << errors[i - 1] << " -> " << errors[i];
  }
  EXPECT_LT(errors.back(), 1e-3);
  // The free walk (ω = 0) is exact at any slice count (Chapman–Kolmogorov)
  // but for the mass the grid's ±6 sd leaves out at each hop, ~2e-9.
  const PropagatorSetup free{.alpha = 1.0, .t = 1.0};
  const auto xFree = propagatorGrid(free, 481);  // its own ±6 sd: Mehler's kernel is narrower
  EXPECT_LT(relativeError(composedPropagator(xFree, free, 16), closedFormPropagator(xFree, free)), 1e-8);
}

}  // namespace
}  // namespace kx::core::walk
