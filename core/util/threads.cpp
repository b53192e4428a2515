#include "core/util/threads.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace kx::core {
namespace {
int hardwareThreads() { return std::max(1u, std::thread::hardware_concurrency()); }
std::atomic<int> g_threads{hardwareThreads()};
}  // namespace

int threadCount() { return g_threads.load(std::memory_order_relaxed); }

void setThreadCount(int threads) {
  g_threads.store(threads < 1 ? hardwareThreads() : threads, std::memory_order_relaxed);
}

void parallelChunks(std::size_t chunks, const std::function<void(std::size_t)>& body) {
  const std::size_t workers = std::min<std::size_t>(static_cast<std::size_t>(threadCount()), chunks);
  if (workers <= 1) {
    for (std::size_t c = 0; c < chunks; ++c) body(c);
    return;
  }
  // Dynamic claiming balances uneven chunks; which thread runs a chunk never
  // changes what the chunk computes.
  std::atomic<std::size_t> next{0};
  auto drain = [&] {
    for (std::size_t c = next.fetch_add(1); c < chunks; c = next.fetch_add(1)) body(c);
  };
  std::vector<std::jthread> pool;
  pool.reserve(workers - 1);
  for (std::size_t t = 1; t < workers; ++t) pool.emplace_back(drain);
  drain();
}

}  // namespace kx::core
