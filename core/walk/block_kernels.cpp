#include "core/walk/block_kernels.h"

#include "core/walk/block_kernels_isa.h"

namespace kx::core::walk {

void advanceBlock(const WalkParams& params, std::uint64_t block, const BlockState& state, int from, int to) {
  onActiveIsa([&](auto isa) { advanceBlockOn<isa()>(params, block, state, from, to); });
}

void advanceBlockReference(const WalkParams& params, std::uint64_t block, const BlockState& state, int from, int to) {
  onActiveIsa([&](auto isa) { advanceBlockReferenceOn<isa()>(params, block, state, from, to); });
}

std::vector<Eigen::Vector2f> walkerPath(const WalkParams& params, int index, int steps) {
  std::vector<float> xs(static_cast<std::size_t>(steps)), ys(static_cast<std::size_t>(steps));
  onActiveIsa([&](auto isa) { replayWalkerOn<isa()>(params, index, steps, xs.data(), ys.data()); });
  std::vector<Eigen::Vector2f> path;
  path.reserve(static_cast<std::size_t>(steps) + 1);
  path.emplace_back(0.0f, 0.0f);
  for (int s = 0; s < steps; ++s) path.emplace_back(xs[std::size_t(s)], ys[std::size_t(s)]);
  return path;
}

}  // namespace kx::core::walk
