// The walk lab in the main window: the view shows a real picture and the
// charts (1D and 2D), the scrub slider shows an earlier step, and closing
// while the walk computes is clean. KX_SCREENSHOT_DIR saves
// walk-window.png, walk-2d.png, walk-characteristic.png, walk-bernoulli.png and
// walk-path-integral.png.
#include <gtest/gtest.h>

#include <QApplication>
#include <QChartView>
#include <QSet>
#include <cmath>

#include "tests/widgets/gl_test_support.h"
#include "tests/widgets/labs/walk/walk_test_support.h"
#include "tests/widgets/screenshot_dir.h"
#include "widgets/canvas/gl_canvas.h"
#include "widgets/labs/walk/walk_view.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

using walktest::runToEnd;

/// Distinct colours (4 bits a channel) in `area` of `image`, every 3 pixels.
int colourCount(const QImage& image, const QRect& area) {
  QSet<QRgb> colours;
  for (int y = area.top(); y < area.bottom(); y += 3)
    for (int x = area.left(); x < area.right(); x += 3) colours.insert(image.pixel(x, y) & 0xF0F0F0);
  return colours.size();
}

/// Dark pixels (the walkers, paths and curves) in `area`, every 2 pixels.
int darkPixels(const QImage& image, const QRect& area) {
  int dark = 0;
  for (int y = area.top(); y < area.bottom(); y += 2)
    for (int x = area.left(); x < area.right(); x += 2) dark += qGray(image.pixel(x, y)) < 160;
  return dark;
}

using testing::saveScreenshot;

struct WalkWindow {
  MainWindow window;
  WalkLab* lab = nullptr;
  WalkView* view = nullptr;

  bool open() {
    if (!window.selectLab("walk")) return false;
    lab = qobject_cast<WalkLab*>(window.currentLab());
    view = window.findChild<WalkView*>();
    window.resize(1280, 800);
    window.show();
    return lab && view && QTest::qWaitForWindowExposed(&window);
  }
  QRect areaOf(QWidget* w) const { return QRect(w->mapTo(&window, QPoint(0, 0)), w->size()); }
};

TEST(WalkWindow, OpeningShowsTheStartAndWaitsForRun) {
  KX_REQUIRE_GL_OR_SKIP();
  WalkWindow w;
  ASSERT_TRUE(w.open());
  ASSERT_TRUE(QTest::qWaitFor([&] { return w.lab->frame() != nullptr; }, 5000));
  QTest::qWait(300);
  saveScreenshot(w.window.grab().toImage(), "walk-start.png");
  EXPECT_EQ(w.lab->frame()->step, 0);
  EXPECT_FALSE(w.lab->running());
  EXPECT_TRUE(w.lab->scene()->title.contains("step 0 of 1000"));
  EXPECT_TRUE(w.lab->charts().histogram()->title().contains("press Run"));
}

TEST(WalkWindow, OneDimensionalWalkShowsPointsPathsAndCharts) {
  KX_REQUIRE_GL_OR_SKIP();
  WalkWindow w;
  ASSERT_TRUE(w.open());
  ASSERT_TRUE(runToEnd(*w.lab));
  QTest::qWait(400);
  const QImage image = w.window.grab().toImage();
  saveScreenshot(image, "walk-window.png");
  // The canvas holds coloured paths over the envelopes and the cloud.
  EXPECT_GT(colourCount(image, w.areaOf(w.view->canvas())), 30);
  for (auto* chart : w.view->findChildren<QChartView*>()) {
    if (!chart->isVisible()) continue;
    EXPECT_GT(darkPixels(image, w.areaOf(chart)), 200) << chart->chart()->title().toStdString();
  }
  EXPECT_EQ(w.view->scrubSlider()->maximum(), 1000);
  EXPECT_EQ(w.view->scrubSlider()->value(), 1000);
}

TEST(WalkWindow, TheSliderScrubsToAnEarlierStep) {
  KX_REQUIRE_GL_OR_SKIP();
  WalkWindow w;
  ASSERT_TRUE(w.open());
  ASSERT_TRUE(w.lab->setValue("walkers", 2000));
  ASSERT_TRUE(runToEnd(*w.lab));
  w.view->scrubSlider()->setValue(250);
  ASSERT_TRUE(QTest::qWaitFor([&] { return w.lab->frame()->step == 250; }, 10000));
  EXPECT_TRUE(w.lab->showingScrubbed());
  EXPECT_TRUE(w.lab->scene()->title.contains("step 250 of 1000"));
  EXPECT_EQ(w.view->scrubSlider()->maximum(), 1000);
  // The speed control sets the animation's pace (steps per second; 0: unpaced).
  w.view->speedBox()->setCurrentIndex(0);
  EXPECT_EQ(w.lab->speed(), 10.0);
  w.view->speedBox()->setCurrentIndex(w.view->speedBox()->count() - 1);
  EXPECT_EQ(w.lab->speed(), 0.0);
}

