// The GAN lab without a window and in the main window: a run trains and fills
// the landscape and charts, single D/G steps, divergence is reported with a
// banner, cancel and close while training, sessions with weights, exports,
// point clouds opened from CSV or drawn as the training data.
// KX_SCREENSHOT_DIR saves gan-window.png and gan-figure.png.
#include "widgets/labs/gan/gan_lab.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QMouseEvent>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <cmath>

#include "tests/widgets/cloud_test_support.h"
#include "tests/widgets/screenshot_dir.h"
#include "tests/widgets/video/video_probe.h"
#include "widgets/canvas/gl_canvas.h"
#include "widgets/lab/frame_sequence_export.h"
#include "widgets/labs/gan/gan_surface_view.h"
#include "widgets/labs/gan/gan_view.h"
#include "widgets/shell/main_window.h"
#include "widgets/video/animation_export.h"

namespace kx::widgets {
namespace {

using testing::saveScreenshot;

/// A small fast model (GAN-QP, 2 x 64, Adam 1e-3) so that a GUI test trains in seconds.
void makeQuick(GanLab& lab, int steps) {
  ASSERT_TRUE(lab.setValues({{"g_depth", 2},
                             {"g_width", 64},
                             {"d_depth", 2},
                             {"d_width", 64},
                             {"g_lr", 1e-3},
                             {"d_lr", 1e-3},
                             {"steps", steps},
                             {"frame_every", 100}},
                            "quick"));
}

bool trainedTo(GanLab& lab, long steps, int timeoutMs = 120000) {
  return QTest::qWaitFor(
      [&] {
        auto f = lab.frame();
        return !lab.runner().busy() && f && f->generatorSteps >= steps;
      },
      timeoutMs);
}

TEST(GanLab, RunTrainsAndFillsLandscapeAndCharts) {
  GanLab lab;
  makeQuick(lab, 1500);
  lab.run();
  ASSERT_TRUE(trainedTo(lab, 1500));
  auto f = lab.frame();
  EXPECT_GE(f->modes, 6);  // as the core test: most of the 8 modes after 1500 quick steps
  auto scene = lab.scene();
  ASSERT_TRUE(scene);
  ASSERT_EQ(scene->heatmaps.size(), 1u);
  EXPECT_EQ(scene->heatmaps[0].values.size(), f->critic.size());
  EXPECT_GT(scene->lines.size(), 3u);  // contours + mesh + legend keys
  ASSERT_EQ(scene->arrows.size(), 1u);
  EXPECT_GT(scene->arrows[0].positions.size(), 100u);
  EXPECT_EQ(scene->points.size(), 2u);
  EXPECT_EQ(lab.lossChart()->series().size(), 2);
  EXPECT_GT(static_cast<QLineSeries*>(lab.lossChart()->series()[0])->count(), 10);
  const QStringList lines = lab.csvData().split('\n');
  EXPECT_EQ(lines[0], "kind,index,step,x,y,value");
  EXPECT_GT(lines.size(), 500 + 1000 + 48 * 48);
}

// The series hold the history exactly once, in order (they are appended to per frame, not rebuilt).
void expectSeriesIsHistory(QChart* chart, int index, const std::vector<double>& x, const std::vector<double>& y) {
  const QList<QPointF> points = static_cast<QLineSeries*>(chart->series()[index])->points();
  ASSERT_EQ(points.size(), qsizetype(x.size()));
  for (qsizetype k = 0; k < points.size(); ++k) {
    EXPECT_EQ(points[k].x(), x[std::size_t(k)]);
    EXPECT_EQ(points[k].y(), y[std::size_t(k)]);
  }
}

TEST(GanLab, FirstFrameScenesAndChartsOfARun) {
  GanLab lab;
  makeQuick(lab, 1500);  // shows step 0 while paused
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame() != nullptr; }, 60000));
  // The first frame has no losses yet (they are averages over steps), but the
  // charts' step axes already span the run from 0, and the lone quality
  // points are drawn as markers.
  for (QChart* chart : {lab.lossChart(), lab.qualityChart()}) {
    auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first());
    ASSERT_TRUE(x);
    EXPECT_EQ(x->min(), 0);
    EXPECT_EQ(x->max(), 1500);
  }
  QImage first(1400, 800, QImage::Format_ARGB32);
  first.fill(Qt::white);
  {
    QPainter painter(&first);
    lab.paintFigure(painter, QRectF(0, 0, 1400, 800), 1.0);
  }
  saveScreenshot(first, "gan-first-frame.png");
  auto* sw1 = static_cast<QLineSeries*>(lab.qualityChart()->series()[0]);
  EXPECT_EQ(sw1->count(), 1);
  EXPECT_TRUE(sw1->pointsVisible());
  // The scene is the worker's landscape, copied.
  auto f = lab.frame();
  auto scene = lab.scene();
  EXPECT_EQ(scene->heatmaps[0].values, f->landscape.energy);
  EXPECT_EQ(scene->heatmaps[0].vmin, f->landscape.range.lo);
  EXPECT_EQ(scene->heatmaps[0].vmax, f->landscape.range.hi);
  const auto& contours = scene->lines[0].points;
  ASSERT_EQ(contours.size() * 2, f->landscape.contours.size());
  for (std::size_t k = 0; k < contours.size(); ++k) {
    const float x = f->landscape.contours[2 * k];
    if (std::isnan(x))
      EXPECT_TRUE(std::isnan(contours[k].x()));
    else
      EXPECT_EQ(contours[k].x(), x);
  }
  const QString title = scene->title;

  lab.run();
  ASSERT_TRUE(trainedTo(lab, 1500));
  f = lab.frame();
  EXPECT_EQ(lab.scene()->title, title);  // fixed on screen: a new frame does not repaint the axes image
  const auto& h = f->history;
  expectSeriesIsHistory(lab.lossChart(), 0, h.step, h.dLoss);
  expectSeriesIsHistory(lab.lossChart(), 1, h.step, h.gLoss);
  expectSeriesIsHistory(lab.qualityChart(), 0, h.qualityStep, h.sw1);
  expectSeriesIsHistory(lab.qualityChart(), 2, h.qualityStep, h.hq);
  EXPECT_FALSE(sw1->pointsVisible());

  // A restart starts the curves over.
  const auto before = f->run;
  lab.restart();
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame()->run != before; }, 60000));
  EXPECT_EQ(static_cast<QLineSeries*>(lab.lossChart()->series()[0])->count(), 0);
  EXPECT_EQ(sw1->count(), 1);
}

