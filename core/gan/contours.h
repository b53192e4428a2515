#pragma once
// Contour lines of a scalar field on a regular grid by marching squares: the
// level sets of the GAN lab's energy landscape (docs/math.md §4.1, §4.8).
#include <Eigen/Core>
#include <vector>

#include "core/util/plane_rect.h"

namespace kx::core::gan {

/// Evenly spaced levels strictly inside [lo, hi]: lo + (hi - lo) k / (count + 1).
std::vector<double> contourLevels(double lo, double hi, int count);

/// Segments (pairs of consecutive points) of the level set {f = level} of a
/// field sampled at cell centres: `values` is nx * ny, row-major, row 0 at
/// rect.yMin, as GanFrame::critic. Crossings are placed by linear
/// interpolation along cell edges; the ambiguous saddle cases pick the
/// pairing given by the mean of the four corners.
std::vector<Eigen::Vector2d> contourSegments(const std::vector<float>& values, int nx, int ny, const PlaneRect& rect,
                                             double level);

}  // namespace kx::core::gan
