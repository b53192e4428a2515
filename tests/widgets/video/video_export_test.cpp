// Video export (issue 21, part 2): files that an independent decoder (FFmpeg's
// command-line tools) opens with the asked codec, size, rate and frame count,
// whose first and last frames are the animation's, and that never exist half
// written: a cancel, a bad folder or a full disk leave nothing behind.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <atomic>
#include <memory>

#include "tests/widgets/video/video_probe.h"
#include "widgets/video/animation_export.h"
#include "widgets/video/video_encoder.h"

namespace kx::widgets {
namespace {

using kx::testing::decodeFrames;
using kx::testing::probeVideo;
using kx::testing::psnr;

/// A square crossing the frame, a disc and the progress as text: every frame
/// differs from the others in a large area. Counts the frames prepared.
Animation movingSquare(int frames, bool continuous, std::shared_ptr<std::atomic<int>> prepared = nullptr) {
  Animation animation{"square", frames, continuous, {}};
  animation.frameAt = [prepared](double progress) -> FramePainter {
    if (prepared) ++*prepared;
    return [progress](QPainter& painter, const QRectF& rect) {
      painter.fillRect(QRectF(rect.left() + 10 + progress * (rect.width() - 90), 40, 80, 80), QColor(30, 90, 200));
      painter.setBrush(QColor(220, 60, 40));
      painter.drawEllipse(QPointF(rect.center().x(), rect.bottom() - 50), 30, 30);
      painter.setPen(Qt::black);
      painter.drawText(QPointF(10, 20), QString("progress %1").arg(progress, 0, 'f', 3));
    };
  };
  return animation;
}

class VideoExport : public ::testing::Test {
 protected:
  QTemporaryDir dir;
  QString path(const QString& name) const { return dir.filePath(name); }
  /// Files other than the finished video: a partial file left behind.
  QStringList leftovers() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); }
};

struct FormatCase {
  const char* file;
  const char* codec;
  int fps;
  double minPsnr;  ///< dB between a decoded frame and the frame drawn
};

// Lossy H.264 at crf 20 and VP9 at crf 32 keep flat graphics above 30 dB;
// GIF's own palette per frame is near exact. A wrong frame of this animation
// (the square elsewhere) is below 20 dB, so the thresholds tell them apart.
class VideoFormats : public VideoExport, public ::testing::WithParamInterface<FormatCase> {};

TEST_P(VideoFormats, DecodesWithTheAskedStreamAndTheAnimationsFirstAndLastFrames) {
  const FormatCase c = GetParam();
  const Animation animation = movingSquare(6, false);
  VideoSettings settings{QSize(320, 240), c.fps, 24};
  const auto status = exportVideo(animation, path(c.file), settings);
  ASSERT_TRUE(status) << status.error();
  EXPECT_EQ(leftovers(), QStringList{c.file});

  const auto info = probeVideo(path(c.file));
  ASSERT_TRUE(info.error.isEmpty()) << info.error.toStdString();
  EXPECT_EQ(info.codec, c.codec);
  EXPECT_EQ(info.width, 320);
  EXPECT_EQ(info.height, 240);
  EXPECT_EQ(info.frameRate, QString("%1/1").arg(c.fps));
  EXPECT_EQ(info.frames, 24);

  QTemporaryDir scratch;
  const auto frames = decodeFrames(path(c.file), scratch.path());
  ASSERT_EQ(frames.size(), 24u);
  const QImage first = renderFrame(animation.frameAt(0.0), settings.size);
  const QImage last = renderFrame(animation.frameAt(1.0), settings.size);
  EXPECT_GT(psnr(frames.front(), first), c.minPsnr);
  EXPECT_GT(psnr(frames.back(), last), c.minPsnr);
  EXPECT_LT(psnr(frames.front(), last), 20);  // the comparison can fail
}

INSTANTIATE_TEST_SUITE_P(Mp4WebmGif, VideoFormats,
                         ::testing::Values(FormatCase{"a.mp4", "h264", 30, 30}, FormatCase{"a.webm", "vp9", 24, 30},
                                           FormatCase{"a.gif", "gif", 25, 35}),
                         [](const auto& info) { return std::string(info.param.codec); });

TEST_F(VideoExport, AHeldFrameIsPreparedOnceAndAContinuousOneEveryFrame) {
  auto prepared = std::make_shared<std::atomic<int>>(0);
  ASSERT_TRUE(exportVideo(movingSquare(6, false, prepared), path("held.mp4"), {QSize(160, 120), 30, 30}));
  EXPECT_EQ(prepared->load(), 6);  // 30 frames show the 6 recorded ones
  *prepared = 0;
  ASSERT_TRUE(exportVideo(movingSquare(6, true, prepared), path("grown.mp4"), {QSize(160, 120), 30, 30}));
  EXPECT_EQ(prepared->load(), 30);
  EXPECT_EQ(probeVideo(path("held.mp4")).frames, 30);
}

TEST_F(VideoExport, WithoutAFrameCountTheVideoHasTheAnimationsOwn) {
  ASSERT_TRUE(exportVideo(movingSquare(9, false), path("own.webm"), {QSize(160, 120), 24, 0}));
  EXPECT_EQ(probeVideo(path("own.webm")).frames, 9);
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
