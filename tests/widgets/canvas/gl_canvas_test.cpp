// The canvas in a real window: what the window shows (grabbed,
// docs/architecture.md, "OpenGL and headless runs"), and pan, zoom, click
// and reset through real mouse events.
#include "widgets/canvas/gl_canvas.h"

#include <gtest/gtest.h>

#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include "tests/widgets/canvas/canvas_test_support.h"
#include "tests/widgets/gl_test_support.h"
#include "widgets/canvas/colormap.h"

namespace kx::widgets {
namespace {

using testing::colourDistance;

// Every test runs on both canvas surfaces: the QOpenGLWidget (GPUs) and the
// offscreen image (software rasterisers); KX_CANVAS chooses (gl_canvas.h).
class GlCanvasTest : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    KX_REQUIRE_GL_OR_SKIP();
    qputenv("KX_CANVAS", GetParam());
    m_window = std::make_unique<QWidget>();
    auto* layout = new QVBoxLayout(m_window.get());
    layout->setContentsMargins(0, 0, 0, 0);
    m_canvas = new GlCanvas(m_window.get());
    layout->addWidget(m_canvas);
    m_window->resize(500, 400);
    m_window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    ASSERT_TRUE(m_canvas->glError().isEmpty()) << m_canvas->glError().toStdString();
    auto* surface = m_canvas->findChild<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
    ASSERT_TRUE(surface && surface->inherits("QOpenGLWidget") == (std::string(GetParam()) == "gl"));
  }
  void TearDown() override { qunsetenv("KX_CANVAS"); }

  /// A scene that fills the view with the top colour of viridis.
  std::shared_ptr<PlotScene> flatScene(core::PlaneRect view) {
    auto scene = std::make_shared<PlotScene>();
    scene->view = view;
    scene->xLabel = "x";
    scene->yLabel = "y";
    HeatmapLayer h;
    h.rect = {-1000, 1000, -1000, 1000};
    h.nx = h.ny = 2;
    h.values.assign(4, 1.0f);
    scene->heatmaps.push_back(h);
    return scene;
  }

  QPoint plotPoint(double fx, double fy) const {
    const QRectF r = m_canvas->plotRect();
    return QPointF(r.left() + fx * r.width(), r.top() + fy * r.height()).toPoint();
  }

  std::unique_ptr<QWidget> m_window;
  GlCanvas* m_canvas = nullptr;
};

TEST_P(GlCanvasTest, TheWindowShowsTheScene) {
  m_canvas->setScene(flatScene({0, 10, 0, 10}));
  const QColor top = colormapColor(Colormap::Viridis, 1);
  QImage grab;
  // Repaints are coalesced on a timer: wait until the window shows the scene.
  const bool shown = QTest::qWaitFor([&] {
    grab = m_window->grab().toImage();
    return colourDistance(grab.pixelColor(m_canvas->mapTo(m_window.get(), plotPoint(0.5, 0.5))), top) < 12;
  });
  EXPECT_TRUE(shown);
  EXPECT_EQ(grab.pixelColor(m_canvas->mapTo(m_window.get(), QPoint(2, 2))), QColor(Qt::white));
  // Tick labels are drawn left of the plot area.
  int ink = 0;
  const int x0 = static_cast<int>(m_canvas->plotRect().left()) - 30;
  for (int y = 0; y < m_canvas->height(); ++y)
    for (int x = x0; x < x0 + 20; ++x) ink += testing::isInk(grab.pixel(m_canvas->mapTo(m_window.get(), QPoint(x, y))));
  EXPECT_GT(ink, 20);
}

TEST_P(GlCanvasTest, MovingToAnotherWindowRebuildsTheGlResources) {
  // A new top-level window means a new context: the old one's objects are freed
  // on aboutToBeDestroyed, new ones made in initializeGL, freed once at the end.
  m_canvas->setScene(flatScene({0, 10, 0, 10}));
  const QColor top = colormapColor(Colormap::Viridis, 1);
  auto shows = [&](QWidget* window) {
    return QTest::qWaitFor([&] {
      const QImage grab = window->grab().toImage();
      return colourDistance(grab.pixelColor(m_canvas->mapTo(window, plotPoint(0.5, 0.5))), top) < 12;
    });
  };
  ASSERT_TRUE(shows(m_window.get()));
  QWidget other;
  auto* layout = new QVBoxLayout(&other);
  layout->addWidget(m_canvas);
  other.resize(400, 300);
  other.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&other));
  EXPECT_TRUE(shows(&other));
  EXPECT_TRUE(m_canvas->glError().isEmpty());
  delete m_canvas;  // while its window is alive
  m_canvas = nullptr;
}