TEST(WalkWindow, TwoDimensionalWalkShowsThePlaneAndTheHeatKernel) {
  KX_REQUIRE_GL_OR_SKIP();
  WalkWindow w;
  ASSERT_TRUE(w.open());
  auto values = w.lab->values();
  values["kind"] = 4;  // lattice2d
  values["walkers"] = 20000;
  ASSERT_TRUE(w.lab->setValues(values, "2D"));
  ASSERT_TRUE(runToEnd(*w.lab));
  QTest::qWait(400);
  const QImage image = w.window.grab().toImage();
  saveScreenshot(image, "walk-2d.png");
  EXPECT_GT(colourCount(image, w.areaOf(w.view->canvas())), 10);
  // The density and heat-kernel panels are colour-mapped fields.
  auto* density = w.view->findChild<QWidget*>("walkDensityPair");
  ASSERT_NE(density, nullptr);
  ASSERT_TRUE(density->isVisible());
  EXPECT_GT(colourCount(image, w.areaOf(density)), 40);
  const auto& s = w.lab->frame()->summary2D;
  // Every walker is counted in the 64 x 64 grid or has left it.
  EXPECT_LE(s.density.sum(), 20000);
  EXPECT_GT(s.density.sum(), 0.99 * 20000);
}

TEST(WalkWindow, DerivationPagesShowTheCharacteristicFunctionAndBernoulliProducts) {
  // docs/math.md §2.6, §2.9: the characteristic function of the walkers on
  // top of cosⁿω with the coefficient table; the Bernoulli page follows its
  // ω slider; exports follow the page shown.
  KX_REQUIRE_GL_OR_SKIP();
  WalkWindow w;
  ASSERT_TRUE(w.open());
  ASSERT_TRUE(w.lab->setValue("walkers", 20000));
  ASSERT_TRUE(w.lab->setValue("steps", 10));
  ASSERT_TRUE(runToEnd(*w.lab));
  w.view->pages()->setCurrentIndex(1);
  QTest::qWait(400);
  QImage image = w.window.grab().toImage();
  saveScreenshot(image, "walk-characteristic.png");
  const auto& d = w.lab->derivation();
  ASSERT_GT(d.exactSeries()->count(), 50);
  EXPECT_EQ(d.walkersSeries()->count(), d.exactSeries()->count());
  // The exact curve is cos^10 ω.
  const QPointF last = d.exactSeries()->at(d.exactSeries()->count() - 1);
  EXPECT_NEAR(last.y(), std::pow(std::cos(last.x()), 10), 1e-6);
  EXPECT_TRUE(d.coefficientTable().contains("0.205078125")) << d.coefficientTable().toStdString();
  for (auto* chart : w.view->findChildren<QChartView*>())
    if (chart->isVisible()) {
      EXPECT_GT(darkPixels(image, w.areaOf(chart)), 200) << chart->chart()->title().toStdString();
    }
  EXPECT_TRUE(w.lab->csvData().startsWith("omega,exact,gaussian_limit,walkers"));

  w.view->pages()->setCurrentIndex(2);
  w.view->modesBox()->setValue(50);
  w.view->omegaSlider()->setValue(150);  // ω = 1.5
  QTest::qWait(400);
  image = w.window.grab().toImage();
  saveScreenshot(image, "walk-bernoulli.png");
  EXPECT_EQ(d.bernoulli().omega, 1.5);
  EXPECT_EQ(d.sinhPartialSeries()->count(), 50);
  EXPECT_TRUE(d.sums()->title().contains("ω = 1.5"));
  for (auto* chart : w.view->findChildren<QChartView*>())
    if (chart->isVisible()) {
      EXPECT_GT(darkPixels(image, w.areaOf(chart)), 200) << chart->chart()->title().toStdString();
    }
  const QString csv = w.lab->csvData();
  EXPECT_TRUE(csv.startsWith("modes,sinh_partial_product"));
  EXPECT_EQ(csv.split("\n\n").size(), 2);
  w.view->pages()->setCurrentIndex(0);
  EXPECT_TRUE(w.lab->csvData().startsWith("centre,count,"));
}