TEST(GanLab, SingleStepsAdvanceOneNetwork) {
  GanLab lab;
  makeQuick(lab, 100);
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame() != nullptr; }, 20000));
  lab.stepDiscriminator();
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame()->discriminatorSteps == 1; }, 20000));
  EXPECT_EQ(lab.frame()->generatorSteps, 0);
  lab.stepGenerator();
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame()->generatorSteps == 1; }, 20000));
  EXPECT_EQ(lab.frame()->discriminatorSteps, 1);
}

TEST(GanLab, DivergenceIsReportedAndRestartRecovers) {
  GanLab lab;
  QString reported;
  QObject::connect(&lab, &Lab::failed, [&](const QString& m) { reported = m; });
  ASSERT_TRUE(lab.setValues({{"g_opt", 1},
                             {"d_opt", 1},
                             {"g_lr", 10},
                             {"d_lr", 10},
                             {"g_beta1", 0.9},
                             {"d_beta1", 0.9},
                             {"loss", 0},
                             {"d_steps", 1}},
                            "divergent"));
  lab.run();
  ASSERT_TRUE(QTest::qWaitFor([&] { return !reported.isEmpty(); }, 60000));
  EXPECT_TRUE(reported.contains("diverged")) << reported.toStdString();
  EXPECT_TRUE(QTest::qWaitFor([&] { return !lab.running(); }, 10000));
  ASSERT_TRUE(lab.setValue("g_lr", 1e-4));
  ASSERT_TRUE(lab.setValue("d_lr", 1e-4));
  lab.restart();
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame() && lab.frame()->failure.empty(); }, 20000));
}

