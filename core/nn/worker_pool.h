#pragma once
// Persistent threads for the data-parallel pieces of a training step (the
// column blocks of a matrix product). A step of a small network runs a dozen
// products of well under a millisecond each; starting threads for each one
// (parallelChunks costs 20-50 us per call here) would eat the gain, so these
// threads stay alive, spin briefly between calls and then sleep on a futex
// (std::atomic::wait): a busy machine is not kept busier by idle workers.
#include <cstddef>
#include <functional>

namespace kx::core::nn {

/// Calls body(chunk) for chunk in [0, chunks) on threadCount() threads (the
/// caller is one of them) and returns when all are done. Like parallelChunks,
/// which thread runs a chunk never changes what it computes. If another thread
/// is already using the workers, the chunks run on the caller, in order.
void runChunks(std::size_t chunks, const std::function<void(std::size_t)>& body);

}  // namespace kx::core::nn
