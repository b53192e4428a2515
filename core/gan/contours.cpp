#include "core/gan/contours.h"

namespace kx::core::gan {

std::vector<double> contourLevels(double lo, double hi, int count) {
  std::vector<double> levels;
  for (int k = 1; k <= count; ++k) levels.push_back(lo + (hi - lo) * k / (count + 1));
  return levels;
}

std::vector<Eigen::Vector2d> contourSegments(const std::vector<float>& values, int nx, int ny, const PlaneRect& rect,
                                             double level) {
  std::vector<Eigen::Vector2d> out;
  if (nx < 2 || ny < 2 || values.size() != std::size_t(nx) * std::size_t(ny)) return out;
  const double dx = rect.width() / nx, dy = rect.height() / ny;
  auto at = [&](int i, int j) { return double(values[std::size_t(j) * nx + i]) - level; };
  auto centre = [&](int i, int j) { return Eigen::Vector2d(rect.xMin + (i + 0.5) * dx, rect.yMin + (j + 0.5) * dy); };
  // The point on the edge between corners a and b where the field crosses 0.
  auto cross = [](const Eigen::Vector2d& pa, double a, const Eigen::Vector2d& pb, double b) -> Eigen::Vector2d {
    return pa + (pb - pa) * (a / (a - b));
  };
  for (int j = 0; j + 1 < ny; ++j)
    for (int i = 0; i + 1 < nx; ++i) {
      // Corners counter-clockwise: 0 (i, j), 1 (i+1, j), 2 (i+1, j+1), 3 (i, j+1).
      const double v[4] = {at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1)};
      const bool below = v[0] < 0;
      if ((v[1] < 0) == below && (v[2] < 0) == below && (v[3] < 0) == below) continue;  // no crossing
      const Eigen::Vector2d p[4] = {centre(i, j), centre(i + 1, j), centre(i + 1, j + 1), centre(i, j + 1)};
      // Crossings on edges 0-1, 1-2, 2-3, 3-0 in order (a fixed array: this
      // runs for every cell and level of every frame).
      Eigen::Vector2d hits[4];
      int count = 0;
      for (int e = 0; e < 4; ++e) {
        const int a = e, b = (e + 1) % 4;
        if ((v[a] < 0) != (v[b] < 0)) hits[count++] = cross(p[a], v[a], p[b], v[b]);
      }
      if (count == 2) {
        out.push_back(hits[0]);
        out.push_back(hits[1]);
      } else if (count == 4) {
        // Saddle: corners 0 and 2 share a sign. If the centre has that sign
        // they are connected, so the lines cut off corners 1 and 3.
        const bool centreLikeCorner0 = ((v[0] + v[1] + v[2] + v[3]) < 0) == (v[0] < 0);
        if (centreLikeCorner0) {
          out.insert(out.end(), {hits[0], hits[1], hits[2], hits[3]});
        } else {
          out.insert(out.end(), {hits[3], hits[0], hits[1], hits[2]});
        }
      }
    }
  return out;
}

}  // namespace kx::core::gan
