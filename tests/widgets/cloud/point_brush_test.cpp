// The point brush over a canvas (widgets/cloud/point_brush.h): with Draw on a
// drag sprays points inside the brush at the chosen density and leaves the
// view alone and shows the stroke while it is drawn; a click leaves one
// point; with Draw off a drag pans again. KX_SCREENSHOT_DIR saves point-brush.png.
#include "widgets/cloud/point_brush.h"

#include <gtest/gtest.h>

#include <QVBoxLayout>

#include "tests/widgets/cloud_test_support.h"
#include "tests/widgets/screenshot_dir.h"
#include "widgets/cloud/point_cloud_bar.h"

namespace kx::widgets {
namespace {

using testing::drawStroke;
using testing::expectedCount;
using testing::farthestFrom;

TEST(PointBrush, DrawSpraysInsideTheBrushAndOffPans) {
  QWidget window;
  auto* canvas = new GlCanvas(&window);
  auto* bar = new PointCloudBar(canvas, &window);
  auto* layout = new QVBoxLayout(&window);
  layout->addWidget(bar);
  layout->addWidget(canvas, 1);
  window.resize(600, 600);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  PlotScene scene;
  scene.view = {-2, 2, -2, 2};
  canvas->setScene(std::make_shared<const PlotScene>(scene));
  std::vector<core::mixture::Points> strokes;
  QObject::connect(bar, &PointCloudBar::stroke, [&](const core::mixture::Points& p) { strokes.push_back(p); });

  EXPECT_FALSE(bar->brush()->isVisible());
  bar->sizeBox()->setValue(0.3);
  bar->densityBox()->setValue(20);
  EXPECT_EQ(bar->brush()->radius(), 0.3);
  EXPECT_EQ(bar->brush()->density(), 20);

  const auto s = drawStroke(*bar, *canvas, {0.2, 0.3}, {0.8, 0.6});
  EXPECT_TRUE(bar->brush()->isVisible());
  ASSERT_EQ(strokes.size(), 1u);
  EXPECT_GT((s.to - s.from).norm(), 2.0);  // the path really crossed the plot
  EXPECT_NEAR(double(strokes[0].rows()), expectedCount(s, 20), 1.0);
  EXPECT_LE(farthestFrom(s, strokes[0]), 0.3 + 1e-3);
  EXPECT_EQ(canvas->view(), scene.view);  // drawing does not pan

  // A click leaves one point within the brush of where it was.
  const auto dab = drawStroke(*bar, *canvas, {0.5, 0.5}, {0.5, 0.5}, 0);
  ASSERT_EQ(strokes.size(), 2u);
  ASSERT_EQ(strokes[1].rows(), 1);
  EXPECT_LE(farthestFrom(dab, strokes[1]), 0.3 + 1e-3);

  // Mid-stroke the layer shows the points sprayed so far (dark dots on the
  // empty white plot) and the brush's disc, over the canvas's GL surface.
  const QRectF plotArea = canvas->plotRect();
  const QPoint a = plotArea.center().toPoint() - QPoint(80, 0);
  QTest::mousePress(bar->brush(), Qt::LeftButton, {}, a);
  for (int k = 1; k <= 4; ++k) QTest::mouseMove(bar->brush(), a + QPoint(40 * k, 0));
  const QImage shown = canvas->grab().toImage();
  testing::saveScreenshot(shown, "point-brush.png");
  int dark = 0;
  const QRect inside = plotArea.toRect().adjusted(4, 4, -4, -4);  // not the frame's lines
  for (int y = inside.top(); y <= inside.bottom(); ++y)
    for (int x = inside.left(); x <= inside.right(); ++x) dark += qGray(shown.pixel(x, y)) < 80;
  EXPECT_GT(dark, 20);
  QTest::mouseRelease(bar->brush(), Qt::LeftButton, {}, a + QPoint(160, 0));
  ASSERT_EQ(strokes.size(), 3u);

  // Draw off: the brush hides and the same drag pans the canvas.
  bar->drawButton()->click();
  EXPECT_FALSE(bar->brush()->isVisible());
  const QRectF plot = canvas->plotRect();
  const QPoint start = plot.center().toPoint();
  QTest::mousePress(canvas, Qt::LeftButton, {}, start);
  QTest::mouseMove(canvas, start + QPoint(60, 0));
  QTest::mouseRelease(canvas, Qt::LeftButton, {}, start + QPoint(60, 0));
  EXPECT_NE(canvas->view(), scene.view);
  EXPECT_EQ(strokes.size(), 3u);
}

}  // namespace
}  // namespace kx::widgets
