// Real GL pixels of each layer, rendered offscreen into the plot area alone,
// where the data window maps exactly onto the image.
#include <gtest/gtest.h>

#include <cmath>

#include "tests/widgets/canvas/canvas_test_support.h"
#include "tests/widgets/gl_test_support.h"
#include "widgets/canvas/colormap.h"
#include "widgets/canvas/figure_export.h"
#include "widgets/canvas/offscreen_scene_renderer.h"
#include "widgets/canvas/point_renderer.h"

namespace kx::widgets {
namespace {

using testing::colourDistance;
using testing::isInk;

constexpr core::PlaneRect kView{0, 10, 0, 10};

QImage renderPlot(const PlotScene& scene, QSize size = {200, 200}, int samples = 0) {
  OffscreenSceneRenderer renderer(samples);
  EXPECT_TRUE(renderer.isValid()) << renderer.error().toStdString();
  return renderer.renderPlotArea(scene, scene.view, size, 1.0, true);
}

TEST(SceneRender, HeatmapRampShowsTheColormapEnds) {
  KX_REQUIRE_GL_OR_SKIP();
  for (Colormap map : {Colormap::Viridis, Colormap::Magma, Colormap::Coolwarm}) {
    PlotScene scene;
    scene.view = kView;
    scene.heatmaps.push_back(testing::rampHeatmap(kView, map));
    const QImage image = renderPlot(scene);
    ASSERT_EQ(image.size(), QSize(200, 200));
    for (int y : {5, 100, 195}) {
      EXPECT_LE(colourDistance(image.pixelColor(1, y), colormapColor(map, 0)), 9) << colormapName(map).toStdString();
      EXPECT_LE(colourDistance(image.pixelColor(198, y), colormapColor(map, 1)), 9) << colormapName(map).toStdString();
      EXPECT_LE(colourDistance(image.pixelColor(100, y), colormapColor(map, 0.5)), 12);
    }
  }
}

TEST(SceneRender, HeatmapShadeMultipliesAndRowZeroIsAtTheBottom) {
  KX_REQUIRE_GL_OR_SKIP();
  PlotScene scene;
  scene.view = kView;
  HeatmapLayer h = testing::rampHeatmap(kView, Colormap::Gray);
  h.values.assign(h.values.size(), 1.0f);  // white everywhere...
  h.shade.assign(h.values.size(), 1.0f);
  for (int i = 0; i < h.nx * h.ny / 2; ++i) h.shade[i] = 0.0f;  // ...black in the lower rows
  scene.heatmaps.push_back(h);
  const QImage image = renderPlot(scene);
  EXPECT_LT(qGray(image.pixel(100, 190)), 10);  // bottom of the image = row 0
  EXPECT_GT(qGray(image.pixel(100, 10)), 245);
}

TEST(SceneRender, ArrowsPointingRightHaveMoreInkRightOfTheirAnchors) {
  KX_REQUIRE_GL_OR_SKIP();
  PlotScene scene;
  scene.view = kView;
  ArrowLayer arrows;
  arrows.lengthPx = 20;
  for (int i = 1; i <= 4; ++i)
    for (int j = 1; j <= 4; ++j) {
      arrows.positions.emplace_back(2.0f * i, 2.0f * j);
      arrows.directions.emplace_back(3.0f, 0.0f);
      arrows.values.push_back(0.0f);
    }
  scene.arrows.push_back(arrows);
  const QImage image = renderPlot(scene);
  for (int i = 1; i <= 4; ++i)
    for (int j = 1; j <= 4; ++j) {
      const int ax = 40 * i, ay = 200 - 40 * j;
      // Rows off the shaft (|dy| >= 2) hold only the head.
      int left = 0, right = 0, headLeft = 0, headRight = 0, above = 0;
      for (int dy = -8; dy <= 8; ++dy)
        for (int dx = 1; dx <= 12; ++dx) {
          const bool l = isInk(image.pixel(ax - dx, ay + dy)), r = isInk(image.pixel(ax + dx, ay + dy));
          left += l;
          right += r;
          if (std::abs(dy) >= 2) {
            headLeft += l;
            headRight += r;
          }
          above += dy < -5 && (l || r);
        }
      EXPECT_GT(left, 5) << "the shaft reaches back from the anchor";
      EXPECT_GT(right, left) << "more ink on the right at " << i << "," << j;
      EXPECT_EQ(headLeft, 0);
      EXPECT_GT(headRight, 8) << "the head is on the right";
      EXPECT_EQ(above, 0) << "horizontal arrows are thin";
      EXPECT_LE(colourDistance(image.pixelColor(ax, ay), colormapColor(Colormap::Viridis, 0)), 12);
    }
}

TEST(SceneRender, ArrowDirectionIsNormalisedOnScreen) {
  KX_REQUIRE_GL_OR_SKIP();
  // The window is 10 wide and 1 high: the data direction (1, 0.1) is 45 degrees on a square image.
  PlotScene scene;
  scene.view = {0, 10, 0, 1};
  ArrowLayer arrows;
  arrows.lengthPx = 40;
  arrows.positions = {{5.0f, 0.5f}};
  arrows.directions = {{1.0f, 0.1f}};
  arrows.values = {1.0f};
  scene.arrows.push_back(arrows);
  const QImage image = renderPlot(scene);
  EXPECT_TRUE(isInk(image.pixel(100 + 10, 100 - 10)));  // up-right diagonal
  EXPECT_TRUE(isInk(image.pixel(100 - 10, 100 + 10)));  // down-left diagonal
  EXPECT_FALSE(isInk(image.pixel(100 + 12, 100)));      // not horizontal
  EXPECT_FALSE(isInk(image.pixel(100 + 10, 100 + 10)));
}

TEST(SceneRender, ArrowsWithoutDirectionDrawNothing) {
  KX_REQUIRE_GL_OR_SKIP();
  PlotScene scene;
  scene.view = kView;
  ArrowLayer arrows;
  arrows.positions = {{5.0f, 5.0f}};
  arrows.directions = {{0.0f, 0.0f}};  // an equilibrium: no direction to show
  arrows.values = {0.0f};
  scene.arrows.push_back(arrows);
  const QImage image = renderPlot(scene);
  int ink = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) ink += isInk(image.pixel(x, y));
  EXPECT_EQ(ink, 0);
}

TEST(SceneRender, PointsAppearWhereTheyArePlacedAndNowhereElse) {
  KX_REQUIRE_GL_OR_SKIP();
  PlotScene scene;
  scene.view = kView;
  PointLayer points;
  points.sizePx = 5;
  points.color = QColor(200, 0, 0);
  points.positions = {{1.0f, 1.0f}, {5.0f, 7.5f}, {9.0f, 2.5f}};
  scene.points.push_back(points);
  const QImage image = renderPlot(scene);
  const QPoint expected[] = {{20, 180}, {100, 50}, {180, 150}};
  for (QPoint p : expected) EXPECT_LE(colourDistance(image.pixelColor(p), QColor(200, 0, 0)), 30) << p.x();
  int stray = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      if (!isInk(image.pixel(x, y))) continue;
      bool near = false;
      for (QPoint p : expected) near |= std::hypot(x + 0.5 - p.x(), y + 0.5 - p.y()) < 4.5;
      stray += !near;
    }
  EXPECT_EQ(stray, 0);
}

