// The worker: frames arrive, superseded jobs are dropped, cancel and restart
// work, and destroying the runner mid-job joins cleanly.
#include "widgets/worker/job_runner.h"

#include <QSignalSpy>
#include <QTest>
#include <atomic>
#include <gtest/gtest.h>
#include <thread>

#include "core/util/threads.h"
#include "widgets/worker/job_worker.h"

namespace kx::widgets {
namespace {

struct CountFrame : core::Frame {
  int input = 0;
  int chunk = 0;
};

// A job that publishes one frame per chunk, tagged with its input, and takes
// `chunkMs` per chunk while polling the cancel token.
class CountingJob : public core::Job {
 public:
  CountingJob(int input, int chunks, int chunkMs, std::atomic<int>* alive = nullptr)
      : m_input(input), m_chunks(chunks), m_chunkMs(chunkMs), m_alive(alive) {
    if (m_alive) ++*m_alive;
  }
  ~CountingJob() override {
    if (m_alive) --*m_alive;
  }
  bool runChunk(const core::CancelToken& cancel) override {
    for (int ms = 0; ms < m_chunkMs; ++ms) {
      if (cancel.cancelled()) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    auto frame = std::make_shared<CountFrame>();
    frame->input = m_input;
    frame->chunk = ++m_done;
    m_frame = frame;
    return m_done < m_chunks;
  }
  std::shared_ptr<const core::Frame> frame() const override { return m_frame; }
  double progress() const override { return double(m_done) / m_chunks; }

 private:
  int m_input, m_chunks, m_chunkMs, m_done = 0;
  std::atomic<int>* m_alive;
  std::shared_ptr<const CountFrame> m_frame;
};

// A job whose one frame carries the nice value of the thread that ran it.
class NiceProbeJob : public core::Job {
 public:
  bool runChunk(const core::CancelToken&) override {
    auto frame = std::make_shared<CountFrame>();
    frame->input = core::thisThreadNice();
    m_frame = frame;
    return false;
  }
  std::shared_ptr<const core::Frame> frame() const override { return m_frame; }
  double progress() const override { return 1; }

 private:
  std::shared_ptr<const CountFrame> m_frame;
};

int inputOf(const FramePtr& frame) { return std::static_pointer_cast<const CountFrame>(frame)->input; }

// A CI failure's race, made deterministic: the worker queued the next chunk
// of job 1 just after the GUI thread had superseded it, so job 2's start
// found a chunk already queued and did not queue another. That chunk must run
// job 2; it used to run the stale job 1, which returned at once, and job 2
// never started (the lab stayed busy for good).
TEST(JobWorker, AJobStartedWhileAChunkIsQueuedRuns) {
  auto latest = std::make_shared<std::atomic<std::uint64_t>>(1);
  JobWorker worker(latest);
  QSignalSpy finished(&worker, &JobWorker::finished);
  worker.startJob(std::make_shared<CountingJob>(1, 3, 0), 1, false);  // queues job 1's chunk
  latest->store(2);                                                    // the GUI supersedes job 1
  worker.startJob(std::make_shared<CountingJob>(2, 2, 0), 2, false);
  ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() > 0; }, 5000));
  EXPECT_EQ(finished.first().at(1).toULongLong(), 2u);
}

TEST(JobRunner, DeliversTheLastFrameAndFinishes) {
  JobRunner runner;
  QSignalSpy frames(&runner, &JobRunner::frameReady);
  QSignalSpy finished(&runner, &JobRunner::finished);
  runner.start(std::make_unique<CountingJob>(7, 5, 2));
  ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 5000));
  ASSERT_GE(frames.count(), 1);
  const auto last = frames.last().at(0).value<FramePtr>();
  EXPECT_EQ(inputOf(last), 7);
  EXPECT_EQ(std::static_pointer_cast<const CountFrame>(last)->chunk, 5);  // the final frame is never coalesced away
  EXPECT_TRUE(finished.last().at(0).toString().isEmpty());
  EXPECT_FALSE(runner.busy());
}