TEST(GanLab, SessionKeepsDrawnDataAndTrainedWeights) {
  GanLab lab;
  makeQuick(lab, 200);
  lab.addDataPoint({1, 1});
  lab.addDataPoint({-1, -1});
  lab.run();
  ASSERT_TRUE(trainedTo(lab, 200));
  EXPECT_EQ(lab.frame()->targetModes, 2);
  const QJsonObject state = lab.saveState();
  ASSERT_TRUE(state.contains("weights"));
  GanLab other;
  makeQuick(other, 200);
  ASSERT_TRUE(other.restoreState(state));
  EXPECT_EQ(other.drawnPoints().size(), 2u);
  ASSERT_TRUE(QTest::qWaitFor([&] { return other.frame() != nullptr; }, 20000));
  // The restored job starts from the saved weights: step 0 shows the trained generator.
  EXPECT_EQ(other.frame()->generatorSteps, 0);
  EXPECT_EQ(other.frame()->weights->generator.back(), lab.frame()->weights->generator.back());
  // A corrupt weights file is refused with the weights file's message, changing nothing.
  QJsonObject bad = state;
  QJsonObject w = bad["weights"].toObject();
  w["file"] = QString("AAAA");
  bad["weights"] = w;
  auto status = other.restoreState(bad);
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("state.weights"), std::string::npos);
  EXPECT_EQ(other.drawnPoints().size(), 2u);
}

TEST(GanLab, PointCloudFromCsvTrainsAndBadFilesKeepTheData) {
  // A CSV cloud becomes the training data: every real point shown is one of
  // the file's points (batches drawn from the cloud), a cloud has no modes,
  // and a few steps train without failure. A bad file changes nothing and
  // names its line; sessions keep the cloud; shift-clicked Gaussians are
  // refused while a cloud is the data.
  GanLab lab;
  makeQuick(lab, 200);
  const testing::TempCsv csv;
  ASSERT_TRUE(csv.write("x,y\n0,0\nfoo,1\n"));
  auto bad = lab.openCloud(csv.path);
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().find("line 3"), std::string::npos) << bad.error();
  EXPECT_EQ(lab.cloud().rows(), 0);
  ASSERT_TRUE(csv.write("-1,0.5\n0.2,-0.8\n1.1,1.0\n1.5,-0.3\n-0.6,-1.2\n0,0\n"));
  ASSERT_TRUE(lab.openCloud(csv.path));
  ASSERT_EQ(lab.cloud().rows(), 6);
  ASSERT_TRUE(csv.write("1,2\n3,inf\n"));
  ASSERT_FALSE(lab.openCloud(csv.path));
  ASSERT_EQ(lab.cloud().rows(), 6);  // the previous cloud stays
  lab.run();
  ASSERT_TRUE(trainedTo(lab, 200));
  auto f = lab.frame();
  EXPECT_TRUE(f->failure.empty()) << f->failure;
  EXPECT_EQ(f->targetModes, 0);
  EXPECT_TRUE(std::isfinite(f->sw1));
  EXPECT_TRUE(f->fake.allFinite());
  ASSERT_GT(f->real.rows(), 0);
  for (Eigen::Index i = 0; i < f->real.rows(); ++i) {
    bool inCloud = false;
    for (Eigen::Index j = 0; j < lab.cloud().rows(); ++j)
      inCloud |= f->real(i, 0) == lab.cloud()(j, 0) && f->real(i, 1) == lab.cloud()(j, 1);
    ASSERT_TRUE(inCloud) << "real point " << i << " is not a point of the cloud";
  }
  lab.addDataPoint({1, 1});
  EXPECT_TRUE(lab.drawnPoints().empty());

  GanLab other;
  makeQuick(other, 200);
  ASSERT_TRUE(other.restoreState(lab.saveState()));
  EXPECT_TRUE(other.cloud().cwiseEqual(lab.cloud()).all());
  auto status = other.restoreState({{"cloud", QJsonArray{QJsonArray{0, 0, 1}}}});
  ASSERT_FALSE(status);
  EXPECT_NE(status.error().find("state.cloud"), std::string::npos) << status.error();
  EXPECT_EQ(other.cloud().rows(), 6);  // unchanged
}

TEST(GanView, DrawnStrokeIsTheTrainingData) {
  // Draw on the landscape: the stroke's points (within the brush, at its
  // density) become the cloud the GAN trains on; Clear points returns to the preset.
  GanLab lab;
  makeQuick(lab, 100);
  QWidget window;
  auto* view = testing::showView<GanView>(lab, window);
  ASSERT_TRUE(view);
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab.frame() != nullptr; }, 20000));  // step 0, paused
  view->cloudBar()->sizeBox()->setValue(0.3);
  view->cloudBar()->densityBox()->setValue(10);
  const auto s = testing::drawStroke(*view->cloudBar(), *view->canvas(), {0.3, 0.3}, {0.7, 0.7});
  EXPECT_NEAR(double(lab.cloud().rows()), testing::expectedCount(s, 10), 1.0);
  EXPECT_GT(lab.cloud().rows(), 10);
  EXPECT_LE(testing::farthestFrom(s, lab.cloud()), 0.3 + 1e-3);
  lab.run();
  ASSERT_TRUE(trainedTo(lab, 100));
  EXPECT_EQ(lab.frame()->targetModes, 0);
  EXPECT_TRUE(lab.frame()->failure.empty()) << lab.frame()->failure;
  view->cloudBar()->clearButton()->click();
  EXPECT_EQ(lab.cloud().rows(), 0);
  lab.run();
  ASSERT_TRUE(trainedTo(lab, 100));
  EXPECT_EQ(lab.frame()->targetModes, 8);  // the ring again
}