TEST(SceneRender, LargeCloudsLandWhereThePointsAre) {
  KX_REQUIRE_GL_OR_SKIP();
  // Enough points for the software-rasteriser path (CPU splatting): same placement and colours.
  PlotScene scene;
  scene.view = kView;
  PointLayer points;
  points.sizePx = 3;
  points.colormap = Colormap::Coolwarm;
  const QVector2D centres[] = {{1.0f, 1.0f}, {5.0f, 7.5f}, {9.0f, 2.5f}};
  for (std::size_t i = 0; i < PointRenderer::kSplatMinPoints + 3000; ++i) {
    points.positions.push_back(centres[i % 3]);
    points.values.push_back(i % 3 == 2 ? 1.0f : 0.0f);
  }
  scene.points.push_back(points);
  const QImage image = renderPlot(scene);
  const QPoint expected[] = {{20, 180}, {100, 50}, {180, 150}};
  EXPECT_LE(colourDistance(image.pixelColor(expected[0]), colormapColor(Colormap::Coolwarm, 0)), 15);
  EXPECT_LE(colourDistance(image.pixelColor(expected[2]), colormapColor(Colormap::Coolwarm, 1)), 15);
  int stray = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      if (!isInk(image.pixel(x, y))) continue;
      bool near = false;
      for (QPoint p : expected) near |= std::hypot(x + 0.5 - p.x(), y + 0.5 - p.y()) < 4.0;
      stray += !near;
    }
  EXPECT_EQ(stray, 0);
}

