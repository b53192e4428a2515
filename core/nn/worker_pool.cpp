#include "core/nn/worker_pool.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

#include "core/util/threads.h"

namespace kx::core::nn {
namespace {

class WorkerPool {
 public:
  ~WorkerPool() { resize(0); }

  void run(std::size_t chunks, const std::function<void(std::size_t)>& body) {
    std::unique_lock lock(m_busy, std::try_to_lock);
    const std::size_t workers = std::min<std::size_t>(static_cast<std::size_t>(std::max(threadCount(), 1)), chunks);
    if (!lock.owns_lock() || workers <= 1) {
      for (std::size_t c = 0; c < chunks; ++c) body(c);
      return;
    }
    if (m_threads.size() != workers - 1) resize(workers - 1);
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
  }

 private:
  // Polling budget before sleeping, ~0.1 ms: long enough to span the
  // elementwise ops between two products of a training step. With 20,000
  // (~10 us) the workers fell asleep between products and the futex wake-ups
  // held the W4 discriminator step at 1,500 steps/s instead of 2,350.
  static constexpr int kSpins = 200000;

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
    // Pool threads only compute: lowered even when a GUI thread starts the pool.
    for (std::size_t k = 0; k < count; ++k)
      m_threads.emplace_back([this, now] {
        lowerThisThreadPriority();
        workerLoop(now);
      });
  }

  std::mutex m_busy;
  std::vector<std::jthread> m_threads;
  std::atomic<std::uint64_t> m_generation{0};
  std::atomic<bool> m_stop{false};
  std::atomic<std::size_t> m_next{0};
  std::atomic<int> m_pending{0};
  const std::function<void(std::size_t)>* m_body = nullptr;
  std::size_t m_chunks = 0;
};

}  // namespace

void runChunks(std::size_t chunks, const std::function<void(std::size_t)>& body) {
  static WorkerPool pool;
  pool.run(chunks, body);
}

}  // namespace kx::core::nn
