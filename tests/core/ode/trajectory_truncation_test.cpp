// truncatedAt: the growing trajectory of an animation (docs/math.md §1.8),
// on samples of the parabola x(t) = (t, t²) where every value is known.
#include <gtest/gtest.h>

#include "core/ode/trajectory.h"

namespace kx::core {
namespace {

Trajectory parabola(double t0, double t1, int samples) {
  Trajectory tr;
  for (int k = 0; k < samples; ++k) {
    const double t = t0 + (t1 - t0) * k / (samples - 1);
    tr.t.push_back(t);
    tr.x.emplace_back(t, t * t);
  }
  return tr;
}

TEST(TrajectoryTruncation, KeepsTheSamplesBeforeTAndEndsOnTheChordAtT) {
  const Trajectory cut = truncatedAt(parabola(0, 1, 5), 0.6);  // samples at 0, .25, .5, .75, 1
  ASSERT_EQ(cut.t.size(), 4u);
  EXPECT_DOUBLE_EQ(cut.t.back(), 0.6);
  // On the chord from (0.5, 0.25) to (0.75, 0.5625), 40% of the way.
  EXPECT_NEAR(cut.x.back()(0), 0.6, 1e-15);
  EXPECT_NEAR(cut.x.back()(1), 0.25 + 0.4 * 0.3125, 1e-15);
  EXPECT_EQ(cut.x[2], Eigen::Vector2d(0.5, 0.25));
}

TEST(TrajectoryTruncation, ASampleTimeEndsOnThatSampleAndTheEndsAreWholeOrEmpty) {
  const Trajectory tr = parabola(0, 1, 5);
  EXPECT_EQ(truncatedAt(tr, 0.5).t.size(), 3u);
  EXPECT_EQ(truncatedAt(tr, 2.0).x, tr.x);
  EXPECT_TRUE(truncatedAt(tr, -0.1).x.empty());
  EXPECT_TRUE(truncatedAt(Trajectory{}, 1.0).x.empty());
}

TEST(TrajectoryTruncation, ABackwardTrajectoryGrowsTowardsEarlierTimes) {
  const Trajectory cut = truncatedAt(parabola(0, -1, 3), -0.75);  // samples at 0, -0.5, -1
  ASSERT_EQ(cut.t.size(), 3u);
  EXPECT_NEAR(cut.x.back()(0), -0.75, 1e-15);
  EXPECT_NEAR(cut.x.back()(1), 0.25 + 0.5 * 0.75, 1e-15);  // the chord, not the parabola's 0.5625
}

}  // namespace
}  // namespace kx::core