TEST(SceneRender, PointColoursComeFromValues) {
  KX_REQUIRE_GL_OR_SKIP();
  PlotScene scene;
  scene.view = kView;
  PointLayer points;
  points.sizePx = 7;
  points.color = QColor(0, 0, 0, 255);
  points.colormap = Colormap::Coolwarm;
  points.positions = {{2.5f, 5.0f}, {7.5f, 5.0f}};
  points.values = {0.0f, 1.0f};
  scene.points.push_back(points);
  const QImage image = renderPlot(scene);
  EXPECT_LE(colourDistance(image.pixelColor(50, 100), colormapColor(Colormap::Coolwarm, 0)), 15);
  EXPECT_LE(colourDistance(image.pixelColor(150, 100), colormapColor(Colormap::Coolwarm, 1)), 15);
}

int transitionsAlongRow(const QImage& image, int y) {
  int transitions = 0;
  for (int x = 21; x < 180; ++x) transitions += isInk(image.pixel(x, y)) != isInk(image.pixel(x - 1, y));
  return transitions;
}

TEST(SceneRender, DashedLinesHaveGapsAndSolidLinesDoNot) {
  KX_REQUIRE_GL_OR_SKIP();
  PlotScene scene;
  scene.view = kView;
  LineLayer solid;
  solid.widthPx = 2;
  solid.points = {{0.5f, 7.5f}, {4.0f, 7.5f}, {9.5f, 7.5f}};
  LineLayer dashed = solid;
  dashed.dashed = true;
  for (auto& p : dashed.points) p.setY(2.5f);
  LineLayer broken = solid;  // a NaN splits the line
  broken.points = {{0.5f, 5.0f}, {4.0f, 5.0f}, {NAN, NAN}, {6.0f, 5.0f}, {9.5f, 5.0f}};
  scene.lines = {solid, dashed, broken};
  const QImage image = renderPlot(scene);
  EXPECT_TRUE(isInk(image.pixel(100, 50)));
  EXPECT_EQ(transitionsAlongRow(image, 50), 0);
  EXPECT_GE(transitionsAlongRow(image, 150), 10);  // on 8 px, off 6 px: about 11 dashes
  EXPECT_FALSE(isInk(image.pixel(100, 100)));      // the gap of the broken line
  EXPECT_TRUE(isInk(image.pixel(60, 100)));
  EXPECT_TRUE(isInk(image.pixel(140, 100)));
  EXPECT_FALSE(isInk(image.pixel(100, 60)));  // thin: 2 px wide
}

TEST(SceneRender, DataChangesReachTheGpu) {
  KX_REQUIRE_GL_OR_SKIP();
  OffscreenSceneRenderer renderer(0);
  PlotScene scene;
  scene.view = kView;
  PointLayer points;
  points.sizePx = 6;
  points.positions = {{2.0f, 2.0f}};
  scene.points.push_back(points);
  const QImage first = renderer.renderPlotArea(scene, kView, {100, 100}, 1.0, true);
  scene.points[0].positions = {{8.0f, 8.0f}};
  const QImage second = renderer.renderPlotArea(scene, kView, {100, 100}, 1.0, true);
  EXPECT_TRUE(isInk(first.pixel(20, 80)));
  EXPECT_FALSE(isInk(second.pixel(20, 80)));
  EXPECT_TRUE(isInk(second.pixel(80, 20)));
}

TEST(SceneRender, DoubleResolutionExportIsACrispVersionOfTheSingle) {
  KX_REQUIRE_GL_OR_SKIP();
  const PlotScene scene = testing::exampleScene();
  QString error;
  const QImage one = renderSceneImage(scene, {400, 300}, 1.0, &error);
  const QImage two = renderSceneImage(scene, {400, 300}, 2.0, &error);
  ASSERT_FALSE(one.isNull()) << error.toStdString();
  ASSERT_EQ(one.size(), QSize(400, 300));
  ASSERT_EQ(two.size(), QSize(800, 600));
  EXPECT_DOUBLE_EQ(two.devicePixelRatio(), 2.0);
  // Box-downsample the 2x image and compare with the 1x one.
  double total = 0;
  for (int y = 0; y < 300; ++y)
    for (int x = 0; x < 400; ++x) {
      int gray = 0;
      for (int k = 0; k < 4; ++k) gray += qGray(two.pixel(2 * x + k % 2, 2 * y + k / 2));
      total += std::abs(gray / 4.0 - qGray(one.pixel(x, y)));
    }
  EXPECT_LT(total / (400.0 * 300.0), 6.0) << "mean grey difference per pixel";
  // And it is a figure, not a blank page: ink in the plot and in the margins.
  int ink = 0;
  for (int y = 0; y < 300; ++y) ink += testing::isInk(one.pixel(20, y));  // the y axis label and ticks column
  EXPECT_GT(ink, 3);
}

}  // namespace
}  // namespace kx::widgets
