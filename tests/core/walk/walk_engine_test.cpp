// Determinism (seed only, never the thread count) and scrubbing back.
#include "core/walk/walk_engine.h"

#include <gtest/gtest.h>

#include "core/util/threads.h"

namespace kx::core::walk {
namespace {

class ThreadCountGuard {
 public:
  ~ThreadCountGuard() { setThreadCount(0); }
};

TEST(WalkEngine, SameSeedSamePositionsForAnyThreadCount) {
  ThreadCountGuard guard;
  for (WalkKind kind : {WalkKind::Lattice1D, WalkKind::Gaussian1D, WalkKind::Gaussian2D}) {
    WalkParams w;
    w.kind = kind;
    w.walkers = 40000;  // 79 blocks, 5 chunks: uneven over 2 and 3 threads
    w.seed = 7;
    std::vector<Positions> results;
    for (int threads : {1, 2, 3}) {
      setThreadCount(threads);
      Positions p = startPositions(w);
      ASSERT_TRUE(advancePositions(w, p, 150));
      results.push_back(std::move(p));
    }
    for (int i = 1; i < 3; ++i) {
      EXPECT_EQ(results[0].lx, results[i].lx) << kindName(kind);
      EXPECT_EQ(results[0].x, results[i].x) << kindName(kind);
      EXPECT_EQ(results[0].y, results[i].y) << kindName(kind);
    }
    // ... and a different seed gives different walkers.
    w.seed = 8;
    Positions other = startPositions(w);
    ASSERT_TRUE(advancePositions(w, other, 150));
    EXPECT_TRUE(other.lx != results[0].lx || other.x != results[0].x);
  }
}

TEST(WalkEngine, SplittingTheStepsDoesNotChangeTheWalk) {
  WalkParams w;
  w.walkers = 5000;
  Positions once = startPositions(w), pieces = startPositions(w);
  ASSERT_TRUE(advancePositions(w, once, 300));
  for (int to : {1, 17, 100, 299, 300}) ASSERT_TRUE(advancePositions(w, pieces, to));
  EXPECT_EQ(once.lx, pieces.lx);
}

TEST(WalkEngine, ScrubbingBackReplaysFromTheNearestCheckpoint) {
  WalkParams w;
  w.kind = WalkKind::Gaussian1D;
  w.walkers = 20000;
  w.steps = 400;
  // A budget of 8 snapshots forces an interval of 50 steps.
  WalkEngine engine(w, 8 * std::size_t(20480) * sizeof(float));
  EXPECT_EQ(engine.checkpointInterval(), 50);
  ASSERT_TRUE(engine.advanceTo(400));
  for (int k : {0, 1, 49, 50, 123, 399, 400}) {
    Positions direct = startPositions(w);
    ASSERT_TRUE(advancePositions(w, direct, k));
    const auto scrubbed = engine.positionsAt(k);
    ASSERT_TRUE(scrubbed);
    EXPECT_EQ(scrubbed->step, k);
    EXPECT_EQ(scrubbed->x, direct.x) << k;
  }
}

}  // namespace
}  // namespace kx::core::walk
