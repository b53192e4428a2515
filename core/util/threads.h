#pragma once
// The number of threads the core may use, a fork-join loop over chunks, and
// the lower CPU priority of the threads that compute for the GUI.
// Work is split by data (fixed chunk boundaries), never by thread count, so
// results that depend on chunking stay identical for any number of threads.
#include <cstddef>
#include <functional>

namespace kx::core {

/// Threads the core may use; defaults to the hardware's core count.
int threadCount();
/// Sets the thread count (values < 1 mean "all cores").
void setThreadCount(int threads);

/// Calls body(chunk) for chunk in [0, chunks), spread over threadCount()
/// threads of one persistent pool (core/util/worker_pool.cpp; the caller is
/// one of them). Each chunk runs exactly once; the call returns when all are
/// done. While another call holds the pool (another thread, or a body that
/// calls parallelChunks itself), the chunks run on the caller, in order.
void parallelChunks(std::size_t chunks, const std::function<void(std::size_t)>& body);

/// The nice value of a compute thread (Linux; 0 is the default, 19 the lowest):
/// 19, or KX_COMPUTE_NICE from the environment (0 to 19), unless set.
int computeNice();
/// Sets the compute nice value (clamped to 0..19) for threads lowered from now
/// on. The test suite runs at 0 (tests/CMakeLists.txt): parallel test
/// processes share one scheduling group, where a nice-19 worker starves.
void setComputeNice(int nice);
/// The same, unless KX_COMPUTE_NICE chose the value (a headless run: 0).
void setDefaultComputeNice(int nice);

/// Lowers the calling thread to computeNice() unless it is already lower (it
/// never raises it). Threads it starts inherit the value. With every core
/// computing, the scheduler then gives the GUI thread and the software
/// rasteriser's threads nearly all of a core they ask for (weights 1024 vs 15),
/// so drawing is not kept waiting (docs/benchmarks.md W7; nice 10 left W7's gap at
/// 19–34 ms, docs/benchmarks.md). Alone, a lowered thread runs at full speed;
/// on a desktop, where each session or app is its own scheduling group, the
/// value ranks threads within the app, not the app against others.
void lowerThisThreadPriority();

/// The calling thread's nice value (0 where the platform has none).
int thisThreadNice();

}  // namespace kx::core
