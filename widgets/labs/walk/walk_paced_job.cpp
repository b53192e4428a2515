#include "widgets/labs/walk/walk_paced_job.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace kx::widgets {
namespace {

// A paced chunk never waits longer than this, so pause and new inputs (both
// handled between chunks) still answer within a quarter of a second when one
// chunk covers many steps at a slow speed.
constexpr double kMaxWaitSeconds = 0.25;
// Waiting happens in slices this long, checking cancellation between them.
constexpr auto kWaitSlice = std::chrono::milliseconds(5);

}  // namespace

bool PacedWalkJob::runChunk(const core::CancelToken& cancel) {
  using Clock = std::chrono::steady_clock;
  const auto start = Clock::now();
  const int before = m_job->computedSteps();
  const bool more = m_job->runChunk(cancel);
  const int advanced = m_job->computedSteps() - before;
  if (!more || advanced <= 0) return more;
  // Wait until the chunk has lasted advanced / speed seconds; the speed is
  // re-read while waiting so the control acts at once.
  while (!cancel.cancelled()) {
    const double speed = m_speed ? m_speed->load(std::memory_order_relaxed) : 0.0;
    if (!(speed > 0)) break;
    const double wanted = std::min(advanced / speed, kMaxWaitSeconds);
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    if (elapsed >= wanted) break;
    std::this_thread::sleep_for(std::min<Clock::duration>(
        kWaitSlice, std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(wanted - elapsed))));
  }
  return more;
}

}  // namespace kx::widgets
