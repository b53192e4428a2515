// The diffusion lab without a window and in the main window: a run reaches
// the target with W3's quality and fills the charts, cancel, close while
// computing, parameter changes restart from the same noise, custom
// components, drawn and opened point clouds, sessions, exports, bad input. KX_SCREENSHOT_DIR saves
// diffusion-window.png and diffusion-figure.png.
#include "widgets/labs/diffusion/diffusion_lab.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QLineSeries>
#include <QTest>
#include <algorithm>

#include "core/diffusion/tweedie.h"
#include "core/mixture/point_cloud.h"
#include "core/mixture/presets.h"
#include "tests/widgets/cloud_test_support.h"
#include "tests/widgets/gl_test_support.h"
#include "tests/widgets/screenshot_dir.h"
#include "widgets/labs/diffusion/diffusion_scene.h"
#include "widgets/labs/diffusion/diffusion_view.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

bool finished(DiffusionLab& lab, int timeoutMs = 120000) {
  const bool ok = QTest::qWaitFor(
      [&] {
        auto f = lab.frame();
        return !lab.runner().busy() && ((f && f->sampled) || !lab.failure().isEmpty());
      },
      timeoutMs);
  auto f = lab.frame();
  if (!ok)  // say what was still missing
    std::fprintf(stderr, "busy %d frame %d step %d sampled %d\n", lab.runner().busy(), f ? 1 : 0, f ? f->step : -1,
                 f ? f->sampled : 0);
  return ok;
}

using testing::saveScreenshot;

TEST(DiffusionLab, RunReachesTheRingAndFillsTheCharts) {
  DiffusionLab lab;
  ASSERT_TRUE(lab.setValue("particles", 4000));
  ASSERT_TRUE(finished(lab));
  const auto f = lab.frame();
  ASSERT_TRUE(f);
  EXPECT_EQ(f->step, 50);
  EXPECT_EQ(f->modes, 8);
  EXPECT_GT(f->highQuality, 0.9);  // exact samples: 0.99; a broken sampler far less
  // One curve per sampler, 7 budgets each, in both charts.
  EXPECT_EQ(lab.qualityChart()->series().size(), 6);
  EXPECT_EQ(lab.coverageChart()->series().size(), 6);
  ASSERT_TRUE(lab.sampling());
  EXPECT_FALSE(lab.sampling()->heatmaps.empty());
  EXPECT_EQ(lab.sampling()->lines.size(), 7u);  // 6 trajectories + the x_t -> x0-hat segment
  EXPECT_FALSE(lab.sampling()->arrows.empty());
  // CSV: a header, 4000 samples, then 42 quality rows.
  const QStringList lines = lab.csvData().split('\n');
  EXPECT_TRUE(lines[1] == "x,y");
  EXPECT_GE(lines.size(), 2 + 4000 + 2 + 42);
}

TEST(DiffusionLab, ParameterChangesRestartFromTheSameNoise) {
  // Two samplers from the same seed share x_T: the deterministic DDIM run is
  // reproduced exactly after switching away and back.
  DiffusionLab lab;
  ASSERT_TRUE(lab.setValue("particles", 2000));
  ASSERT_TRUE(finished(lab));
  const auto first = lab.frame()->particles;
  ASSERT_TRUE(lab.setValue("sampler", 4));  // ode_heun
  ASSERT_TRUE(lab.setValue("sampler", 2));  // back to ddim, while the first change computes
  ASSERT_TRUE(finished(lab));
  EXPECT_TRUE(lab.frame()->particles.cwiseEqual(first).all());
  EXPECT_EQ(lab.frame()->params.sampler.kind, core::diffusion::SamplerKind::Ddim);
}

TEST(DiffusionLab, ForwardSliderMovesTheForwardViewWithoutSamplingAgain) {
  DiffusionLab lab;
  ASSERT_TRUE(lab.setValue("particles", 2000));
  ASSERT_TRUE(finished(lab));
  const int runs = lab.runsStarted();
  const auto before = lab.frame();
  ASSERT_TRUE(lab.setValue("forward_t", 0.5));
  ASSERT_TRUE(QTest::qWaitFor([&] { return !lab.runner().busy() && lab.frame()->forwardTime == 0.5; }, 20000));
  const auto after = lab.frame();
  EXPECT_EQ(lab.runsStarted(), runs);  // no new sampler run
  // The sampler's part is the very same: particles and the sweep's curves.
  EXPECT_TRUE(after->particles.cwiseEqual(before->particles).all());
  EXPECT_EQ(after->curves, before->curves);
  EXPECT_FALSE(after->forwardParticles.cwiseEqual(before->forwardParticles).all());
  EXPECT_TRUE(lab.forward()->title.contains("t = 0.500")) << lab.forward()->title.toStdString();
  // The sampler by its name, not its id "ddim" (issue 24, item 7).
  EXPECT_TRUE(lab.sampling()->title.startsWith("DDIM ·")) << lab.sampling()->title.toStdString();
  // Undo moves it back the same way; any other input does start a new run.
  lab.undoStack()->undo();
  ASSERT_TRUE(QTest::qWaitFor([&] { return !lab.runner().busy() && lab.frame()->forwardTime == 0.0; }, 20000));
  EXPECT_EQ(lab.runsStarted(), runs);
  ASSERT_TRUE(lab.setValue("steps", 20));
  ASSERT_TRUE(finished(lab));
  EXPECT_EQ(lab.runsStarted(), runs + 1);
}

