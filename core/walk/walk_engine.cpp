#include "core/walk/walk_engine.h"

#include <algorithm>
#include <atomic>

#include "core/util/threads.h"
#include "core/walk/block_kernels.h"

namespace kx::core::walk {
namespace {

// Blocks per parallel chunk: 8192 walkers, big enough to amortise claiming a
// chunk, small enough to balance two threads on a 100,000-walker walk.
constexpr std::size_t kBlocksPerChunk = 16;

std::size_t blockCount(int walkers) { return (static_cast<std::size_t>(walkers) + kBlockSize - 1) / kBlockSize; }

}  // namespace

Positions startPositions(const WalkParams& params) {
  Positions p;
  p.walkers = params.walkers;
  const std::size_t padded = blockCount(params.walkers) * kBlockSize;
  if (params.isLattice()) {
    p.lx.assign(padded, 0);
    if (params.is2D()) p.ly.assign(padded, 0);
  } else {
    p.x.assign(padded, 0.0f);
    if (params.is2D()) p.y.assign(padded, 0.0f);
  }
  return p;
}

bool advancePositions(const WalkParams& params, Positions& positions, int to, const CancelToken& cancel) {
  const int from = positions.step;
  if (to <= from) return true;
  const std::size_t blocks = blockCount(params.walkers);
  const std::size_t chunks = (blocks + kBlocksPerChunk - 1) / kBlocksPerChunk;
  std::atomic<bool> stopped{false};
  parallelChunks(chunks, [&](std::size_t chunk) {
    if (cancel.cancelled()) {
      stopped = true;
      return;
    }
    const std::size_t end = std::min(blocks, (chunk + 1) * kBlocksPerChunk);
    for (std::size_t b = chunk * kBlocksPerChunk; b < end; ++b) {
      const std::size_t o = b * kBlockSize;
      BlockState state;
      if (positions.lattice()) {
        state.lx = positions.lx.data() + o;
        state.ly = positions.ly.empty() ? nullptr : positions.ly.data() + o;
      } else {
        state.x = positions.x.data() + o;
        state.y = positions.y.empty() ? nullptr : positions.y.data() + o;
      }
      advanceBlock(params, b, state, from, to);
    }
  });
  positions.step = to;
  return !stopped;
}

WalkEngine::WalkEngine(WalkParams params, std::size_t memoryBudget)
    : m_params(params), m_interval(walk::checkpointInterval(params, memoryBudget)), m_current(startPositions(params)) {
  m_snapshots.push_back(std::make_shared<const Positions>(m_current));
}

bool WalkEngine::advanceTo(int target, const CancelToken& cancel) {
  target = std::min(target, m_params.steps);
  while (m_current.step < target) {
    // Stop at every multiple of the interval to keep its snapshot.
    const int next = std::min(target, (m_current.step / m_interval + 1) * m_interval);
    if (!advancePositions(m_params, m_current, next, cancel)) {
      // Some blocks moved and some did not: fall back to the last snapshot.
      std::lock_guard lock(m_snapshotMutex);
      m_current = *m_snapshots.back();
      return false;
    }
    if (next % m_interval == 0) {
      auto snapshot = std::make_shared<const Positions>(m_current);
      std::lock_guard lock(m_snapshotMutex);
      m_snapshots.push_back(std::move(snapshot));
    }
  }
  return true;
}

std::shared_ptr<const Positions> WalkEngine::positionsAt(int k, const CancelToken& cancel) const {
  k = std::clamp(k, 0, m_params.steps);
  std::shared_ptr<const Positions> base;
  {
    std::lock_guard lock(m_snapshotMutex);
    const std::size_t index = std::min(static_cast<std::size_t>(k / m_interval), m_snapshots.size() - 1);
    base = m_snapshots[index];
  }
  if (base->step == k) return base;
  auto replay = std::make_shared<Positions>(*base);
  if (!advancePositions(m_params, *replay, k, cancel)) return nullptr;
  return replay;
}

}  // namespace kx::core::walk
