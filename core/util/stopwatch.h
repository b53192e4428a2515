#pragma once
#include <chrono>

namespace kx::core {

/// Wall-clock seconds since construction or the last restart().
class Stopwatch {
 public:
  Stopwatch() : m_start(Clock::now()) {}
  void restart() { m_start = Clock::now(); }
  double seconds() const { return std::chrono::duration<double>(Clock::now() - m_start).count(); }
  double milliseconds() const { return seconds() * 1e3; }

 private:
  using Clock = std::chrono::steady_clock;
  Clock::time_point m_start;
};

}  // namespace kx::core