TEST(DiffusionLab, ForwardSliderDuringTheAnimationContinuesTheRun) {
  // Animated at 30 frames per second: moving t mid-run neither restarts the
  // sampler (its step never goes back) nor stops it (it still ends sampled).
  DiffusionLab lab;
  lab.setFramesPerSecond(30);
  ASSERT_TRUE(lab.setValue("particles", 2000));
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame() && lab.frame()->step >= 5; }, 20000));
  const int runs = lab.runsStarted(), stepBefore = lab.frame()->step;
  int lowestStep = stepBefore;
  QObject::connect(&lab, &Lab::displayed, [&] { lowestStep = std::min(lowestStep, lab.frame()->step); });
  for (double t : {0.2, 0.4, 0.6}) {
    ASSERT_TRUE(lab.setValue("forward_t", t));
    QTest::qWait(40);
  }
  ASSERT_TRUE(finished(lab));
  EXPECT_EQ(lab.runsStarted(), runs);
  EXPECT_GE(lowestStep, stepBefore);
  EXPECT_EQ(lab.frame()->step, 50);
  EXPECT_DOUBLE_EQ(lab.frame()->forwardTime, 0.6);
  // The same particles as an uninterrupted run from the same seed.
  DiffusionLab plain;
  ASSERT_TRUE(plain.setValue("particles", 2000));
  ASSERT_TRUE(finished(plain));
  EXPECT_TRUE(lab.frame()->particles.cwiseEqual(plain.frame()->particles).all());
}

TEST(DiffusionLab, CustomComponentsAndSessionsAndBadInput) {
  DiffusionLab lab;
  ASSERT_TRUE(lab.setValue("particles", 2000));
  ASSERT_TRUE(lab.setValue("target", 6));  // custom, empty
  ASSERT_TRUE(finished(lab));
  EXPECT_TRUE(lab.failure().contains("no components")) << lab.failure().toStdString();
  lab.addComponent({1.0, -1.0}, 0.2);
  lab.addComponent({-1.0, 1.0}, 0.2);
  ASSERT_TRUE(finished(lab));
  ASSERT_TRUE(lab.frame());
  EXPECT_EQ(lab.frame()->target.components.size(), 2u);
  EXPECT_EQ(lab.frame()->modes, 2);
  // Session state round trip, and a bad component is refused with a message.
  const QJsonObject state = lab.saveState();
  DiffusionLab other;
  ASSERT_TRUE(other.restoreState(state));
  EXPECT_EQ(other.customComponents().size(), 2u);
  QJsonObject bad{{"components", QJsonArray{QJsonArray{0, 0, -0.1, 1}}}};
  auto status = other.restoreState(bad);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("custom components"), std::string::npos);
  EXPECT_EQ(other.customComponents().size(), 2u);  // unchanged
  // Step count 0 is refused by the schema with a message.
  EXPECT_FALSE(lab.setValue("steps", 0));
}

