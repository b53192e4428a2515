// Marching squares against closed forms: the level sets of a plane and of a
// paraboloid sampled on a grid.
#include "core/gan/contours.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kx::core::gan {
namespace {

std::vector<float> sampled(int n, const PlaneRect& r, double (*f)(double, double)) {
  std::vector<float> v(std::size_t(n) * n);
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i)
      v[std::size_t(j) * n + i] = float(f(r.xMin + (i + 0.5) * r.width() / n, r.yMin + (j + 0.5) * r.height() / n));
  return v;
}

TEST(Contours, LevelsAreEvenlySpacedInside) {
  const auto l = contourLevels(0, 1, 3);
  ASSERT_EQ(l.size(), 3u);
  EXPECT_DOUBLE_EQ(l[0], 0.25);
  EXPECT_DOUBLE_EQ(l[2], 0.75);
}

TEST(Contours, PlaneGivesAStraightLine) {
  const PlaneRect r{-1, 1, -1, 1};
  const auto v = sampled(20, r, [](double x, double y) { return x + 2 * y; });
  const auto seg = contourSegments(v, 20, 20, r, 0.3);
  ASSERT_FALSE(seg.empty());
  ASSERT_EQ(seg.size() % 2, 0u);
  // Linear interpolation of a linear field is exact up to float storage (1e-6).
  for (const auto& p : seg) EXPECT_NEAR(p.x() + 2 * p.y(), 0.3, 1e-5);
}

TEST(Contours, ParaboloidGivesACircle) {
  const PlaneRect r{-2, 2, -2, 2};
  const auto v = sampled(64, r, [](double x, double y) { return x * x + y * y; });
  const auto seg = contourSegments(v, 64, 64, r, 1.0);
  ASSERT_GT(seg.size(), 40u);
  // Interpolating r^2 linearly across a cell of side h = 1/16 errs by at
  // most h^2 / 4 ~ 0.004 in r^2, i.e. 0.002 in radius.
  for (const auto& p : seg) EXPECT_NEAR(p.norm(), 1.0, 0.005);
}

TEST(Contours, BadShapesGiveNothing) { EXPECT_TRUE(contourSegments({1, 2, 3}, 2, 2, {0, 1, 0, 1}, 1.5).empty()); }

}  // namespace
}  // namespace kx::core::gan
