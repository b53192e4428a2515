#include "core/util/threads.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <thread>
#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace kx::core {
namespace {
int hardwareThreads() { return std::max(1u, std::thread::hardware_concurrency()); }
std::atomic<int> g_threads{hardwareThreads()};
}  // namespace

int threadCount() { return g_threads.load(std::memory_order_relaxed); }

void setThreadCount(int threads) {
  g_threads.store(threads < 1 ? hardwareThreads() : threads, std::memory_order_relaxed);
}

namespace {
int clampNice(int nice) { return std::clamp(nice, 0, 19); }
std::atomic<int> g_computeNice{[] {
  const char* text = std::getenv("KX_COMPUTE_NICE");
  return clampNice(text ? std::atoi(text) : 19);
}()};
}  // namespace

int computeNice() { return g_computeNice.load(std::memory_order_relaxed); }

void setComputeNice(int nice) { g_computeNice.store(clampNice(nice), std::memory_order_relaxed); }

void setDefaultComputeNice(int nice) {
  if (!std::getenv("KX_COMPUTE_NICE")) setComputeNice(nice);
}

#ifdef __linux__
// On Linux the nice value belongs to the thread: PRIO_PROCESS with a thread id
// sets that thread's alone (setpriority(2), "Bugs").
int thisThreadNice() {
  errno = 0;
  const int nice = getpriority(PRIO_PROCESS, id_t(gettid()));
  return errno == 0 ? nice : 0;
}

void lowerThisThreadPriority() {
  if (thisThreadNice() < computeNice()) setpriority(PRIO_PROCESS, id_t(gettid()), computeNice());
}
#else
int thisThreadNice() { return 0; }
void lowerThisThreadPriority() {}
#endif

}  // namespace kx::core