TEST(GanView, CtrlClickReleasesParticlesOnTheTrainedEnergyWithoutRetraining) {
  GanLab lab;
  makeQuick(lab, 100);
  auto energyGan = lab.values();
  energyGan["loss"] = 5;  // energy
  energyGan["langevin_particles"] = 300;
  energyGan["langevin_steps"] = 40;
  ASSERT_TRUE(lab.setValues(energyGan, "energy GAN"));
  QWidget window;
  auto* view = testing::showView<GanView>(lab, window);
  ASSERT_TRUE(view);
  lab.run();
  ASSERT_TRUE(trainedTo(lab, 100));
  const auto trained = lab.frame();
  EXPECT_FALSE(trained->sampling);  // sampling is off by default
  const int undoBefore = lab.undoStack()->count();

  emit view->canvas()->clicked(QPointF(0.5, -1.0), Qt::LeftButton, Qt::ControlModifier);
  EXPECT_EQ(lab.value("langevin"), 2);  // MALA
  EXPECT_EQ(lab.value("langevin_start"), 2);
  EXPECT_EQ(lab.value("langevin_x"), 0.5);
  EXPECT_EQ(lab.value("langevin_y"), -1.0);
  EXPECT_EQ(lab.undoStack()->count(), undoBefore + 1);  // one step
  lab.run();
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return !lab.runner().busy() && lab.frame()->sampling && lab.frame()->sampling->step == 40; }, 60000));
  // The same training, sampled: no generator step more, the same landscape.
  const auto sampled = lab.frame();
  EXPECT_EQ(sampled->generatorSteps, 100);
  EXPECT_EQ(sampled->landscape.energy, trained->landscape.energy);
  EXPECT_TRUE(sampled->sampling->particles.allFinite());
  ASSERT_EQ(lab.scene()->points.size(), 3u);  // real, generated, particles
  EXPECT_EQ(lab.scene()->points[2].positions.size(), 300u);
  EXPECT_TRUE(lab.samplingChart()->series().first()->isVisible());
  EXPECT_TRUE(view->stepLabel()->text().contains("40"));
  EXPECT_TRUE(lab.csvData().contains("\nparticle,299,40,"));

  // Undo: sampling off again, and the trained picture is back as it was.
  lab.undoStack()->undo();
  ASSERT_TRUE(QTest::qWaitFor([&] { return !lab.runner().busy() && lab.frame() && !lab.frame()->sampling; }, 20000));
  EXPECT_EQ(lab.frame()->generatorSteps, 100);
  EXPECT_EQ(lab.frame()->landscape.energy, trained->landscape.energy);
  EXPECT_EQ(lab.scene()->points.size(), 2u);
}

TEST(GanLab, CancelAndDestroyWhileTraining) {
  auto lab = std::make_unique<GanLab>();
  lab->run();  // the full default model: minutes of work
  QTest::qWait(300);
  lab->cancel();
  EXPECT_TRUE(QTest::qWaitFor([&] { return !lab->runner().busy(); }, 10000));
  lab->run();
  QTest::qWait(200);
  lab.reset();  // destroying while training cancels and joins the job
  SUCCEED();
}

TEST(GanLab, CancelLeavesThePausedLabPausedOnTheNextChange) {
  // Esc while training: the lab stops running, and a parameter changed after
  // it restarts the job paused; before, training resumed by itself.
  GanLab lab;
  makeQuick(lab, 100000);
  QSignalSpy running(&lab, &Lab::runningChanged);
  lab.run();
  ASSERT_TRUE(lab.running());
  QTest::qWait(200);
  lab.cancel();
  EXPECT_FALSE(lab.running());
  ASSERT_FALSE(running.isEmpty());
  EXPECT_FALSE(running.last().at(0).toBool());
  ASSERT_TRUE(lab.setValue("g_lr", 2e-3));
  EXPECT_TRUE(lab.runner().paused());
  EXPECT_FALSE(lab.running());
}