TEST(DiffusionLab, PointCloudFromCsvIsMemorisedAndBadFilesKeepTheTarget) {
  // docs/math.md §3.10: a cloud opened from CSV becomes the target; with its
  // exact score DDIM returns the points themselves (>= 99% within 1e-2). A bad
  // file leaves the previous target and names its line; sessions keep the cloud.
  DiffusionLab lab;
  ASSERT_TRUE(lab.setValue("particles", 2000));
  ASSERT_TRUE(lab.setValue("target", 1));
  const testing::TempCsv csv;
  ASSERT_TRUE(csv.write("x,y\n0,0\n1,nan\n"));
  auto bad = lab.openCloud(csv.path);
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().find("line 3"), std::string::npos) << bad.error();
  EXPECT_EQ(lab.value("target"), 1.0);
  EXPECT_EQ(lab.cloud().rows(), 0);
  ASSERT_TRUE(csv.write("x,y\n-1,0.5\n0.2,-0.8\n1.1,1.0\n1.5,-0.3\n-0.6,-1.2\n"));
  ASSERT_TRUE(lab.openCloud(csv.path));
  ASSERT_TRUE(finished(lab));
  ASSERT_TRUE(lab.frame()) << lab.failure().toStdString();
  ASSERT_TRUE(lab.frame()->memorised);
  EXPECT_GE(lab.frame()->memorised->fraction, 0.99);
  EXPECT_EQ(lab.frame()->modes, -1);
  EXPECT_TRUE(lab.csvData().contains("log10_distance_from,log10_distance_to,samples"));
  DiffusionLab other;
  ASSERT_TRUE(other.restoreState(lab.saveState()));
  EXPECT_TRUE(other.cloud().cwiseEqual(lab.cloud()).all());
  auto status = other.restoreState({{"cloud", QJsonArray{QJsonArray{0, 0, 1}}}});
  ASSERT_FALSE(status);
  EXPECT_EQ(other.cloud().rows(), 5);  // unchanged
  // The heat schedule samples the same cloud back.
  ASSERT_TRUE(lab.setValue("schedule", 3));
  ASSERT_TRUE(finished(lab));
  ASSERT_TRUE(lab.frame() && lab.frame()->memorised) << lab.failure().toStdString();
  EXPECT_GE(lab.frame()->memorised->fraction, 0.99);
  // The sampling canvas rings each training point, so copies show.
  const PlotScene scene = samplingScene(*lab.frame());
  const auto ringed = [&](Eigen::Index i) {
    return std::any_of(scene.markers.begin(), scene.markers.end(), [&](const Marker& m) {
      return !m.filled && m.position == QPointF(lab.cloud()(i, 0), lab.cloud()(i, 1));
    });
  };
  for (Eigen::Index i = 0; i < lab.cloud().rows(); ++i) EXPECT_TRUE(ringed(i)) << i;
}

TEST(DiffusionView, DrawnStrokesBecomeTheCloudTarget) {
  // Draw on, two strokes dragged over the forward canvas: the target becomes
  // the cloud of their points, each within the brush of its path, at the
  // brush's density; the run samples them (docs/math.md §3.10); sessions
  // keep the drawn cloud; Clear points empties it and the lab says how to draw.
  DiffusionLab lab;
  ASSERT_TRUE(lab.setValue("particles", 2000));
  QWidget window;
  auto* view = testing::showView<DiffusionView>(lab, window);
  ASSERT_TRUE(view);
  ASSERT_TRUE(finished(lab));
  auto* bar = view->cloudBar();
  bar->sizeBox()->setValue(0.25);
  bar->densityBox()->setValue(15);
  const double cloudTarget = double(core::mixture::presets().size() + 1);

  const auto first = testing::drawStroke(*bar, *view->forwardCanvas(), {0.2, 0.5}, {0.8, 0.5});
  EXPECT_EQ(lab.value("target"), cloudTarget);
  const Eigen::Index n1 = lab.cloud().rows();
  EXPECT_NEAR(double(n1), testing::expectedCount(first, 15), 1.0);
  EXPECT_GT(n1, 20);
  EXPECT_LE(testing::farthestFrom(first, lab.cloud()), 0.25 + 1e-3);
  ASSERT_TRUE(finished(lab));  // the canvas shows the cloud's view before the next stroke

  const auto second = testing::drawStroke(*bar, *view->forwardCanvas(), {0.5, 0.2}, {0.5, 0.8});
  const Eigen::Index n2 = lab.cloud().rows() - n1;
  EXPECT_NEAR(double(n2), testing::expectedCount(second, 15), 1.0);
  EXPECT_LE(testing::farthestFrom(second, lab.cloud().bottomRows(n2)), 0.25 + 1e-3);
  ASSERT_TRUE(finished(lab));
  // The run's target is exactly the drawn points (a dense cloud: the default
  // DDIM memorises less than a sparse one's 99 %, docs/math.md §3.10).
  ASSERT_TRUE(lab.frame() && lab.frame()->memorised) << lab.failure().toStdString();
  EXPECT_TRUE(core::mixture::cloudPoints(lab.frame()->target).cwiseEqual(lab.cloud()).all());
  EXPECT_GT(lab.frame()->memorised->fraction, 0.5);

  DiffusionLab other;
  ASSERT_TRUE(other.restoreState(lab.saveState()));
  EXPECT_TRUE(other.cloud().cwiseEqual(lab.cloud()).all());

  ASSERT_TRUE(bar->clearButton()->isEnabled());
  bar->clearButton()->click();
  EXPECT_EQ(lab.cloud().rows(), 0);
  ASSERT_TRUE(finished(lab));
  EXPECT_TRUE(lab.failure().contains("Draw")) << lab.failure().toStdString();
  EXPECT_FALSE(bar->clearButton()->isEnabled());
}

