#pragma once
// The one side channel from the GUI into a running job (docs/architecture.md,
// "Threads"): settings that change how a job plays, not what it computes, so
// changing one restarts nothing. A lab owns one JobControl and hands it to
// every job it makes; the job reads it between chunks (and while it waits).
#include <atomic>
#include <chrono>

#include "core/util/cancel_token.h"

namespace kx::core {

struct JobControl {
  using Clock = std::chrono::steady_clock;

  /// Animation pace in the job's own units per second (walk: steps,
  /// diffusion: frames); 0 or less: as fast as the cores go.
  std::atomic<double> pace{0};
  /// > 0: publish a frame every this many units in place of the parameter's
  /// spacing (the GAN lab's slow motion).
  std::atomic<int> frameEvery{0};
  /// A one-shot request (the job's own enum, 0: none) that the next chunk
  /// performs in place of its work, e.g. the GAN lab's "step D".
  std::atomic<int> request{0};

  /// The pending request, cleared so it runs once.
  int takeRequest() { return request.exchange(0); }
  /// The frame spacing: frameEvery when set, else `parameter`.
  int frameSpacing(int parameter) const {
    const int every = frameEvery.load(std::memory_order_relaxed);
    return every > 0 ? every : parameter;
  }

  /// Paces a chunk that started at `start` and advanced `units`: waits until
  /// units / pace seconds have passed (at most kMaxWaitSeconds, so pause and
  /// new inputs, handled between chunks, still answer at once), in short
  /// slices that watch `cancel` and re-read the pace, so the control acts
  /// while a chunk waits.
  void waitOut(Clock::time_point start, double units, const CancelToken& cancel) const;

  static constexpr double kMaxWaitSeconds = 0.25;
};

}  // namespace kx::core
