#pragma once
// The landscape's display geometry (issue 6, docs/math.md §4.8; docs/benchmarks.md W7):
// the energy U = -D on the frame's grid, the range its colours span, its
// contour lines and the generator's manifold as polylines. Built on the worker
// with every frame, so that the GUI thread only copies them into a scene and
// draws (a frame used to cost the GUI thread the sort and the marching squares).
#include <vector>

#include "core/nn/parameter.h"
#include "core/util/plane_rect.h"

namespace kx::core::gan {

/// The colours' range of the energy heatmap.
struct EnergyRange {
  float lo = 0, hi = 1;
  bool operator==(const EnergyRange&) const = default;
};

/// Contour levels drawn per frame (evenly spaced inside the colour range).
inline constexpr int kContourLevels = 9;
/// The mesh shows every second line of the noise grid (GanFrame::mesh keeps all).
inline constexpr int kMeshLineEvery = 2;

struct Landscape {
  std::vector<float> energy;  ///< U = -D per grid cell, laid out as GanFrame::critic; non-finite D gives 0
  EnergyRange range;
  std::vector<double> levels;   ///< the contour levels, contourLevels(range.lo, range.hi, kContourLevels)
  std::vector<float> contours;  ///< x, y of segment ends, each segment followed by a NaN pair (a break)
  /// x, y of the mesh's rows 0, kMeshLineEvery, ... then of its columns 0,
  /// kMeshLineEvery, ..., each line through all its points and followed by a NaN pair
  std::vector<float> mesh;
};

/// The 2nd and 98th percentiles of `u` ({0, 0} for none).
EnergyRange energyPercentiles(const std::vector<float>& u);

/// The 2nd to 98th percentile of `u` (so one spike does not wash the picture
/// out), widened outward to multiples of a round step (1, 2 or 5 x 10^k, about
/// a fifth of the spread). `previous` is kept while it still holds those
/// percentiles and the spread fills at least half of it: the colourbar, and
/// with it the canvas's cached axes image, changes only when the landscape has
/// really moved, not at every frame.
EnergyRange energyRange(const std::vector<float>& u, const EnergyRange* previous = nullptr);

/// The landscape of a critic sampled like GanFrame::critic (gridSize^2 cell
/// centres over `window`) and of a mesh of meshRows x meshCols points (rows of
/// `mesh`, row-major; ignored unless it has that many rows).
Landscape buildLandscape(const std::vector<float>& critic, int gridSize, const PlaneRect& window,
                         const nn::Mat<float>& mesh, int meshRows, int meshCols, const EnergyRange* previous = nullptr);

}  // namespace kx::core::gan
