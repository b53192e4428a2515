// parallelChunks (core/util/threads.h) on one set of persistent threads that
// serves every caller: the column blocks of the networks' products, the
// samplers, the walkers and the phase-plane fields. A training step of a small
// network runs a dozen products of well under a millisecond each; starting
// threads for each (20-50 us per call here) would eat the gain, so the
// threads stay alive, spin briefly between calls and then sleep on a futex
// (std::atomic::wait): a busy machine is not kept busier by idle workers.
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

#include "core/util/threads.h"

namespace kx::core {
namespace {

class WorkerPool {
 public:
  ~WorkerPool() { resize(0); }

  void run(std::size_t chunks, const std::function<void(std::size_t)>& body) {
    const auto threads = static_cast<std::size_t>(std::max(threadCount(), 1));
    // A second caller (another job's thread, or a body that itself calls
    // parallelChunks) finds the pool taken and runs its chunks in order: no
    // waiting on a pool that may be waiting on it, and no extra threads on
    // cores that are already busy.
    if (threads <= 1 || chunks <= 1 || m_busy.exchange(true, std::memory_order_acquire)) {
      for (std::size_t c = 0; c < chunks; ++c) body(c);
      return;
    }
    // Sized by the thread count alone (workers with no chunk left return at
    // once), so callers with different chunk counts do not restart threads.
    if (m_threads.size() != threads - 1) resize(threads - 1);
    m_body = &body;
    m_chunks = chunks;
    m_next.store(0, std::memory_order_relaxed);
    m_pending.store(static_cast<int>(m_threads.size()), std::memory_order_relaxed);
    m_generation.fetch_add(1, std::memory_order_release);
    m_generation.notify_all();
    drain();
    // Wait for the workers to finish their chunks (they may still be running one).
    for (int spins = 0; m_pending.load(std::memory_order_acquire) != 0; ++spins) {
      if (spins < kSpins) continue;
      const int left = m_pending.load(std::memory_order_acquire);
      if (left != 0) m_pending.wait(left, std::memory_order_acquire);
    }
    m_busy.store(false, std::memory_order_release);
  }

 private:
  // Polling budget before sleeping, ~0.1 ms: long enough to span the
  // elementwise ops between two products of a training step. With 20,000
  // (~10 us) the workers fell asleep between products and the futex wake-ups
  // held the W4 discriminator step at 1,500 steps/s instead of 2,350.
  static constexpr int kSpins = 200000;

  // Dynamic claiming balances uneven chunks; which thread runs a chunk never
  // changes what the chunk computes.
  void drain() {
    for (std::size_t c = m_next.fetch_add(1); c < m_chunks; c = m_next.fetch_add(1)) (*m_body)(c);
  }

  void workerLoop(std::uint64_t seen) {
    for (;;) {
      for (int spins = 0; m_generation.load(std::memory_order_acquire) == seen; ++spins)
        if (spins >= kSpins) m_generation.wait(seen, std::memory_order_acquire);
      seen = m_generation.load(std::memory_order_acquire);
      if (m_stop.load(std::memory_order_acquire)) return;
      drain();
      if (m_pending.fetch_sub(1, std::memory_order_acq_rel) == 1) m_pending.notify_one();
    }
  }

  void resize(std::size_t count) {
    if (!m_threads.empty()) {
      m_stop.store(true, std::memory_order_release);
      m_generation.fetch_add(1, std::memory_order_release);
      m_generation.notify_all();
      m_threads.clear();  // joins
      m_stop.store(false, std::memory_order_release);
    }
    const std::uint64_t now = m_generation.load(std::memory_order_acquire);
    // Pool threads only compute: lowered even when a GUI-priority thread (such
    // as kexue-bench's main thread) starts the pool; the caller keeps its own.
    for (std::size_t k = 0; k < count; ++k)
      m_threads.emplace_back([this, now] {
        lowerThisThreadPriority();
        workerLoop(now);
      });
  }

  std::atomic<bool> m_busy{false};
  std::vector<std::jthread> m_threads;
  std::atomic<std::uint64_t> m_generation{0};
  std::atomic<bool> m_stop{false};
  std::atomic<std::size_t> m_next{0};
  std::atomic<int> m_pending{0};
  const std::function<void(std::size_t)>* m_body = nullptr;
  std::size_t m_chunks = 0;
};

}  // namespace

void parallelChunks(std::size_t chunks, const std::function<void(std::size_t)>& body) {
  static WorkerPool pool;
  pool.run(chunks, body);
}

}  // namespace kx::core
