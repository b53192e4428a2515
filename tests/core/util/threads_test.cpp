#include "core/util/threads.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>
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

TEST(ParallelChunks, ABodyThatCallsItAgainRunsTheInnerChunksOnItsOwnThread) {
  // The pool is taken by the outer call: the inner one must not wait for it.
  setThreadCount(2);
  std::vector<std::atomic<int>> hits(8 * 5);
  parallelChunks(8, [&](std::size_t outer) {
    parallelChunks(5, [&](std::size_t inner) { hits[outer * 5 + inner].fetch_add(1); });
  });
  for (const auto& h : hits) EXPECT_EQ(h.load(), 1);
  setThreadCount(0);
}

TEST(ParallelChunks, CallersOnSeveralThreadsEachGetEveryChunk) {
  // Jobs of different labs compute at once and share the one pool.
  setThreadCount(2);
  constexpr int kCallers = 4, kRounds = 200, kChunks = 13;
  std::vector<std::atomic<int>> hits(kCallers * kChunks);
  {
    std::vector<std::jthread> callers;
    for (int t = 0; t < kCallers; ++t)
      callers.emplace_back([&, t] {
        for (int r = 0; r < kRounds; ++r)
          parallelChunks(kChunks, [&](std::size_t c) { hits[t * kChunks + c].fetch_add(1); });
      });
  }
  for (const auto& h : hits) EXPECT_EQ(h.load(), kRounds);
  setThreadCount(0);
}

TEST(ComputePriority, LowersOnlyTheCallingThreadAndWhatItStarts) {
  const int suiteNice = computeNice();  // 0 under ctest
  setComputeNice(19);                   // the app's default
  const int before = thisThreadNice();
  ASSERT_LT(before, 19);  // else lowering could not be seen
  int lowered = -1, again = -1, child = -1;
  std::thread([&] {
    lowerThisThreadPriority();
    lowered = thisThreadNice();
    lowerThisThreadPriority();  // idempotent: never lower than computeNice() by repetition
    again = thisThreadNice();
    std::thread([&] { child = thisThreadNice(); }).join();
  }).join();
  EXPECT_EQ(lowered, 19);
  EXPECT_EQ(again, lowered);
  EXPECT_EQ(child, lowered);  // a compute pool started by a lowered thread is lowered too
  EXPECT_EQ(thisThreadNice(), before);
  setComputeNice(suiteNice);
}

TEST(ComputePriority, IsClampedToTheNiceRange) {
  const int suiteNice = computeNice();
  setComputeNice(40);
  EXPECT_EQ(computeNice(), 19);
  setComputeNice(-5);  // never raises a thread above the default priority
  EXPECT_EQ(computeNice(), 0);
  setComputeNice(suiteNice);
}

}  // namespace
}  // namespace kx::core
