#pragma once
// The walkers' positions after `steps` steps from the start, for tests that
// need only the end state.
#include <gtest/gtest.h>

#include "core/walk/walk_engine.h"

namespace kx::core::walk {

inline Positions positionsAfter(const WalkParams& w, int steps) {
  Positions p = startPositions(w);
  EXPECT_TRUE(advancePositions(w, p, steps));
  return p;
}

}  // namespace kx::core::walk
