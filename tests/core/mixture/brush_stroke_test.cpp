// The drawn point cloud (core/mixture/brush_stroke.h): how many points a
// stroke sprays, where they land, and the size limit.
#include "core/mixture/brush_stroke.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "core/mixture/point_cloud.h"

namespace kx::core::mixture {
namespace {

/// Distance of p from the segment a-b.
double toSegment(const Eigen::Vector2d& p, const Eigen::Vector2d& a, const Eigen::Vector2d& b) {
  const double t = std::clamp((p - a).dot(b - a) / (b - a).squaredNorm(), 0.0, 1.0);
  return (p - (a + t * (b - a))).norm();
}

TEST(BrushStroke, SpraysDensityPointsPerUnitLengthWithinTheRadius) {
  // A 2.01-unit stroke at 25 points per unit, reported as 7 uneven moves: one
  // point at the press and 50 along the path, each within 0.3 of it.
  BrushStroke stroke(0.3, 25, 7);
  const Eigen::Vector2d a(-1, 0.5), b(1.01, 0.5);  // 2.01 long: no point lands at the end
  stroke.moveTo(a);
  EXPECT_EQ(stroke.size(), 1);
  for (double t : {0.03, 0.1, 0.45, 0.46, 0.8, 0.99, 1.0}) stroke.moveTo(a + t * (b - a));
  ASSERT_EQ(stroke.size(), 51);
  const Points p = stroke.points();
  double meanY = 0;
  for (Eigen::Index i = 0; i < p.rows(); ++i) {
    const Eigen::Vector2d x = p.row(i).transpose().cast<double>();
    EXPECT_LE(toSegment(x, a, b), 0.3 + 1e-6) << i;
    meanY += x.y() / double(p.rows());
  }
  // Spread over the disc, not on the path: the mean offset is near 0, the
  // points are not all on the line.
  EXPECT_NEAR(meanY, 0.5, 0.1);
  EXPECT_GT((p.col(1).array() - 0.5f).abs().maxCoeff(), 0.1f);
  // The same seed and path give the same points; another seed others.
  BrushStroke again(0.3, 25, 7), other(0.3, 25, 8);
  for (auto* s : {&again, &other}) {
    s->moveTo(a);
    s->moveTo(b);
  }
  EXPECT_TRUE(again.points().cwiseEqual(p).all());
  EXPECT_FALSE(other.points().cwiseEqual(p).all());
}

TEST(BrushStroke, StopsAtTheCloudLimitAndJoinCutsThere) {
  BrushStroke stroke(0.1, 1e4, 1);
  stroke.moveTo({0, 0});
  stroke.moveTo({5, 0});  // 50,001 points' worth of path
  EXPECT_EQ(stroke.size(), kMaxCloudPoints);
  const Points three = Points::Constant(3, 2, 1.0f);
  const Points joined = joinClouds(three, stroke.points());
  EXPECT_EQ(joined.rows(), kMaxCloudPoints);
  EXPECT_TRUE(joined.topRows(3).cwiseEqual(three).all());
  EXPECT_EQ(joinClouds(three, three).rows(), 6);
}

}  // namespace
}  // namespace kx::core::mixture
