// Each lab's animation as a video: computed headless (as --export does), the
// video's first and last decoded frames are the figures drawn for the first
// and last steps, and every distinct step was drawn.
#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <cstdlib>
#include <utility>

#include "tests/widgets/gl_test_support.h"
#include "tests/widgets/video/video_probe.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/video/animation_export.h"

namespace kx::widgets {
namespace {

using kx::testing::decodeFrames;
using kx::testing::probeVideo;
using kx::testing::psnr;

/// Mean absolute error of `decoded` against `own` and against `other` over
/// the pixels where those two differ clearly (by more than 96 summed over
/// the channels, well above the codec's error).
std::pair<double, double> errorsWhereTheyDiffer(const QImage& decoded, const QImage& own, const QImage& other) {
  const auto distance = [](QRgb a, QRgb b) {
    return std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
  };
  double toOwn = 0, toOther = 0;
  int pixels = 0;
  for (int y = 0; y < own.height(); ++y)
    for (int x = 0; x < own.width(); ++x) {
      if (distance(own.pixel(x, y), other.pixel(x, y)) <= 96) continue;
      toOwn += distance(decoded.pixel(x, y), own.pixel(x, y));
      toOther += distance(decoded.pixel(x, y), other.pixel(x, y));
      ++pixels;
    }
  EXPECT_GT(pixels, 200) << "the first and last figures barely differ";
  return {toOwn / std::max(1, pixels), toOther / std::max(1, pixels)};
}

struct LabCase {
  const char* lab;
  std::vector<std::pair<const char*, double>> values;
  int minFrames;  ///< the animation has at least these
};

class LabAnimation : public ::testing::TestWithParam<LabCase> {};

TEST_P(LabAnimation, ItsVideoStartsAndEndsOnTheFramesDrawnForThoseSteps) {
  KX_REQUIRE_GL_OR_SKIP();
  const LabCase c = GetParam();
  auto lab = createLab(c.lab);
  ASSERT_TRUE(lab);
  EXPECT_FALSE(lab->animation());  // nothing computed yet: a message, not an empty video
  for (const auto& [key, value] : c.values) ASSERT_TRUE(lab->setValue(key, value)) << key;
  ASSERT_TRUE(lab->computeSynchronously(Lab::FramesShown::Every).isEmpty());
  const auto animation = lab->animation();
  ASSERT_TRUE(animation) << animation.error();
  EXPECT_GE(animation->frames, c.minFrames);

  QTemporaryDir dir;
  const QString file = dir.filePath("lab.mp4");
  const VideoSettings settings{QSize(480, 320), 30, 40};
  const auto status = exportVideo(*animation, file, settings);
  ASSERT_TRUE(status) << status.error();
  const auto info = probeVideo(file);
  EXPECT_EQ(info.frames, 40) << info.error.toStdString();
  const auto frames = decodeFrames(file, dir.path());
  ASSERT_EQ(frames.size(), 40u);
  const QImage first = renderFrame(animation->frameAt(0.0), settings.size);
  const QImage last = renderFrame(animation->frameAt(1.0), settings.size);
  // H.264 at crf 20 on a figure: above 28 dB (a noisy flow texture costs a
  // few dB). Where the first and last figures differ (particles moved,
  // trajectories grew), each decoded frame is its own figure, not the other.
  EXPECT_GT(psnr(frames.front(), first), 28);
  EXPECT_GT(psnr(frames.back(), last), 28);
  const auto [firstOwn, firstOther] = errorsWhereTheyDiffer(frames.front(), first, last);
  EXPECT_LT(firstOwn, 0.5 * firstOther);
  const auto [lastOwn, lastOther] = errorsWhereTheyDiffer(frames.back(), last, first);
  EXPECT_LT(lastOwn, 0.5 * lastOther);
}

INSTANTIATE_TEST_SUITE_P(
    Labs, LabAnimation,
    ::testing::Values(LabCase{"competition", {}, 100},
                      LabCase{"diffusion", {{"particles", 2000}, {"steps", 12}}, 13},
                      LabCase{"walk", {{"walkers", 2000}, {"steps", 60}}, 61}),
    [](const auto& info) { return std::string(info.param.lab); });

}  // namespace
}  // namespace kx::widgets
