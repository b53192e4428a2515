#include "widgets/labs/diffusion/diffusion_paced_job.h"

#include <chrono>
#include <thread>

namespace kx::widgets {

PacedDiffusionJob::PacedDiffusionJob(std::shared_ptr<DiffusionRun> run, double framesPerSecond,
                                     std::optional<double> forwardTime)
    : m_run(std::move(run)), m_framesPerSecond(framesPerSecond), m_forwardTime(forwardTime) {}

bool PacedDiffusionJob::runChunk(const core::CancelToken& cancel) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
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
    job.setOneFramePerChunk(m_framesPerSecond > 0);
    animating = m_framesPerSecond > 0 && job.sampling();
    // A chunk always completes (a never-cancelled token): the run stays
    // consistent, so a later job can continue it. Chunks last tens of ms.
    more = job.runChunk(core::CancelToken{});
    if (!more) {
      m_run->ended = true;
      m_run->failed = !job.failure().empty();
    }
  }
  if (!animating || !more) return more;
  // Wait out the rest of the frame interval in 5 ms slices, so cancel and new
  // inputs still answer at once.
  const auto interval = std::chrono::duration<double>(1.0 / m_framesPerSecond);
  while (!cancel.cancelled() && Clock::now() - start < interval)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  return more;
}

}  // namespace kx::widgets
