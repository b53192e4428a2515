#pragma once
// Cooperative cancellation: a job is cancelled as soon as anyone has asked for
// a newer generation than the one it was started for (docs/architecture.md,
// threading rules). Checked between chunks and inside long loops.
#include <atomic>
#include <cstdint>

namespace kx::core {

class CancelToken {
 public:
  CancelToken() = default;
  CancelToken(const std::atomic<std::uint64_t>* latest, std::uint64_t generation)
      : m_latest(latest), m_generation(generation) {}

  bool cancelled() const {
    return m_latest != nullptr && m_latest->load(std::memory_order_relaxed) != m_generation;
  }

 private:
  const std::atomic<std::uint64_t>* m_latest = nullptr;
  std::uint64_t m_generation = 0;
};

}  // namespace kx::core
