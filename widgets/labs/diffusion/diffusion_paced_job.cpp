#include "widgets/labs/diffusion/diffusion_paced_job.h"

namespace kx::widgets {

PacedDiffusionJob::PacedDiffusionJob(std::shared_ptr<DiffusionRun> run,
                                     std::shared_ptr<const core::JobControl> control,
                                     std::optional<double> forwardTime)
    : m_run(std::move(run)), m_control(std::move(control)), m_forwardTime(forwardTime) {}

bool PacedDiffusionJob::runChunk(const core::CancelToken& cancel) {
  const auto start = core::JobControl::Clock::now();
  bool more = false, animating = false;
  {
    std::lock_guard lock(m_run->mutex);
    if (cancel.cancelled()) return false;
    auto& job = *m_run->job;
    if (m_forwardTime) {
      job.setForwardTime(*std::exchange(m_forwardTime, std::nullopt));
      // The frame with the new forward view goes out first, on its own.
      return !m_run->ended;
    }
    if (m_run->ended) return false;
    const bool paced = m_control->pace.load() > 0;
    job.setOneFramePerChunk(paced);
    animating = paced && job.sampling();
    // A chunk always completes (a never-cancelled token): the run stays
    // consistent, so a later job can continue it. Chunks last tens of ms.
    more = job.runChunk(core::CancelToken{});
    if (!more) {
      m_run->ended = true;
      m_run->failed = !job.failure().empty();
    }
  }
  // One frame per chunk while animating: wait out the rest of its interval.
  if (animating && more) m_control->waitOut(start, 1.0, cancel);
  return more;
}

}  // namespace kx::widgets