TEST(DiffusionLab, HoveredPointsGetTheirTweedieEstimateAtTheShownTime) {
  // docs/math.md §3.7: x0-hat of any hovered point at the shown frame's time,
  // computed off the GUI thread, equals the core's tweedieMean there (the
  // heun ODE ends at t = 1e-3, betaBar > 0, so the estimate moves the point).
  DiffusionLab lab;
  ASSERT_TRUE(lab.setValue("particles", 2000));
  ASSERT_TRUE(lab.setValue("sampler", 4));  // ode_heun
  ASSERT_TRUE(finished(lab));
  const auto f = lab.frame();
  ASSERT_TRUE(f && f->level.betaBar > 0);
  lab.probeTweedie({1.9, 0.3});
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.hoverEstimate().has_value() && !lab.hoverPending(); }, 10000));
  const auto [x, hat] = *lab.hoverEstimate();
  EXPECT_EQ(x, Eigen::Vector2f(1.9f, 0.3f));
  EXPECT_EQ(hat, core::diffusion::tweedieMean(*f->source, f->level, x));
  EXPECT_GT((hat - x).norm(), 1e-3);
  lab.clearHover();
  EXPECT_FALSE(lab.hoverEstimate());
}

TEST(DiffusionLab, LearnedScoreShowsLossAndErrorMap) {
  DiffusionLab lab;
  ASSERT_TRUE(lab.setValue("particles", 2000));
  ASSERT_TRUE(lab.setValue("train_steps", 400));
  ASSERT_TRUE(lab.setValue("score", 1));
  ASSERT_TRUE(finished(lab));
  ASSERT_TRUE(lab.frame() && lab.frame()->losses);
  EXPECT_EQ(lab.frame()->losses->size(), 400u);
  ASSERT_EQ(lab.lossChart()->series().size(), 1);
  EXPECT_EQ(static_cast<QLineSeries*>(lab.lossChart()->series()[0])->count(), 20);  // means of 20 steps
  EXPECT_TRUE(lab.forward()->title.contains("Learned vs exact"));
  EXPECT_EQ(lab.forward()->heatmaps.size(), 1u);
  if (const QByteArray dir = qgetenv("KX_SCREENSHOT_DIR"); !dir.isEmpty()) {
    QImage figure(1500, 1000, QImage::Format_ARGB32);
    figure.fill(Qt::white);
    QPainter painter(&figure);
    lab.paintFigure(painter, QRectF(0, 0, 1500, 1000), 1.0);
    painter.end();
    figure.save(QString::fromLocal8Bit(dir) + "/diffusion-learned.png");
  }
}

TEST(DiffusionLab, CancelAndDestroyWhileComputing) {
  auto lab = std::make_unique<DiffusionLab>();
  ASSERT_TRUE(lab->setValue("particles", 200000));
  ASSERT_TRUE(lab->setValue("sampler", 1));  // 1000 DDPM steps: seconds of work
  QTest::qWait(50);
  lab->cancel();
  EXPECT_TRUE(QTest::qWaitFor([&] { return !lab->runner().busy(); }, 10000));
  lab->recompute();
  QTest::qWait(50);
  lab.reset();  // destroying while computing cancels and joins the job
  SUCCEED();
}

TEST(DiffusionWindow, ShowsBothCanvasesChartsAndExports) {
  MainWindow window;
  ASSERT_TRUE(window.selectLab("diffusion"));
  auto* lab = qobject_cast<DiffusionLab*>(window.currentLab());
  auto* view = window.findChild<DiffusionView*>();
  ASSERT_TRUE(lab && view);
  window.resize(1280, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  ASSERT_TRUE(finished(*lab));
  QTest::qWait(500);  // canvas repaint coalescing
  const QImage shot = window.grab().toImage();
  saveScreenshot(shot, "diffusion-window.png");
  // The exported figure: white background with a coloured density and charts.
  QImage figure(1400, 1000, QImage::Format_ARGB32);
  figure.fill(Qt::white);
  {
    QPainter painter(&figure);
    lab->paintFigure(painter, QRectF(0, 0, 1400, 1000), 1.0);
  }
  saveScreenshot(figure, "diffusion-figure.png");
  int nonWhite = 0;
  for (int y = 0; y < 600; y += 4)
    for (int x = 0; x < 1400; x += 4) nonWhite += figure.pixel(x, y) != qRgb(255, 255, 255);
  EXPECT_GT(nonWhite, 5000);
  EXPECT_TRUE(view->statusLabel()->text().contains("modes 8 / 8")) << view->statusLabel()->text().toStdString();
  // One legend row names every sampler of the two quality charts, in full.
  EXPECT_TRUE(view->samplerLegend()->isVisible());
  for (const char* name : {"DDIM", "DDPM", "Euler", "Heun", "RK4", "SDE"})
    EXPECT_TRUE(view->samplerLegend()->text().contains(name)) << name;
  EXPECT_FALSE(lab->qualityChart()->legend()->isVisible());
}

}  // namespace
}  // namespace kx::widgets
