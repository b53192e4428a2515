// The Ornstein–Uhlenbeck walk against its exact transition law
// (docs/math.md §2.2.1).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/walk/ornstein_uhlenbeck.h"
#include "core/walk/propagator.h"
#include "core/walk/walk_analysis.h"
#include "core/walk/walk_engine.h"
#include "core/walk/walk_summary.h"

namespace kx::core::walk {
namespace {

TEST(OrnsteinUhlenbeck, ClosedFormLimits) {
  EXPECT_NEAR(ouVariance(2.0, 1e-12, 3.0), 6.0, 1e-10);  // k → 0: free diffusion αt
  EXPECT_EQ(ouVariance(2.0, 0, 3.0), 6.0);
  EXPECT_NEAR(ouVariance(2.0, 0.5, 1e6), 2.0, 1e-15);  // stationary α/(2k)
  EXPECT_NEAR(ouMean(4.0, 0.1, 10), 4.0 / std::exp(1.0), 1e-15);
  // Chapman–Kolmogorov: one step of variance v₁ then t more: v(t + 1) = e^(−2k) v(t) + v(1).
  EXPECT_NEAR(ouVariance(1.3, 0.2, 8), std::exp(-0.4) * ouVariance(1.3, 0.2, 7) + ouVariance(1.3, 0.2, 1), 1e-14);
}

TEST(OrnsteinUhlenbeck, WalkersFollowTheTransitionLaw) {
  // 100,000 walkers started at x0 = 10, k = 0.1, α = 2.25. At each t the
  // sample mean has standard error sd/√N and the sample variance
  // var·√(2/N) (normal law); we allow 5 standard errors (each check fails
  // by chance with probability 6e-7), far below the gap a wrong update would
  // make: an Euler step x(1 − k) + √α n settles at variance α/(2k − k²),
  // off by k/2 = 5%, 11 standard errors at N = 100,000.
  WalkParams w;
  w.kind = WalkKind::OrnsteinUhlenbeck1D;
  w.walkers = 100000;
  w.rate = 0.1;
  w.scale = 1.5;
  w.seed = 7;
  const double x0 = 10, alpha = w.scale * w.scale;
  Positions p = startPositions(w);
  for (float& x : p.x) x = float(x0);
  int t = 0;
  for (int target : {1, 5, 20, 100}) {
    ASSERT_TRUE(advancePositions(w, p, target));
    t = target;
    const Moments m = momentsOf(w, p);
    const double var = ouVariance(alpha, w.rate, t), n = w.walkers;
    EXPECT_NEAR(m.meanX, ouMean(x0, w.rate, t), 5 * std::sqrt(var / n)) << t;
    EXPECT_NEAR(m.varianceX, var, 5 * var * std::sqrt(2 / n)) << t;
  }
}

TEST(OrnsteinUhlenbeck, HistogramMatchesTheExactLawByChiSquare) {
  // From 0, X_t ~ N(0, α(1 − e^(−2kt))/(2k)); chi-square over the pooled
  // bins, rejected only below p = 1e-6.
  WalkParams w;
  w.kind = WalkKind::OrnsteinUhlenbeck1D;
  w.walkers = 100000;
  w.rate = 0.02;
  Positions p = startPositions(w);
  for (int t : {10, 200}) {
    ASSERT_TRUE(advancePositions(w, p, t));
    const Summary1D s = summarize1D(w, p);
    EXPECT_EQ(s.exactLaw, "Ornstein–Uhlenbeck");
    EXPECT_GT(s.chiSquare.pValue, 1e-6) << t;
    EXPECT_GT(s.chiSquare.degreesOfFreedom, 50);
  }
}

TEST(OrnsteinUhlenbeck, ComposedEulerKernelsAreTheirAR1LawAndConvergeAtFirstOrder) {
  // N Euler kernels N(x; (1 − k dt) y, α dt) from 0 compose to the Gaussian
  // AR(1) law N(0, α dt Σ_{j<N} (1 − k dt)^{2j}) exactly (an independent
  // closed form), and that law
  // approaches the exact N(0, α(1 − e^(−2kt))/(2k)) at first order in dt
  // (docs/math.md §2.6): doubling N halves the error.
  const PropagatorSetup s{.alpha = 1.5, .t = 10, .rate = 0.2};
  const auto x = propagatorGrid(s, 401);
  const auto exact = closedFormPropagator(x, s);
  double peak = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    EXPECT_NEAR(exact[i], normalDensity(x[i], 0, std::sqrt(ouVariance(1.5, 0.2, 10))), 1e-15);
    peak = std::max(peak, exact[i]);
  }
  std::vector<double> errors;
  for (int slices : {8, 16, 32, 64, 128}) {
    const double dt = s.t / slices, keep = 1 - s.rate * dt;
    const double variance = s.alpha * dt * (1 - std::pow(keep, 2 * slices)) / (1 - keep * keep);
    const auto composed = composedPropagator(x, s, slices);
    double toAr1 = 0, toExact = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
      toAr1 = std::max(toAr1, std::abs(composed[i] - normalDensity(x[i], 0, std::sqrt(variance))));
      toExact = std::max(toExact, std::abs(composed[i] - exact[i]));
    }
    // Only quadrature separates them: the grid's ±6 sd leave out ~2e-9 of
    // the mass at each hop, 1e-8 of the peak here (measured 0.8–1.8e-8).
    EXPECT_LT(toAr1 / peak, 5e-8) << slices;
    errors.push_back(toExact / peak);
  }
  for (std::size_t i = 1; i < errors.size(); ++i)
    EXPECT_NEAR(std::log2(errors[i - 1] / errors[i]), 1.0, 0.15) << errors[i - 1] << " -> " << errors[i];
}

}  // namespace
}  // namespace kx::core::walk