TEST(JobRunner, ComputesAtALowerPriorityThanTheGuiThread) {
  const int suiteNice = core::computeNice();  // 0 under ctest
  core::setComputeNice(19);                   // the app's default
  const int guiNice = core::thisThreadNice();
  ASSERT_LT(guiNice, 19);
  JobRunner runner;
  QSignalSpy frames(&runner, &JobRunner::frameReady);
  runner.start(std::make_unique<NiceProbeJob>());
  ASSERT_TRUE(QTest::qWaitFor([&] { return frames.count() == 1; }, 5000));
  EXPECT_EQ(inputOf(frames.last().at(0).value<FramePtr>()), 19);
  EXPECT_EQ(core::thisThreadNice(), guiNice);  // the GUI thread keeps its priority
  core::setComputeNice(suiteNice);
}

TEST(JobRunner, RapidRestartsShowOnlyTheLatestInputs) {
  JobRunner runner;
  std::vector<int> seen;
  QObject::connect(&runner, &JobRunner::frameReady, [&](const FramePtr& f) { seen.push_back(inputOf(f)); });
  QSignalSpy finished(&runner, &JobRunner::finished);
  for (int input = 1; input <= 50; ++input) runner.start(std::make_unique<CountingJob>(input, 3, 20));
  ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() >= 1; }, 10000));
  QTest::qWait(50);
  ASSERT_FALSE(seen.empty());
  for (int input : seen) EXPECT_EQ(input, 50) << "a frame from superseded inputs was shown";
  EXPECT_EQ(finished.count(), 1);
}

TEST(JobRunner, CancelStopsAndARestartRuns) {
  JobRunner runner;
  QSignalSpy frames(&runner, &JobRunner::frameReady);
  QSignalSpy finished(&runner, &JobRunner::finished);
  runner.start(std::make_unique<CountingJob>(1, 1000, 5));
  QTest::qWait(60);
  runner.cancel();
  EXPECT_FALSE(runner.busy());
  QTest::qWait(60);
  const int afterCancel = frames.count();
  QTest::qWait(100);
  EXPECT_EQ(frames.count(), afterCancel) << "frames kept coming after cancel";
  EXPECT_EQ(finished.count(), 0);
  runner.start(std::make_unique<CountingJob>(2, 3, 1));
  ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 5000));
  EXPECT_EQ(inputOf(frames.last().at(0).value<FramePtr>()), 2);
}

TEST(JobRunner, PausedJobAdvancesOneChunkPerStep) {
  JobRunner runner;
  std::vector<int> chunks;
  QObject::connect(&runner, &JobRunner::frameReady,
                   [&](const FramePtr& f) { chunks.push_back(std::static_pointer_cast<const CountFrame>(f)->chunk); });
  runner.start(std::make_unique<CountingJob>(1, 100, 1), /*paused=*/true);
  QTest::qWait(80);
  EXPECT_TRUE(chunks.empty());
  runner.step();
  ASSERT_TRUE(QTest::qWaitFor([&] { return chunks.size() == 1; }, 2000));
  runner.step();
  ASSERT_TRUE(QTest::qWaitFor([&] { return chunks.size() == 2; }, 2000));
  EXPECT_EQ(chunks, (std::vector<int>{1, 2}));
}

TEST(JobRunner, DestroyingMidJobCancelsJoinsAndFreesTheJob) {
  std::atomic<int> alive{0};
  {
    JobRunner runner;
    runner.start(std::make_unique<CountingJob>(1, 100000, 50, &alive));
    QTest::qWait(30);
    EXPECT_EQ(alive.load(), 1);
  }  // must return promptly: the running chunk polls the cancel token
  EXPECT_EQ(alive.load(), 0);
}

TEST(JobRunner, AnExceptionInAJobBecomesAMessage) {
  struct Throwing : core::Job {
    bool runChunk(const core::CancelToken&) override { throw std::bad_alloc(); }
    std::shared_ptr<const core::Frame> frame() const override { return nullptr; }
  };
  JobRunner runner;
  QSignalSpy finished(&runner, &JobRunner::finished);
  runner.start(std::make_unique<Throwing>());
  ASSERT_TRUE(QTest::qWaitFor([&] { return finished.count() == 1; }, 5000));
  EXPECT_TRUE(finished.last().at(0).toString().contains("failed"));
}

}  // namespace
}  // namespace kx::widgets
