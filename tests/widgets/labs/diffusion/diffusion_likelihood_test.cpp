// The diffusion lab's likelihood view (docs/math.md §3.6) and animation export:
// a clicked point's ODE and exact log-densities equal the core's, and the
// core's ODE value matches the exact one within the ODE's error; the batch of
// target samples fills the scatter chart; the sampling animation is written
// as numbered, non-empty PNG files.
#include "widgets/labs/diffusion/diffusion_likelihood.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QImageReader>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

#include "core/diffusion/mixture_score.h"
#include "core/mixture/presets.h"
#include "tests/widgets/gl_test_support.h"
#include "tests/widgets/screenshot_dir.h"
#include "widgets/canvas/gl_canvas.h"
#include "widgets/lab/frame_sequence_export.h"
#include "widgets/labs/diffusion/diffusion_lab.h"
#include "widgets/labs/diffusion/diffusion_view.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

namespace dif = core::diffusion;

bool sampled(DiffusionLab& lab) {
  return QTest::qWaitFor([&] { return !lab.runner().busy() && lab.frame() && lab.frame()->sampled; }, 120000);
}

TEST(DiffusionLikelihoodView, ClickedPointEqualsTheCoreAndTheExactDensity) {
  MainWindow window;
  ASSERT_TRUE(window.selectLab("diffusion"));
  auto* lab = qobject_cast<DiffusionLab*>(window.currentLab());
  auto* view = window.findChild<DiffusionView*>();
  ASSERT_TRUE(lab && view);
  window.resize(1280, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  ASSERT_TRUE(lab->setValue("particles", 2000));
  ASSERT_TRUE(sampled(*lab));
  // A click on the sampler canvas, at a point on the ring's first mode.
  const QPointF at(2.03, 0.05);
  emit view->samplingCanvas()->clicked(at, Qt::LeftButton, Qt::NoModifier);
  ASSERT_TRUE(QTest::qWaitFor([&] { return lab->likelihood()->probeResult().has_value(); }, 20000));
  const auto shown = *lab->likelihood()->probeResult();
  // The core's value for the same point, score and schedule: identical.
  const auto target = core::mixture::ring8();
  const dif::ExactMixtureScore score(target);
  auto core = dif::compareLikelihood(score, {dif::ScheduleKind::Linear}, target, {at.x(), at.y()});
  ASSERT_TRUE(core) << core.error();
  EXPECT_EQ(shown.ode, core->ode);
  EXPECT_EQ(shown.exact, core->exact);
  // ... and within the ODE's error of the exact log-density (RK4 with 200
  // steps ~1e-2 nats plus the N(0, I) prior's gap ~1e-3, likelihood_test).
  EXPECT_NEAR(shown.ode, shown.exact, 0.1);
  EXPECT_NEAR(shown.exact, core::mixture::logDensity(target, {at.x(), at.y()}), 0.08);
  QTest::qWait(100);
  EXPECT_TRUE(view->statusLabel()->text().contains("ODE")) << view->statusLabel()->text().toStdString();
  bool marked = false;
  for (const auto& m : lab->sampling()->markers) marked |= m.position == at;
  EXPECT_TRUE(marked);
  // The batch of target samples fills the scatter chart, every point near
  // the diagonal.
  auto* likelihood = lab->likelihood();
  ASSERT_TRUE(QTest::qWaitFor(
      [&] {
        return likelihood->samples() && int(likelihood->samples()->samples.size()) == DiffusionLikelihood::kSamples;
      },
      60000));
  for (const auto& s : likelihood->samples()->samples) EXPECT_NEAR(s.ode, s.exact, 0.1) << s.x.transpose();
  int scattered = 0;
  for (auto* series : likelihood->chart()->series())
    if (auto* points = qobject_cast<QScatterSeries*>(series)) scattered += points->count();
  EXPECT_EQ(scattered, DiffusionLikelihood::kSamples);
  EXPECT_TRUE(lab->csvData().contains("x,y,ode_log_p,exact_log_p"));
  // The forward slider does not recompute the batch (same score).
  const auto batch = likelihood->samples();
  ASSERT_TRUE(lab->setValue("forward_t", 0.3));
  ASSERT_TRUE(QTest::qWaitFor([&] { return !lab->runner().busy() && lab->frame()->forwardTime == 0.3; }, 20000));
  QTest::qWait(100);
  EXPECT_EQ(likelihood->samples(), batch);
}

TEST(DiffusionLikelihoodView, ClickBeforeAnyRunIsAMessage) {
  DiffusionLikelihood likelihood;
  QString said;
  QObject::connect(&likelihood, &DiffusionLikelihood::message, [&](const QString& text) { said = text; });
  likelihood.probe(QPointF(0, 0));
  EXPECT_TRUE(said.contains("sample first")) << said.toStdString();
  EXPECT_FALSE(likelihood.probeResult());
}

TEST(DiffusionAnimationExport, WritesNumberedNonEmptyFrames) {
  KX_REQUIRE_GL_OR_SKIP();  // the frames' density is drawn by GL
  DiffusionLab lab;
  ASSERT_TRUE(lab.setValue("particles", 1000));
  ASSERT_TRUE(lab.setValue("steps", 12));
  EXPECT_FALSE(lab.animation());  // nothing sampled yet: a message
  ASSERT_TRUE(sampled(lab));
  // One frame at the start and one per step (12 steps <= 200 segments).
  ASSERT_EQ(lab.animationFrames(), 13);
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  auto status = exportAnimationFrames(dir.path(), *lab.animation(), QSize(320, 320));
  ASSERT_TRUE(status) << status.error();
  const QStringList files = QDir(dir.path()).entryList({"diffusion-*.png"}, QDir::Files, QDir::Name);
  ASSERT_EQ(files.size(), 13);
  for (int k = 0; k < 13; ++k) {
    EXPECT_EQ(files[k], frameFileName("diffusion", k));
    QImage image(QDir(dir.path()).filePath(files[k]));
    ASSERT_EQ(image.size(), QSize(320, 320)) << files[k].toStdString();
    // Not blank: the density's colours cover much of the plot.
    int coloured = 0;
    for (int y = 0; y < 320; y += 4)
      for (int x = 0; x < 320; x += 4) coloured += qGray(image.pixel(x, y)) < 200;
    EXPECT_GT(coloured, 1500) << files[k].toStdString();
  }
  // The first frame is noise at t = 1, the last the sampled ring: they differ.
  EXPECT_NE(QImage(QDir(dir.path()).filePath(files.first())), QImage(QDir(dir.path()).filePath(files.last())));
  testing::saveScreenshot(QImage(QDir(dir.path()).filePath(files.first())), "diffusion-animation-first.png");
}

}  // namespace
}  // namespace kx::widgets
