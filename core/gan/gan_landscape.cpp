#include "core/gan/gan_landscape.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/gan/contours.h"

namespace kx::core::gan {
namespace {

// The smallest of 1, 2, 5 x 10^k at least x (x > 0).
double roundStep(double x) {
  const double decade = std::pow(10.0, std::floor(std::log10(x)));
  for (double m : {1.0, 2.0, 5.0})
    if (m * decade >= x) return m * decade;
  return 10 * decade;
}

void breakLine(std::vector<float>& line) {
  const float nan = std::numeric_limits<float>::quiet_NaN();
  line.insert(line.end(), {nan, nan});
}

}  // namespace

EnergyRange energyPercentiles(const std::vector<float>& u) {
  if (u.empty()) return {0, 0};
  std::vector<float> v = u;
  const std::size_t lo = v.size() / 50, hi = v.size() - 1 - v.size() / 50;
  std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(lo), v.end());
  const float p2 = v[lo];
  std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(hi), v.end());
  return {p2, v[hi]};
}

EnergyRange energyRange(const std::vector<float>& u, const EnergyRange* previous) {
  if (u.empty()) return {};
  const auto [p2, p98] = energyPercentiles(u);
  const double spread = double(p98) - double(p2);
  if (previous && p2 >= previous->lo && p98 <= previous->hi && spread >= 0.5 * (previous->hi - previous->lo))
    return *previous;
  if (!(spread > 0)) {
    // A flat field: one round unit around it.
    const double step = roundStep(std::max(std::abs(double(p2)), 1e-6));
    return {float(std::floor(p2 / step) * step), float((std::floor(p2 / step) + 1) * step)};
  }
  const double step = roundStep(spread / 5);
  EnergyRange r{float(std::floor(p2 / step) * step), float(std::ceil(p98 / step) * step)};
  if (!(r.hi > r.lo)) r.hi = r.lo + float(step);
  return r;
}

Landscape buildLandscape(const std::vector<float>& critic, int gridSize, const PlaneRect& window,
                         const nn::Mat<float>& mesh, int meshRows, int meshCols, const EnergyRange* previous) {
  Landscape l;
  l.energy.resize(critic.size());
  for (std::size_t k = 0; k < critic.size(); ++k) l.energy[k] = std::isfinite(critic[k]) ? -critic[k] : 0.0f;
  l.range = energyRange(l.energy, previous);
  // Contours: thin lines at evenly spaced energies (the pits' rims).
  l.levels = contourLevels(l.range.lo, l.range.hi, kContourLevels);
  for (double level : l.levels) {
    const auto seg = contourSegments(l.energy, gridSize, gridSize, window, level);
    for (std::size_t k = 0; k + 1 < seg.size(); k += 2) {
      l.contours.insert(l.contours.end(),
                        {float(seg[k].x()), float(seg[k].y()), float(seg[k + 1].x()), float(seg[k + 1].y())});
      breakLine(l.contours);
    }
  }
  // The generator's manifold: rows and columns of the noise grid, mapped by G.
  if (meshRows > 0 && meshCols > 0 && mesh.rows() == meshRows * meshCols && mesh.cols() >= 2) {
    auto point = [&](int r, int c) {
      const Eigen::Index i = Eigen::Index(r) * meshCols + c;
      l.mesh.insert(l.mesh.end(), {mesh(i, 0), mesh(i, 1)});
    };
    // Every kMeshLineEvery-th row and column, each through all its points: the
    // folds stay smooth, and the lines cost half the draw (W7).
    for (int r = 0; r < meshRows; r += kMeshLineEvery) {
      for (int c = 0; c < meshCols; ++c) point(r, c);
      breakLine(l.mesh);
    }
    if (meshRows > 1)
      for (int c = 0; c < meshCols; c += kMeshLineEvery) {
        for (int r = 0; r < meshRows; ++r) point(r, c);
        breakLine(l.mesh);
      }
  }
  return l;
}

}  // namespace kx::core::gan
