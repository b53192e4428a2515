#pragma once
// A planar vector field sampled on a regular grid (cell centres), for arrows,
// the speed heatmap and line-integral convolution.
#include <Eigen/Core>

#include "core/ode/trajectory.h"
#include "core/util/plane_rect.h"

namespace kx::core {

struct FieldGrid {
  PlaneRect rect;
  int nx = 0, ny = 0;
  Eigen::ArrayXXf u, v;  ///< components, ny rows x nx columns, row 0 at yMin
  Eigen::ArrayXXf speed;  ///< |F|

  /// Centre of cell (i, j) in data units.
  double x(int i) const { return rect.xMin + (i + 0.5) * rect.width() / nx; }
  double y(int j) const { return rect.yMin + (j + 0.5) * rect.height() / ny; }
};

/// An nx x ny grid over rect with its arrays allocated (values unset).
FieldGrid emptyFieldGrid(const PlaneRect& rect, int nx, int ny);

/// Samples f at the centres of an nx x ny grid over rect, rows in parallel.
FieldGrid sampleVectorField(const PlanarField& f, const PlaneRect& rect, int nx, int ny);

}  // namespace kx::core
