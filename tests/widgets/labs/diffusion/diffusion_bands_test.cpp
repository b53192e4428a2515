// The density field fills the whole plot (no blank bands above/below or
// beside it) whatever the plot's aspect: on a square, a tall and a wide
// figure, in exported figures and in the live canvases of the window.
#include <gtest/gtest.h>

#include <QTest>

#include "tests/widgets/gl_test_support.h"
#include "tests/widgets/screenshot_dir.h"
#include "widgets/canvas/figure_export.h"
#include "widgets/canvas/plot_layout.h"
#include "widgets/labs/diffusion/diffusion_lab.h"
#include "widgets/labs/diffusion/diffusion_scene.h"

namespace kx::widgets {
namespace {

/// Pure white pixels in 10-pixel strips along the four edges of the plot
/// area (inset by 2 px for the frame's antialiasing), where blank bands
/// would be: the heatmap's colours (viridis) are never white, and the white
/// particles sit near the modes, far from the edges.
int whiteAlongTheEdges(const QImage& image, const QRectF& plot) {
  int white = 0;
  const QRect inner = plot.toAlignedRect().adjusted(2, 2, -2, -2);
  for (int y = inner.top(); y <= inner.bottom(); ++y)
    for (int x = inner.left(); x <= inner.right(); ++x) {
      const bool edge =
          x < inner.left() + 10 || x > inner.right() - 10 || y < inner.top() + 10 || y > inner.bottom() - 10;
      white += edge && image.pixel(x, y) == qRgb(255, 255, 255);
    }
  return white;
}

TEST(DiffusionBands, FieldFillsThePlotAtEveryAspect) {
  KX_REQUIRE_GL_OR_SKIP();  // the heatmap is drawn by GL, also in exports
  DiffusionLab lab;
  ASSERT_TRUE(lab.setValue("particles", 500));
  ASSERT_TRUE(lab.setValue("tracked", 0));
  ASSERT_TRUE(lab.computeSynchronously().isEmpty());
  ASSERT_TRUE(lab.forward());
  // Square, 1.8 times as tall (the window's narrow canvases), 3 times as
  // tall and 3 times as wide (past the field's factor 2: its edges repeat).
  const core::PlaneRect box = lab.forward()->view;
  for (const QSize size : {QSize(500, 500), QSize(400, 720), QSize(300, 900), QSize(900, 300)}) {
    const QRectF figure(QPointF(0, 0), QSizeF(size));
    const PlotScene scene = fittedToField(*lab.forward(), figure);
    // Equal units on both axes, to the pixel (the plot area is measured
    // with the final view's tick labels; a later relabelling moves it by
    // at most a pixel or two of ~300).
    const QRectF plot = PlotLayout::compute(figure, scene, scene.view).plot;
    EXPECT_NEAR(scene.view.width() / plot.width() / (scene.view.height() / plot.height()), 1.0, 0.01);
    // The whole view box stays visible, and the field covers the view.
    EXPECT_LE(scene.view.xMin, box.xMin + 1e-9);
    EXPECT_GE(scene.view.xMax, box.xMax - 1e-9);
    EXPECT_LE(scene.view.yMin, box.yMin + 1e-9);
    EXPECT_GE(scene.view.yMax, box.yMax - 1e-9);
    const auto& field = scene.heatmaps.front().rect;
    EXPECT_LE(field.xMin, scene.view.xMin);
    EXPECT_GE(field.xMax, scene.view.xMax);
    EXPECT_LE(field.yMin, scene.view.yMin);
    EXPECT_GE(field.yMax, scene.view.yMax);
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
      QPainter painter(&image);
      paintSceneFigure(painter, figure, scene, 1.0);
    }
    EXPECT_EQ(whiteAlongTheEdges(image, plot), 0) << size.width() << "x" << size.height();
    testing::saveScreenshot(image, QString("diffusion-bands-%1x%2.png").arg(size.width()).arg(size.height()));
  }
}

TEST(DiffusionBands, CoveringViewRepeatsTheEdgeCells) {
  // A 2 x 2 field on [0, 2]^2 grown to [-1, 3] x [0, 2]: one column each side.
  HeatmapLayer h;
  h.rect = {0, 2, 0, 2};
  h.nx = h.ny = 2;
  h.values = {1, 2, 3, 4};  // row 0 (bottom): 1 2; row 1: 3 4
  const HeatmapLayer g = coveringView(h, {-0.5, 2.5, 0, 2});
  EXPECT_EQ(g.nx, 4);
  EXPECT_EQ(g.ny, 2);
  EXPECT_EQ(g.rect, (core::PlaneRect{-1, 3, 0, 2}));
  EXPECT_EQ(g.values, (std::vector<float>{1, 1, 2, 2, 3, 3, 4, 4}));
  // A view inside the field leaves it as it is.
  EXPECT_EQ(coveringView(h, {0.5, 1.5, 0.5, 1.5}).values, h.values);
}

}  // namespace
}  // namespace kx::widgets
