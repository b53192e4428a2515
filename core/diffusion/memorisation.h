#pragma once
// The memorisation readout (docs/math.md §3.10): with the exact score of a
// point cloud the samplers return the training points themselves. How close
// each sample lies to its nearest training point says whether a score
// memorised the cloud or generalised between its points.
#include <vector>

#include "core/mixture/gaussian_mixture.h"

namespace kx::core::diffusion {

/// The radius a sample counts as a copy within (the 1e-2).
inline constexpr double kMemorisedRadius = 1e-2;
/// Histogram of log10 of the distance: bins of 0.25 decades from 1e-5 to 10.
inline constexpr double kDistanceLog10Min = -5, kDistanceLog10Max = 1;
inline constexpr int kDistanceBins = 24;

struct Memorisation {
  double fraction = 0;  ///< of samples within `radius` of a training point
  double radius = kMemorisedRadius;
  double medianDistance = 0;
  /// Counts of log10(distance) in kDistanceBins equal bins over
  /// [kDistanceLog10Min, kDistanceLog10Max]; distances outside go to the end bins.
  std::vector<int> histogram;
};

/// Distance from each sample to its nearest training point (exhaustive
/// search, rows in parallel; each value depends only on its sample).
std::vector<float> nearestDistances(const mixture::Points& samples, const mixture::Points& training);

/// The readout of those distances (samples and training non-empty).
Memorisation memorisation(const mixture::Points& samples, const mixture::Points& training,
                          double radius = kMemorisedRadius);

}  // namespace kx::core::diffusion
