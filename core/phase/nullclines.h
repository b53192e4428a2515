#pragma once
// Nullclines of any typed planar model by contouring (docs/math.md §7.5):
// marching squares on f and g over a grid, every branch chained into a
// polyline; branches where f touches zero without changing sign (a double
// root, e.g. x² = 0) are found as zero contours of a partial derivative on
// which f itself vanishes.
#include <Eigen/Core>
#include <vector>

#include "core/phase/planar_model.h"
#include "core/util/plane_rect.h"

namespace kx::core {

struct NullclineBranch {
  int component = 0;        ///< 0: dx/dt = 0, 1: dy/dt = 0
  bool tangential = false;  ///< the field component touches zero without changing sign
  std::vector<Eigen::Vector2d> points;
};

/// Every branch of both nullclines inside `window`, on a cells x cells grid.
std::vector<NullclineBranch> contourNullclines(const PlanarSystem& system, const PlaneRect& window, int cells = 200);

}  // namespace kx::core
