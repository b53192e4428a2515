#pragma once
// The number of threads the core may use, and a fork-join loop over chunks.
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
/// threads. Each chunk runs exactly once; the call returns when all are done.
void parallelChunks(std::size_t chunks, const std::function<void(std::size_t)>& body);

}  // namespace kx::core
