// The histogram distances the walk lab's charts use (docs/math.md §2.5),
// against the uniform law on [0, 1] where both have closed forms.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/walk/walk_analysis.h"

namespace kx::core::walk {
namespace {

double uniformCdf(double x) { return std::clamp(x, 0.0, 1.0); }

/// Ten bins of width 0.1 on [0, 1].
Histogram tenBins(std::vector<double> counts, double below = 0, double above = 0) {
  return {.lo = 0, .width = 0.1, .counts = std::move(counts), .below = below, .above = above};
}

TEST(HistogramDistance, ExactCountsAreAtDistanceZero) {
  const Histogram h = tenBins(std::vector<double>(10, 7));
  EXPECT_NEAR(ksDistance(h, uniformCdf), 0, 1e-15);
  EXPECT_NEAR(tvDistance(h, uniformCdf), 0, 1e-15);
}

TEST(HistogramDistance, AllMassInOneBin) {
  // Everything in [0, 0.1): the empirical CDF is 1 from x = 0.1 on, so the
  // largest gap is at 0.1 (1 − 0.1); TV = ½(|1 − 0.1| + 9 · 0.1) = 0.9.
  std::vector<double> counts(10, 0);
  counts[0] = 50;
  const Histogram h = tenBins(counts);
  EXPECT_NEAR(ksDistance(h, uniformCdf), 0.9, 1e-12);
  EXPECT_NEAR(tvDistance(h, uniformCdf), 0.9, 1e-12);
}

TEST(HistogramDistance, TailsCountInBoth) {
  // A quarter of the mass below the range and a quarter above, the rest
  // uniform: at x = 0 the empirical CDF is 0.25 against 0 (KS = 0.25); TV
  // takes the tails (0.25 each) and the in-range half (bins at 0.05 against
  // 0.1: 10 · 0.05), ½ · 1 = 0.5.
  const Histogram h = tenBins(std::vector<double>(10, 1), 5, 5);
  EXPECT_NEAR(ksDistance(h, uniformCdf), 0.25, 1e-12);
  EXPECT_NEAR(tvDistance(h, uniformCdf), 0.5, 1e-12);
}

}  // namespace
}  // namespace kx::core::walk
