// kexue-lab --screenshot: the real window, with OpenGL and without it.
#include <gtest/gtest.h>

#include <QImage>
#include <QPalette>
#include <QSet>
#include <QTemporaryDir>

#include "tests/app/lab_process.h"
#include "tests/widgets/gl_test_support.h"

namespace {

using kx::testing::runLab;

/// Distinct colours (to 5 bits a channel) in a rectangle of the image.
int colourCount(const QImage& image, const QRect& area) {
  QSet<QRgb> colours;
  for (int y = area.top(); y < area.bottom(); y += 3)
    for (int x = area.left(); x < area.right(); x += 3) colours.insert(image.pixel(x, y) & 0xF8F8F8);
  return int(colours.size());
}

TEST(WindowScreenshot, ShowsTheComputedLabAtTheRequestedSize) {
  KX_REQUIRE_GL_OR_SKIP();
  QTemporaryDir dir;
  const auto run = runLab({"--lab", "competition", "--screenshot", dir.filePath("w.png"), "--size", "1200x800"});
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QImage image(dir.filePath("w.png"));
  ASSERT_EQ(image.size(), QSize(1200, 800));
  // The phase plane's colour field fills the middle of the window.
  EXPECT_GT(colourCount(image, QRect(350, 150, 400, 250)), 100);
}

TEST(WindowScreenshot, WithoutOpenGlTheAppRunsAndSaysSo) {
  // Qt's offscreen platform cannot create GL windows (docs/architecture.md,
  // "OpenGL and headless runs"); a QOpenGLWidget there used to crash the
  // whole window.
  QTemporaryDir dir;
  auto env = QProcessEnvironment::systemEnvironment();
  env.insert("QT_QPA_PLATFORM", "offscreen");
  const auto run = runLab({"--lab", "competition", "--screenshot", dir.filePath("w.png"), "--size", "1200x800"}, env);
  ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
  const QImage image(dir.filePath("w.png"));
  ASSERT_FALSE(image.isNull());
  // The notice (on the palette's tooltip colour, the same default palette in
  // both processes) spans the top of the central area.
  const QRgb noticeColour = QPalette().color(QPalette::ToolTipBase).rgb() & 0xFFFFFF;
  int noticePixels = 0;
  for (int y = 0; y < 150; ++y)
    for (int x = 0; x < image.width(); x += 4) noticePixels += (image.pixel(x, y) & 0xFFFFFF) == noticeColour;
  EXPECT_GT(noticePixels, 1000);
}

}  // namespace
