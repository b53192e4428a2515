#include "core/job/job_control.h"

#include <algorithm>
#include <thread>

namespace kx::core {

void JobControl::waitOut(Clock::time_point start, double units, const CancelToken& cancel) const {
  constexpr auto kSlice = std::chrono::milliseconds(5);
  while (!cancel.cancelled()) {
    const double perSecond = pace.load(std::memory_order_relaxed);
    if (!(perSecond > 0) || !(units > 0)) return;
    const double wanted = std::min(units / perSecond, kMaxWaitSeconds);
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    if (elapsed >= wanted) return;
    std::this_thread::sleep_for(std::min<Clock::duration>(
        kSlice, std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(wanted - elapsed))));
  }
}

}  // namespace kx::core
