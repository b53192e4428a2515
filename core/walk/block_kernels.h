#pragma once
// Advancing one block of kBlockSize walkers through a range of steps. The
// random words a walker consumes at step s are fixed by (seed, block, s,
// lane), so the block kernels, the single-walker replay used for trails and
// the scalar reference all produce the same positions.
#include <Eigen/Core>
#include <cstdint>
#include <vector>

#include "core/walk/walk_params.h"

namespace kx::core::walk {

/// One block's positions, kBlockSize entries each, in the buffers that match
/// the kind: lattice walks use lx (and ly), continuous ones x (and y).
struct BlockState {
  std::int16_t* lx = nullptr;
  std::int16_t* ly = nullptr;
  float* x = nullptr;
  float* y = nullptr;
};

/// Moves the block from "after `from` steps" to "after `to` steps".
void advanceBlock(const WalkParams& params, std::uint64_t block, const BlockState& state, int from, int to);

/// The same with plain loops only (the reference the vectorised lattice
/// kernel is tested against).
void advanceBlockReference(const WalkParams& params, std::uint64_t block, const BlockState& state, int from, int to);

/// Positions of walker `index` after 0..`steps` steps, replayed alone.
std::vector<Eigen::Vector2f> walkerPath(const WalkParams& params, int index, int steps);

}  // namespace kx::core::walk