TEST_P(GlCanvasTest, DraggingPansAndEmitsViewChanged) {
  m_canvas->setScene(flatScene({0, 10, 0, 10}));
  QSignalSpy views(m_canvas, &GlCanvas::viewChanged);
  QSignalSpy clicks(m_canvas, &GlCanvas::clicked);
  const QRectF plot = m_canvas->plotRect();
  const QPoint start = plotPoint(0.5, 0.5);
  QTest::mousePress(m_canvas, Qt::LeftButton, {}, start);
  QTest::mouseMove(m_canvas, start + QPoint(20, 0));
  QTest::mouseMove(m_canvas, start + QPoint(50, -30));
  QTest::mouseRelease(m_canvas, Qt::LeftButton, {}, start + QPoint(50, -30));
  const double dx = 50.0 / plot.width() * 10, dy = 30.0 / plot.height() * 10;
  EXPECT_NEAR(m_canvas->view().xMin, -dx, 1e-9);
  EXPECT_NEAR(m_canvas->view().xMax, 10 - dx, 1e-9);
  EXPECT_NEAR(m_canvas->view().yMin, -dy, 1e-9);  // dragging up moves the window down
  ASSERT_GE(views.count(), 1);
  EXPECT_EQ(views.last().at(0).value<core::PlaneRect>(), m_canvas->view());
  EXPECT_EQ(clicks.count(), 0);

  // The lab answers with a scene for the panned window: the view stays.
  const core::PlaneRect panned = m_canvas->view();
  m_canvas->setScene(flatScene(panned));
  EXPECT_EQ(m_canvas->view(), panned);
  // Double-click goes back to where the lab placed the view.
  QTest::mouseDClick(m_canvas, Qt::LeftButton, {}, start);
  EXPECT_EQ(m_canvas->view(), (core::PlaneRect{0, 10, 0, 10}));
}

TEST_P(GlCanvasTest, WheelZoomsAroundTheCursor) {
  m_canvas->setScene(flatScene({0, 10, 0, 10}));
  QSignalSpy views(m_canvas, &GlCanvas::viewChanged);
  const QPoint at = plotPoint(0.25, 0.75);  // data (2.5, 2.5)
  QWheelEvent wheel(at, m_canvas->mapToGlobal(at), {}, {0, 120}, Qt::NoButton, {}, Qt::NoScrollPhase, false);
  QApplication::sendEvent(m_canvas, &wheel);
  const core::PlaneRect v = m_canvas->view();
  EXPECT_LT(v.width(), 10.0);  // forward turn zooms in
  EXPECT_NEAR(v.width(), v.height(), 1e-9);
  // The point under the cursor stays: it divides the window in the same proportions.
  EXPECT_NEAR((2.5 - v.xMin) / v.width(), 0.25, 0.01);
  EXPECT_NEAR((2.5 - v.yMin) / v.height(), 0.25, 0.01);
  EXPECT_EQ(views.count(), 1);
}

TEST_P(GlCanvasTest, AShortPressIsAClickInDataCoordinates) {
  m_canvas->setScene(flatScene({0, 10, 0, 10}));
  QSignalSpy clicks(m_canvas, &GlCanvas::clicked);
  QSignalSpy views(m_canvas, &GlCanvas::viewChanged);
  const QPoint at = plotPoint(0.75, 0.25);  // data (7.5, 7.5)
  QTest::mousePress(m_canvas, Qt::LeftButton, Qt::ShiftModifier, at);
  QTest::mouseMove(m_canvas, at + QPoint(2, 1));  // within the click slop
  QTest::mouseRelease(m_canvas, Qt::LeftButton, Qt::ShiftModifier, at + QPoint(2, 1));
  ASSERT_EQ(clicks.count(), 1);
  const QPointF data = clicks.at(0).at(0).toPointF();
  const QRectF plot = m_canvas->plotRect();
  EXPECT_NEAR(data.x(), 7.5 + 2 * 10 / plot.width(), 0.05);
  EXPECT_NEAR(data.y(), 7.5 - 1 * 10 / plot.height(), 0.05);
  EXPECT_EQ(clicks.at(0).at(1).value<Qt::MouseButton>(), Qt::LeftButton);
  EXPECT_EQ(clicks.at(0).at(2).value<Qt::KeyboardModifiers>(), Qt::ShiftModifier);
  EXPECT_EQ(views.count(), 0);
  EXPECT_EQ(m_canvas->view(), (core::PlaneRect{0, 10, 0, 10}));
}

TEST_P(GlCanvasTest, HoveringReportsTheDataPosition) {
  m_canvas->setScene(flatScene({0, 10, 0, 10}));
  QSignalSpy hovers(m_canvas, &GlCanvas::hovered);
  // A plain move event: QTest::mouseMove without buttons goes through the X cursor.
  const QPointF at = plotPoint(0.5, 0.5);
  QMouseEvent move(QEvent::MouseMove, at, m_canvas->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
  QApplication::sendEvent(m_canvas, &move);
  ASSERT_EQ(hovers.count(), 1);
  const QPointF data = hovers.last().at(0).toPointF();
  EXPECT_NEAR(data.x(), 5.0, 0.05);
  EXPECT_NEAR(data.y(), 5.0, 0.05);
}

TEST_P(GlCanvasTest, ANewViewFromTheLabIsAdopted) {
  m_canvas->setScene(flatScene({0, 10, 0, 10}));
  m_canvas->setScene(flatScene({-5, 5, 0, 1}));
  EXPECT_EQ(m_canvas->view(), (core::PlaneRect{-5, 5, 0, 1}));
}

INSTANTIATE_TEST_SUITE_P(Surfaces, GlCanvasTest, ::testing::Values("gl", "image"));

}  // namespace
}  // namespace kx::widgets
