#pragma once
// All walkers of one walk: the current positions, snapshots every
// checkpointInterval() steps, and positions at any step by replaying from the
// nearest snapshot (results depend only on the seed, so a replay reproduces
// the original run bit for bit).
#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

#include "core/util/cancel_token.h"
#include "core/walk/walk_params.h"

namespace kx::core::walk {

/// Positions of all walkers after `step` steps. Buffers are padded to whole
/// blocks; entries past `walkers` are not walkers of the walk.
struct Positions {
  int step = 0;
  int walkers = 0;
  std::vector<std::int16_t> lx, ly;  ///< lattice walks
  std::vector<float> x, y;           ///< continuous walks (y, ly only in 2D)

  bool lattice() const { return !lx.empty(); }
  double xAt(std::size_t i) const { return lattice() ? lx[i] : x[i]; }
  double yAt(std::size_t i) const {
    if (lattice()) return ly.empty() ? 0.0 : ly[i];
    return y.empty() ? 0.0 : y[i];
  }
};

/// Zero positions for every walker of `params`.
Positions startPositions(const WalkParams& params);

/// Advances `positions` to step `to` (>= positions.step) with every core.
/// Returns false when cancelled; the positions are then unusable.
bool advancePositions(const WalkParams& params, Positions& positions, int to, const CancelToken& cancel = {});

class WalkEngine {
 public:
  /// `params` must have passed validateWalk() with the same budget.
  explicit WalkEngine(WalkParams params, std::size_t memoryBudget = kDefaultMemoryBudget);

  const WalkParams& params() const { return m_params; }
  int checkpointInterval() const { return m_interval; }
  /// Steps done by the current positions.
  int step() const { return m_current.step; }
  const Positions& current() const { return m_current; }

  /// Moves the current positions to `target` (clamped to the walk's steps),
  /// keeping a snapshot at each multiple of the interval. Returns false when
  /// cancelled; the current positions then go back to the last snapshot.
  bool advanceTo(int target, const CancelToken& cancel = {});

  /// Positions after `k` steps, k in [0, params().steps]: from the nearest
  /// stored snapshot at or below k, replayed forward (at most one interval of
  /// steps once the walk has passed k). Safe to call from another thread while
  /// advanceTo() runs. Null when cancelled.
  std::shared_ptr<const Positions> positionsAt(int k, const CancelToken& cancel = {}) const;

 private:
  WalkParams m_params;
  int m_interval = 1;
  Positions m_current;
  mutable std::mutex m_snapshotMutex;
  std::vector<std::shared_ptr<const Positions>> m_snapshots;  ///< [i] holds step i * interval
};

}  // namespace kx::core::walk
