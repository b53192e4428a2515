#pragma once
// An axis-aligned window of the plane in data units.
namespace kx::core {

struct PlaneRect {
  double xMin = 0, xMax = 1, yMin = 0, yMax = 1;
  double width() const { return xMax - xMin; }
  double height() const { return yMax - yMin; }
  bool contains(double x, double y) const { return x >= xMin && x <= xMax && y >= yMin && y <= yMax; }
  bool operator==(const PlaneRect&) const = default;
};

}  // namespace kx::core
