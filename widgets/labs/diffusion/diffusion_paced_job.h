#pragma once
// The jobs the diffusion lab hands to its JobRunner: PacedDiffusionJob plays
// the sampler's frames as an animation (one frame per chunk, paced by the
// lab's JobControl in frames per second), then runs the quality sweep at full
// speed.
//
// The run itself (DiffusionRun) outlives one PacedDiffusionJob: when only the
// forward slider moves, the lab hands the runner a new PacedDiffusionJob on
// the same run, which first moves the forward view (a cheap cached path) and
// then continues the sampler where it was, instead of sampling again.
#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "core/diffusion/diffusion_job.h"
#include "core/job/job_control.h"

namespace kx::widgets {

/// One diffusion run shared by the jobs that drive it in turn. Chunks hold
/// `mutex`, so a superseded job's last chunk and the next job's first never
/// overlap (also when the lab computes synchronously on the GUI thread).
struct DiffusionRun {
  explicit DiffusionRun(std::unique_ptr<core::diffusion::DiffusionJob> j) : job(std::move(j)) {}
  std::mutex mutex;
  std::unique_ptr<core::diffusion::DiffusionJob> job;
  bool ended = false;               ///< the run returned false: nothing left to do
  std::atomic<bool> failed{false};  ///< ended with a failure: not to be continued
};

class PacedDiffusionJob : public core::Job {
 public:
  /// A pace of 0 or less: no waiting and no animation (headless runs). With
  /// `forwardTime` the first chunk moves the run's forward view to it.
  PacedDiffusionJob(std::shared_ptr<DiffusionRun> run, std::shared_ptr<const core::JobControl> control,
                    std::optional<double> forwardTime = std::nullopt);

  bool runChunk(const core::CancelToken& cancel) override;
  std::shared_ptr<const core::Frame> frame() const override { return m_run->job->frame(); }
  double progress() const override { return m_run->job->progress(); }
  std::string failure() const override { return m_run->job->failure(); }

 private:
  std::shared_ptr<DiffusionRun> m_run;
  std::shared_ptr<const core::JobControl> m_control;
  std::optional<double> m_forwardTime;
};

}  // namespace kx::widgets
