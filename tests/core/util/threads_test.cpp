#include "core/util/threads.h"

#include <gtest/gtest.h>

#include <atomic>
#include <vector>

namespace kx::core {
namespace {

TEST(ParallelChunks, RunsEveryChunkExactlyOnceForAnyThreadCount) {
  for (int threads : {1, 2, 3, 8}) {
    setThreadCount(threads);
    std::vector<std::atomic<int>> hits(97);
    parallelChunks(hits.size(), [&](std::size_t c) { hits[c].fetch_add(1); });
    for (const auto& h : hits) EXPECT_EQ(h.load(), 1) << "threads=" << threads;
  }
  setThreadCount(0);
  EXPECT_GE(threadCount(), 1);
}

}  // namespace
}  // namespace kx::core
