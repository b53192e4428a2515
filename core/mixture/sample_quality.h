#pragma once
// How close a sample set is to its target: the quality fields of the
// benchmarks (docs/math.md §6.3; docs/benchmarks.md W3, W4) and of the labs' quality charts.
#include "core/mixture/gaussian_mixture.h"

namespace kx::core::mixture {

/// Sliced 1-Wasserstein distance: the mean over directions
/// theta_k = pi k / directions (k = 0 .. directions-1) of the exact 1D
/// Wasserstein-1 distance between the projected empirical laws. The sets may
/// differ in size; both must be non-empty.
double slicedWasserstein1(const Points& a, const Points& b, int directions = 64);

struct ModeCoverage {
  int modes = 0;             // components holding >= minShare of the samples
  double highQuality = 0.0;  // fraction of samples within the radius of some component
};

/// A sample belongs to the component it is nearest to in units of that
/// component's stddev, if within radiusInStd of it.
ModeCoverage modeCoverage(const Points& samples, const GaussianMixture& mixture, double radiusInStd = 3.0,
                          double minShare = 0.025);

}  // namespace kx::core::mixture