TEST(WalkWindow, ThePathIntegralPageShowsTheKernelsConvergingToMehlersKernel) {
  // docs/math.md §2.8: with the potential ω the composed kernels approach
  // Mehler's kernel at second order; the page plots the error against the
  // number of kernels on log–log axes, and its exports follow it.
  KX_REQUIRE_GL_OR_SKIP();
  WalkWindow w;
  ASSERT_TRUE(w.open());
  ASSERT_TRUE(w.lab->setValues({{"kind", 1}, {"walkers", 20000}, {"steps", 100}, {"potential", 0.05}}, "potential"));
  ASSERT_TRUE(runToEnd(*w.lab));
  EXPECT_EQ(w.lab->charts().closedFormSeries()->name(), "Mehler's kernel");
  w.view->pages()->setCurrentIndex(3);
  EXPECT_EQ(w.lab->page(), WalkLab::Page::PathIntegral);
  QTest::qWait(400);
  const QImage image = w.window.grab().toImage();
  saveScreenshot(image, "walk-path-integral.png");
  const auto& c = w.lab->convergence();
  EXPECT_EQ(c.errorSeries()->count(), 6);  // 1, 2, 4, …, 32 kernels
  EXPECT_NEAR(c.order(), 2.0, 0.25);
  EXPECT_TRUE(c.chart()->title().contains("Mehler")) << c.chart()->title().toStdString();
  for (auto* chart : w.view->findChildren<QChartView*>())
    if (chart->isVisible()) {
      EXPECT_GT(darkPixels(image, w.areaOf(chart)), 200) << chart->chart()->title().toStdString();
    }
  EXPECT_TRUE(w.lab->csvData().startsWith("x,closed_form,kernels_1,"));
  w.view->pages()->setCurrentIndex(0);
}

TEST(WalkWindow, PlayingShowsTheWalkUnfolding) {
  KX_REQUIRE_GL_OR_SKIP();
  WalkWindow w;
  ASSERT_TRUE(w.open());
  ASSERT_EQ(w.lab->speed(), 100.0);  // the view's default pace
  w.lab->run();
  ASSERT_TRUE(QTest::qWaitFor([&] { return w.lab->frame() && w.lab->frame()->step >= 300; }, 60000));
  w.lab->pause();
  QTest::qWait(300);
  const auto f = w.lab->frame();
  // The slider spans the whole walk, its handle at the shown step; asking
  // for a step not yet computed shows the last computed one.
  EXPECT_EQ(w.view->scrubSlider()->maximum(), 1000);
  EXPECT_EQ(w.view->scrubSlider()->value(), f->step);
  saveScreenshot(w.window.grab().toImage(), "walk-playing.png");
  // The highlighted paths end at the shown step, in time (x) and in place
  // (y = that walker's position then).
  const auto& scene = *w.lab->scene();
  ASSERT_TRUE(f->trails && !f->trails->empty());
  const LineLayer* first = nullptr;
  for (const auto& line : scene.lines)
    if (line.legend == "highlighted walkers") first = &line;
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->points.back().x(), float(f->step));
  EXPECT_EQ(first->points.back().y(), (*f->trails)[0][f->step].x());
  EXPECT_TRUE(scene.title.contains(QString("step %1 of 1000").arg(f->step)));

  const int computed = w.lab->computedSteps();
  ASSERT_LT(computed, 990);
  w.view->scrubSlider()->setValue(990);
  EXPECT_EQ(w.view->scrubSlider()->value(), computed);
  ASSERT_TRUE(QTest::qWaitFor([&] { return w.lab->showingScrubbed() && w.lab->frame()->step == computed; }, 10000));
}

TEST(WalkWindow, AnInvalidCombinationIsShownInTheViewWithoutADialog) {
  WalkWindow w;
  ASSERT_TRUE(w.open());
  QStringList messages;
  QObject::connect(w.lab, &Lab::message, [&](const QString& m) { messages << m; });
  auto values = w.lab->values();
  values["kind"] = 5;  // gauss2d: at most 100,000 walkers
  values["walkers"] = 500000;
  ASSERT_TRUE(w.lab->setValues(values, "too many"));
  w.lab->run();
  ASSERT_TRUE(QTest::qWaitFor([&] { return w.view->statusLabel()->text().contains("at most 100000 walkers"); }, 5000));
  EXPECT_TRUE(w.view->statusLabel()->isVisible());
  QTest::qWait(100);
  EXPECT_TRUE(messages.isEmpty());  // the shell turns messages into modal dialogs
  EXPECT_FALSE(w.lab->running());
  // Fixing the input clears the line and the walk runs.
  ASSERT_TRUE(w.lab->setValue("walkers", 5000));
  ASSERT_TRUE(runToEnd(*w.lab));
  EXPECT_FALSE(w.view->statusLabel()->text().contains("walkers"));
}

TEST(WalkWindow, ClosingWhileTheWalkComputesExitsCleanly) {
  auto* window = new MainWindow;
  ASSERT_TRUE(window->selectLab("walk"));
  window->show();
  auto* lab = qobject_cast<WalkLab*>(window->currentLab());
  ASSERT_NE(lab, nullptr);
  ASSERT_TRUE(lab->setValue("walkers", 1000000));
  lab->setSpeed(0);
  lab->run();
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab->frame() && lab->frame()->step > 3; }, 20000));
  lab->scrubTo(2);  // a scrub request in flight too
  delete window;    // the runner and the scrubber must cancel and join
  SUCCEED();
}

}  // namespace
}  // namespace kx::widgets
