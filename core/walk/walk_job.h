#pragma once
// The random-walk lab as a Job (core/job/job.h): advances all walkers in
// bounded chunks, records the series at log-spaced early steps and at every
// checkpoint, and publishes a WalkFrame at each recorded step. Any step
// already computed can be revisited with frameAt().
#include <memory>
#include <mutex>

#include "core/job/job.h"
#include "core/walk/walk_engine.h"
#include "core/walk/walk_frame.h"

namespace kx::core::walk {

class WalkJob : public Job {
 public:
  /// Validates `values` (walkSchema()) and builds the job, or says what is wrong.
  static Result<std::unique_ptr<WalkJob>> create(const ParamValues& values,
                                                 std::size_t memoryBudget = kDefaultMemoryBudget);
  /// `params` must pass validateWalk() with the same budget.
  explicit WalkJob(const WalkParams& params, std::size_t memoryBudget = kDefaultMemoryBudget);

  bool runChunk(const CancelToken& cancel) override;
  std::shared_ptr<const Frame> frame() const override { return walkFrame(); }
  /// frame() with its type.
  std::shared_ptr<const WalkFrame> walkFrame() const;
  double progress() const override;

  /// The frame at step k (0 <= k <= computedSteps()), rebuilt from the nearest
  /// checkpoint: at most checkpointInterval() steps of all walkers plus the
  /// histogram (milliseconds for a million walkers). Call it on the worker
  /// thread, not the GUI thread; safe while runChunk() runs elsewhere.
  /// Null when cancelled.
  std::shared_ptr<const WalkFrame> frameAt(int k, const CancelToken& cancel = {}) const;

  int computedSteps() const;
  const WalkParams& params() const { return m_engine.params(); }
  int checkpointInterval() const { return m_engine.checkpointInterval(); }

 private:
  std::shared_ptr<WalkFrame> buildFrame(const Positions& positions, std::shared_ptr<const WalkSeries> series) const;
  int nextRecordStep(int step) const;

  WalkEngine m_engine;
  std::shared_ptr<const std::vector<std::vector<Eigen::Vector2f>>> m_trails;
  std::vector<int> m_trailWalkers;
  mutable std::mutex m_mutex;  ///< guards the members below
  std::shared_ptr<const WalkSeries> m_series;
  std::shared_ptr<const WalkFrame> m_frame;
  int m_computed = 0;
};

}  // namespace kx::core::walk