TEST(GanWindow, ShowsLandscapeChartsBannerAndExports) {
  MainWindow window;
  ASSERT_TRUE(window.selectLab("gan"));
  auto* lab = qobject_cast<GanLab*>(window.currentLab());
  auto* view = window.findChild<GanView*>();
  ASSERT_TRUE(lab && view);
  window.resize(1280, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  makeQuick(*lab, 2000);
  lab->run();
  ASSERT_TRUE(trainedTo(*lab, 2000));
  QTest::qWait(500);  // canvas repaint coalescing
  saveScreenshot(window.grab().toImage(), "gan-window.png");
  QImage figure(1400, 800, QImage::Format_ARGB32);
  figure.fill(Qt::white);
  {
    QPainter painter(&figure);
    lab->paintFigure(painter, QRectF(0, 0, 1400, 800), 1.0);
  }
  saveScreenshot(figure, "gan-figure.png");
  int nonWhite = 0;
  for (int y = 0; y < 800; y += 4)
    for (int x = 0; x < 800; x += 4) nonWhite += figure.pixel(x, y) != qRgb(255, 255, 255);
  EXPECT_GT(nonWhite, 10000);
  EXPECT_FALSE(view->banner()->isVisible());

  // The frame sequence: the frames shown (step 0 and every 100 steps to 2000,
  // at most 21; the runner may coalesce two that arrive within its interval).
  const auto animation = lab->animation();
  ASSERT_TRUE(animation) << animation.error();
  const int recorded = animation->frames;
  EXPECT_GE(recorded, 2);
  EXPECT_LE(recorded, 21);
  QTemporaryDir dir;
  ASSERT_TRUE(exportAnimationFrames(dir.path(), *animation, QSize(200, 200)));
  EXPECT_EQ(QDir(dir.path()).entryList({"gan-frame-*.png"}).size(), recorded);
  EXPECT_FALSE(QImage(dir.filePath(QString("gan-frame-%1.png").arg(recorded - 1, 4, 10, QChar('0')))).isNull());
  EXPECT_FALSE(GanLab().animation());  // nothing recorded yet
  // With a progress dialog (as the export dialog runs it): the same files.
  QTemporaryDir withProgress;
  ASSERT_TRUE(exportAnimationFrames(withProgress.path(), *animation, QSize(120, 120), view));
  EXPECT_EQ(QDir(withProgress.path()).entryList({"gan-frame-*.png"}).size(), recorded);
  // As a video: twice the recorded frames, each held for two.
  ASSERT_TRUE(exportVideo(*animation, dir.filePath("training.webm"), {QSize(240, 240), 10, 2 * recorded}));
  EXPECT_EQ(kx::testing::probeVideo(dir.filePath("training.webm")).frames, 2 * recorded);

  // The 3D landscape: drawn, lit (many distinct colours) and orbitable.
  EXPECT_EQ(view->surface(), nullptr);  // made when its tab opens, not before
  auto* tabs = view->findChild<QTabWidget*>();
  ASSERT_TRUE(tabs);
  tabs->setCurrentIndex(1);
  auto* surface = view->surface();
  ASSERT_TRUE(surface);
  QTest::qWait(300);
  ASSERT_TRUE(surface->error().isEmpty()) << surface->error().toStdString();
  const QImage before = surface->grabFramebuffer();
  saveScreenshot(before, "gan-surface.png");
  int drawn = 0;
  QSet<QRgb> colours;
  for (int y = 0; y < before.height(); y += 3)
    for (int x = 0; x < before.width(); x += 3) {
      const QRgb c = before.pixel(x, y);
      if (c != before.pixel(0, 0)) ++drawn, colours.insert(c);
    }
  EXPECT_GT(drawn, before.width() * before.height() / 9 / 10);  // the surface covers a good part of the view
  EXPECT_GT(colours.size(), 200);                               // shading, not flat fills
  const float yaw = surface->yaw();
  QTest::mousePress(surface, Qt::LeftButton, {}, QPoint(100, 100));
  QMouseEvent move(QEvent::MouseMove, QPointF(180, 120), surface->mapToGlobal(QPointF(180, 120)), Qt::NoButton,
                   Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(surface, &move);
  EXPECT_NE(surface->yaw(), yaw);
  EXPECT_NE(surface->grabFramebuffer(), before);
}

}  // namespace
}  // namespace kx::widgets
