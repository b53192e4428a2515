// JobControl (core/job/job_control.h): the pacing a lab's jobs share, its
// frame spacing and its one-shot requests.
#include "core/job/job_control.h"

#include <gtest/gtest.h>


namespace kx::core {
namespace {

using Clock = JobControl::Clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

TEST(JobControl, PacesAChunkToItsUnitsPerSecond) {
  JobControl control;
  control.pace = 100;  // 5 units at 100 per second: 50 ms
  const auto start = Clock::now();
  control.waitOut(start, 5, {});
  EXPECT_GE(secondsSince(start), 0.05);
}

TEST(JobControl, DoesNotWaitWithoutAPaceOrForAChunkThatAlreadyTookItsTime) {
  JobControl control;
  const auto start = Clock::now() - std::chrono::seconds(1);
  control.waitOut(start, 1e6, {});  // pace 0: as fast as the cores go
  control.pace = 10;
  control.waitOut(start, 5, {});  // wanted 0.25 s (capped), 1 s already passed
  EXPECT_LT(secondsSince(start), 60.0);  // returned; a wait of 1e5 s would time the test out
}

TEST(JobControl, NeverWaitsLongerThanItsCapSoPauseStillAnswers) {
  JobControl control;
  control.pace = 1;  // 1,000 units would be 1,000 s
  const auto start = Clock::now();
  control.waitOut(start, 1000, {});
  EXPECT_GE(secondsSince(start), JobControl::kMaxWaitSeconds);
  EXPECT_LT(secondsSince(start), 60.0);
}

TEST(JobControl, ARequestRunsOnceAndFrameSpacingOverridesTheParameter) {
  JobControl control;
  EXPECT_EQ(control.frameSpacing(25), 25);
  control.frameEvery = 1;
  EXPECT_EQ(control.frameSpacing(25), 1);
  control.request = 2;
  EXPECT_EQ(control.takeRequest(), 2);
  EXPECT_EQ(control.takeRequest(), 0);
}

}  // namespace
}  // namespace kx::core
