// Barriers against the reflection principle and the method of images, and
// the path integral's composed kernels against the closed form (docs/math.md §2.3).
#include <gtest/gtest.h>

#include <cmath>

#include "core/walk/propagator.h"
#include "core/walk/walk_analysis.h"
#include "core/walk/walk_summary.h"
#include "tests/core/walk/positions_after.h"

namespace kx::core::walk {
namespace {

TEST(WalkBarrier, AbsorbedFractionFollowsTheReflectionPrinciple) {
  // P(max_{k<=n} S_k >= b) = P(S_n >= b) + P(S_n > b) for the symmetric walk.
  WalkParams w;
  w.walkers = 200000;
  w.barrier = BarrierKind::Absorbing;
  w.barrierAt = 10;
  const int n = 100;
  double expected = 0;
  for (int k = 10; k <= n; ++k) expected += (k == 10 ? 1.0 : 2.0) * latticeProbability(n, k, 0.5);
  const Moments m = momentsOf(w, positionsAfter(w, n));
  // Binomial standard error of a fraction, 5 of them.
  EXPECT_NEAR(m.absorbedFraction, expected, 5 * std::sqrt(expected * (1 - expected) / w.walkers));
  // Same for a barrier below the start.
  w.barrierAt = -6;
  double below = 0;
  for (int k = 6; k <= n; ++k) below += (k == 6 ? 1.0 : 2.0) * latticeProbability(n, k, 0.5);
  EXPECT_NEAR(momentsOf(w, positionsAfter(w, n)).absorbedFraction, below,
              5 * std::sqrt(below * (1 - below) / w.walkers));
}

TEST(WalkBarrier, ImagesMatchTheSimulatedHistogram) {
  // The lattice image laws (P(s) -+ P(2b - s)) are exact for p = 1/2: the
  // chi-square test of the simulated histogram must pass at the 1e-6 level
  // (see walk_law_test.cpp for the reasoning on the bound).
  for (BarrierKind barrier : {BarrierKind::Absorbing, BarrierKind::Reflecting}) {
    WalkParams w;
    w.walkers = 200000;
    w.barrier = barrier;
    w.barrierAt = 15;
    const Summary1D s = summarize1D(w, positionsAfter(w, 300));
    ASSERT_EQ(s.exactLaw, "binomial with images");
    EXPECT_GT(s.chiSquare.degreesOfFreedom, 20);
    EXPECT_GT(s.chiSquare.pValue, 1e-6) << int(barrier) << " chi2 " << s.chiSquare.statistic;
  }
}

TEST(WalkBarrier, ComposedShortTimeKernelsMatchTheClosedForm) {
  // Chapman–Kolmogorov: composing Gaussian kernels gives the Gaussian kernel
  // of the summed time, up to the grid's quadrature error.
  PropagatorSetup s{.alpha = 2.0, .drift = 0.3, .t = 50};
  const auto x = propagatorGrid(s, 401);
  const auto exact = closedFormPropagator(x, s);
  double peak = 0;
  for (double v : exact) peak = std::max(peak, v);
  for (int slices : {1, 5, 40}) {
    const auto composed = composedPropagator(x, s, slices);
    for (std::size_t i = 0; i < x.size(); ++i) EXPECT_NEAR(composed[i], exact[i], 1e-6 * peak) << slices;
  }
}

TEST(WalkBarrier, ComposedKernelsWithABarrierConvergeToTheImages) {
  // Killing paths across the barrier at more and more slice times converges
  // to the image solution K(x) - K(2b - x); reflecting is exact already.
  PropagatorSetup s{.alpha = 1.0, .t = 100, .barrier = BarrierKind::Absorbing, .barrierAt = 8};
  const auto x = propagatorGrid(s, 801);
  const auto images = closedFormPropagator(x, s);
  auto error = [&](int slices) {
    const auto f = composedPropagator(x, s, slices);
    double worst = 0;
    for (std::size_t i = 0; i < x.size(); ++i) worst = std::max(worst, std::abs(f[i] - images[i]));
    return worst;
  };
  const double e4 = error(4), e16 = error(16), e64 = error(64);
  EXPECT_LT(e16, 0.6 * e4);
  EXPECT_LT(e64, 0.6 * e16);
  // The discrete-time error decays like dt^(1/2) (overshoot of the barrier).
  EXPECT_LT(e64, 0.005);
  s.barrier = BarrierKind::Reflecting;
  const auto reflected = closedFormPropagator(x, s);
  const auto folded = composedPropagator(x, s, 64);
  for (std::size_t i = 0; i < x.size(); ++i) EXPECT_NEAR(folded[i], reflected[i], 2e-3) << x[i];
}

TEST(WalkBarrier, GaussianWalkWithAbsorbingBarrierMatchesTheComposedKernels) {
  // A Gaussian walk of n steps is exactly n composed kernels with paths killed
  // at the n step times: the survivors' histogram follows that density.
  WalkParams w;
  w.kind = WalkKind::Gaussian1D;
  w.walkers = 200000;
  w.barrier = BarrierKind::Absorbing;
  w.barrierAt = 5;
  const int n = 16;
  const Summary1D sim = summarize1D(w, positionsAfter(w, n));
  const PropagatorSetup s{.alpha = 1.0, .t = double(n), .barrier = BarrierKind::Absorbing, .barrierAt = 5};
  const auto x = propagatorGrid(s, 1201);
  const auto f = composedPropagator(x, s, n);
  // Predicted mass of each histogram bin: the density at its centre (linear
  // interpolation on the fine grid) times its width; compared over groups of
  // 16 bins (about 2 units wide) on the walkers' side.
  auto density = [&](double at) {
    const double u = (at - x[0]) / (x[1] - x[0]);
    const auto j = static_cast<std::size_t>(u);
    return f[j] + (u - double(j)) * (f[j + 1] - f[j]);
  };
  const auto& hist = sim.histogram;
  int groups = 0;
  for (std::size_t first = 0; first + 16 <= hist.counts.size(); first += 16) {
    if (hist.edge(first) < -10 || hist.edge(first + 16) > 5) continue;
    double predicted = 0, observed = 0;
    for (std::size_t i = first; i < first + 16; ++i) {
      predicted += density(hist.centre(i)) * hist.width;
      observed += hist.counts[i] / w.walkers;
    }
    EXPECT_NEAR(observed, predicted, 5 * std::sqrt(predicted / w.walkers) + 2e-3 * predicted) << hist.edge(first);
    ++groups;
  }
  EXPECT_GE(groups, 5);
}

}  // namespace
}  // namespace kx::core::walk
