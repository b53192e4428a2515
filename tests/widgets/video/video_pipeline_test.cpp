// The export pipeline without a decoder (so TSan runs it): a held frame is
// drawn once, and nothing is ever half written — a cancel, a frame that cannot
// be made, a bad request or a full disk leave no file and keep an older one.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <thread>
#include <vector>

#include "tests/widgets/video/video_test_support.h"
#include "widgets/lab/frame_sequence_export.h"
#include "widgets/video/animation_export.h"

namespace kx::widgets {
namespace {

// A frame sequence goes through the same pipeline: its frames are prepared
// on the worker (a walk's frame is a rebuild from a checkpoint), never on the
// calling GUI thread, and each is written once.
TEST_F(VideoExport, AFrameSequenceIsPreparedOffTheCallingThread) {
  Animation animation = movingSquare(5, false);
  auto threads = std::make_shared<std::vector<std::thread::id>>();
  animation.frameAt = [threads, inner = animation.frameAt](double progress) {
    threads->push_back(std::this_thread::get_id());  // the worker prepares one frame at a time
    return inner(progress);
  };
  ASSERT_TRUE(exportAnimationFrames(path("frames"), animation, QSize(120, 90)));
  ASSERT_EQ(threads->size(), 5u);
  for (const auto id : *threads) EXPECT_NE(id, std::this_thread::get_id());
  EXPECT_EQ(QDir(path("frames")).entryList({"square-*.png"}).size(), 5);
}

TEST_F(VideoExport, AHeldFrameIsPreparedOnceAndAContinuousOneEveryFrame) {
  auto prepared = std::make_shared<std::atomic<int>>(0);
  ASSERT_TRUE(exportVideo(movingSquare(6, false, prepared), path("held.mp4"), {QSize(160, 120), 30, 30}));
  EXPECT_EQ(prepared->load(), 6);  // 30 frames show the 6 recorded ones
  *prepared = 0;
  ASSERT_TRUE(exportVideo(movingSquare(6, true, prepared), path("grown.mp4"), {QSize(160, 120), 30, 30}));
  EXPECT_EQ(prepared->load(), 30);
}

TEST_F(VideoExport, ACancelLeavesNoFileAndKeepsTheOldOne) {
  {
    QFile old(path("keep.mp4"));
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("the old video");
  }
  int calls = 0;
  const auto status = exportVideo(movingSquare(50, true), path("keep.mp4"), {QSize(320, 240), 30, 50},
                                  [&](int done, int total) {
                                    EXPECT_EQ(total, 50);
                                    ++calls;
                                    return done < 5;
                                  });
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("cancelled"), std::string::npos) << status.error();
  EXPECT_GT(calls, 0);
  EXPECT_EQ(leftovers(), QStringList{"keep.mp4"});
  QFile old(path("keep.mp4"));
  ASSERT_TRUE(old.open(QIODevice::ReadOnly));
  EXPECT_EQ(old.readAll(), "the old video");
}


TEST_F(VideoExport, BadRequestsAreClearErrorsThatWriteNothing) {
  const Animation animation = movingSquare(4, false);
  const auto odd = exportVideo(animation, path("odd.mp4"), {QSize(321, 240), 30, 4});
  ASSERT_FALSE(odd);
  EXPECT_NE(odd.error().find("even"), std::string::npos) << odd.error();
  EXPECT_TRUE(exportVideo(animation, path("odd.gif"), {QSize(321, 241), 25, 4}));  // GIF takes odd sides
  const auto suffix = exportVideo(animation, path("a.avi"), {QSize(320, 240), 30, 4});
  ASSERT_FALSE(suffix);
  EXPECT_NE(suffix.error().find(".mp4, .webm or .gif"), std::string::npos) << suffix.error();
  const auto folder = exportVideo(animation, path("no/such/folder/a.mp4"), {QSize(320, 240), 30, 4});
  ASSERT_FALSE(folder);
  EXPECT_NE(folder.error().find("no/such/folder"), std::string::npos) << folder.error();
  EXPECT_FALSE(exportVideo(animation, path("fps.mp4"), {QSize(320, 240), 0, 4}));
  EXPECT_FALSE(exportVideo(Animation{}, path("empty.mp4"), {QSize(320, 240), 30, 4}));
  EXPECT_FALSE(exportVideo(animation, path("huge.mp4"), {QSize(8192, 240), 30, 4}));
  EXPECT_EQ(leftovers(), QStringList{"odd.gif"});
}


TEST_F(VideoExport, AFrameThatCannotBePreparedStopsTheExportWithoutAFile) {
  Animation animation = movingSquare(10, false);
  const auto draw = animation.frameAt;
  animation.frameAt = [draw](double progress) { return progress > 0.5 ? FramePainter() : draw(progress); };
  const auto status = exportVideo(animation, path("broken.mp4"), {QSize(160, 120), 30, 10});
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("cannot prepare frame"), std::string::npos) << status.error();
  EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(' ').toStdString();
}


TEST_F(VideoExport, AFullDiskIsReportedAndLeavesNoPartialFile) {
  // RLIMIT_FSIZE makes write() fail past 4 KiB, as a full disk does (the
  // 60 frames take about 30 KiB).
  rlimit saved{};
  getrlimit(RLIMIT_FSIZE, &saved);
  const auto oldHandler = signal(SIGXFSZ, SIG_IGN);
  rlimit limit = saved;
  limit.rlim_cur = 4 * 1024;
  setrlimit(RLIMIT_FSIZE, &limit);
  const auto status = exportVideo(movingSquare(60, true), path("full.mp4"), {QSize(640, 480), 30, 60});
  setrlimit(RLIMIT_FSIZE, &saved);
  signal(SIGXFSZ, oldHandler);
  ASSERT_FALSE(status);
  EXPECT_TRUE(leftovers().isEmpty()) << leftovers().join(' ').toStdString();
}

}  // namespace
}  // namespace kx::widgets
