// Video export (issue 21, part 2): files that an independent decoder (FFmpeg's
// command-line tools, run as child processes: not under TSan, which cannot
// follow a multi-threaded fork) opens with the asked codec, size, rate and
// frame count, whose first and last frames are the animation's.
#include <gtest/gtest.h>

#include <QTemporaryDir>

#include "tests/widgets/video/video_probe.h"
#include "tests/widgets/video/video_test_support.h"
#include "widgets/video/animation_export.h"

namespace kx::widgets {
namespace {

using kx::testing::decodeFrames;
using kx::testing::probeVideo;
using kx::testing::psnr;

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

TEST_F(VideoExport, WithoutAFrameCountTheVideoHasTheAnimationsOwn) {
  ASSERT_TRUE(exportVideo(movingSquare(9, false), path("own.webm"), {QSize(160, 120), 24, 0}));
  EXPECT_EQ(probeVideo(path("own.webm")).frames, 9);
}

}  // namespace
}  // namespace kx::widgets
