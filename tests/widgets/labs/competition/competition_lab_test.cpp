// The Competition lab through the shell: parameter changes reach the worker,
// frames never mix old and new parameters, sessions and undo, the window shows
// a real figure, and closing mid-job is clean.
#include "widgets/labs/competition/competition_lab.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QChartView>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <algorithm>

#include "tests/widgets/gl_test_support.h"
#include "tests/widgets/screenshot_dir.h"
#include "tests/widgets/svg_ticks.h"
#include "widgets/canvas/gl_canvas.h"
#include "widgets/export/lab_export.h"
#include "widgets/labs/competition/competition_scene.h"
#include "widgets/labs/competition/competition_view.h"
#include "widgets/labs/competition/outcome_map.h"
#include "widgets/session/session_file.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

bool waitForFrame(Lab& lab, int timeoutMs = 10000) {
  return QTest::qWaitFor([&] { return lab.hasFrame() && !lab.runner().busy(); }, timeoutMs);
}

TEST(CompetitionLab, AParameterChangeReachesTheWorkerAndANewFrameArrives) {
  CompetitionLab lab;
  lab.recompute();
  ASSERT_TRUE(waitForFrame(lab));
  EXPECT_DOUBLE_EQ(lab.frame()->inputs.model.a2, 2e-4);
  ASSERT_TRUE(lab.setValue("a2", 0.0012));  // sigma2 = 2: species 1 wins
  ASSERT_TRUE(waitForFrame(lab));
  EXPECT_DOUBLE_EQ(lab.frame()->inputs.model.a2, 0.0012);
  EXPECT_EQ(lab.frame()->outcome, core::CompetitionOutcome::Species1Wins);
  EXPECT_TRUE(lab.scene()->title.contains("species 1 wins"));
}

TEST(CompetitionLab, RapidChangesNeverShowAFrameOfMixedParameters) {
  CompetitionLab lab;
  std::vector<std::pair<double, double>> shown;
  QObject::connect(&lab, &Lab::frameShown,
                   [&] { shown.emplace_back(lab.frame()->inputs.model.r1, lab.frame()->inputs.model.N1); });
  // Each step sets r1 and N1 together (r1 = k/100, N1 = 100 k); a mixed
  // frame would pair an r1 with another step's N1.
  for (int k = 1; k <= 40; ++k) {
    auto values = lab.values();
    values["r1"] = k / 100.0;
    values["N1"] = 100.0 * k;
    ASSERT_TRUE(lab.setValues(values, "step"));
    QTest::qWait(k % 7 == 0 ? 30 : 0);
  }
  ASSERT_TRUE(waitForFrame(lab));
  ASSERT_FALSE(shown.empty());
  for (const auto& [r1, n1] : shown) EXPECT_NEAR(n1, r1 * 10000.0, 1e-6);
  EXPECT_DOUBLE_EQ(shown.back().first, 0.40);
}

TEST(CompetitionLab, ABifurcationBranchFlatToRoundingIsChartedWithFewTicks) {
  // Regression (CI, stop 27): at r₁ = 0.15, N₁ = 1500 a branch's x₁ is 0 and
  // 1e-14; the chart's axis came out 1e-14 wide, and the next diagram made Qt
  // lay out ticks until the kernel killed the process (24 GB).
  CompetitionLab lab;
  const auto diagramFor = [&](double n1) {
    auto values = lab.values();
    values["r1"] = n1 / 10000.0;
    values["N1"] = n1;
    return lab.setValues(values, "step") &&
           QTest::qWaitFor(
               [&] {
                 const auto f = lab.bifurcationFrame();
                 return f && std::find(f->inputs.values.begin(), f->inputs.values.end(), n1) != f->inputs.values.end();
               },
               60000);
  };
  auto* y = qobject_cast<QValueAxis*>(lab.bifurcationChart()->axes(Qt::Vertical).first());
  for (const double n1 : {1400.0, 1500.0, 1600.0}) {
    ASSERT_TRUE(diagramFor(n1)) << n1;
    EXPECT_GT(y->max() - y->min(), 1e-9) << n1;
    EXPECT_LE((y->max() - y->min()) / y->tickInterval(), 10) << n1;
  }
}

TEST(CompetitionLab, NullclineLegendsFollowTheBranchNotItsPosition) {
  CompetitionLab lab;
  lab.recompute();
  ASSERT_TRUE(waitForFrame(lab));
  core::CompetitionFrame frame = *lab.frame();
  std::reverse(frame.nullclines.begin(), frame.nullclines.end());  // core's order is no contract
  const PlotScene scene = competitionScene(frame);
  for (const char* legend : {"dx₁/dt = 0", "dx₂/dt = 0"}) {
    const auto labelled = std::count_if(scene.lines.begin(), scene.lines.end(),
                                        [&](const LineLayer& line) { return line.legend == QString(legend); });
    EXPECT_EQ(labelled, 1) << legend;
  }
  for (const auto& line : scene.lines) {
    if (!line.legend.startsWith("dx")) continue;
    // The labelled branch is the interior line, not an axis.
    EXPECT_FALSE(line.points.front().x() == 0 && line.points.back().x() == 0);
    EXPECT_FALSE(line.points.front().y() == 0 && line.points.back().y() == 0);
  }
}

TEST(CompetitionLab, InvalidValuesAreRejectedAndChangeNothing) {
  CompetitionLab lab;
  EXPECT_FALSE(lab.setValue("r1", -1));
  EXPECT_FALSE(lab.setValue("r1", std::numeric_limits<double>::quiet_NaN()));
  EXPECT_FALSE(lab.setValue("nope", 1));
  EXPECT_DOUBLE_EQ(lab.value("r1"), 0.1);
  EXPECT_EQ(lab.undoStack()->count(), 0);
}

TEST(CompetitionLab, UndoRestoresParametersAndSliderDragsMerge) {
  CompetitionLab lab;
  ASSERT_TRUE(lab.setValue("r1", 0.2));
  ASSERT_TRUE(lab.setValue("r1", 0.3, true));  // a drag's next step: one step
  ASSERT_TRUE(lab.setValue("a1", 0.0003));
  ASSERT_TRUE(lab.setValue("a1", 0.0004));  // typed, not dragged: a step of its own
  EXPECT_EQ(lab.undoStack()->count(), 3);
  lab.undoStack()->undo();
  EXPECT_DOUBLE_EQ(lab.value("a1"), 3e-4);
  lab.undoStack()->undo();
  EXPECT_DOUBLE_EQ(lab.value("a1"), 1e-4);
  lab.undoStack()->undo();
  EXPECT_DOUBLE_EQ(lab.value("r1"), 0.1);
  lab.undoStack()->redo();
  EXPECT_DOUBLE_EQ(lab.value("r1"), 0.3);
}

TEST(CompetitionLab, SessionRoundTripRestoresParametersAndTrajectories) {
  CompetitionLab lab;
  ASSERT_TRUE(lab.setValue("integrator", 0));
  ASSERT_TRUE(lab.setValue("a2", 0.0005));
  lab.clickAt({300, 300}, 1.0);
  lab.setWindow({0, 700, 0, 600});
  const QByteArray json = sessionJson(lab);
  EXPECT_TRUE(json.contains("\"integrator\": \"euler\""));

  CompetitionLab other;
  auto session = parseSession(json);
  ASSERT_TRUE(session);
  ASSERT_TRUE(applySession(other, *session));
  EXPECT_EQ(other.values(), lab.values());
  EXPECT_EQ(other.inputs().seeds.size(), 2u);
  EXPECT_EQ(other.inputs().selected, 1);
  EXPECT_EQ(other.inputs().window, (core::PlaneRect{0, 700, 0, 600}));
}

// Fault test (issue 8): saving while the worker computes writes the lab's
// current values atomically, over an older session, and the job still ends.
TEST(CompetitionLab, SavingASessionWhileAJobRunsWritesTheCurrentValues) {
  QTemporaryDir dir;
  const QString path = dir.filePath("running.json");
  CompetitionLab lab;
  ASSERT_TRUE(writeSessionFile(path, lab));  // an older session to overwrite
  ASSERT_TRUE(lab.setValue("t_end", 2000));  // a longer job: still running below
  ASSERT_TRUE(lab.setValue("r1", 0.25));
  ASSERT_TRUE(lab.runner().busy());
  ASSERT_TRUE(writeSessionFile(path, lab));
  auto session = readSessionFile(path);
  ASSERT_TRUE(session) << session.error();
  auto values = sessionValues(*session, lab.description().schema);
  ASSERT_TRUE(values);
  EXPECT_EQ(*values, lab.values());
  EXPECT_TRUE(waitForFrame(lab, 60000));
  EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{"running.json"});  // no temporary file left
}

TEST(CompetitionLab, BadSessionsNameTheProblemAndLoseNothing) {
  CompetitionLab lab;
  ASSERT_TRUE(lab.setValue("r1", 0.5));
  const auto before = lab.values();
  const auto seedsBefore = lab.inputs().seeds;
  struct Case {
    const char* json;
    const char* expect;
  };
  const Case cases[] = {
      {"{not json", "not valid JSON"},
      {"[1,2]", "not a JSON object"},
      {R"({"format":"other","version":1,"lab":"competition"})", "not a Kexue Lab session"},
      {R"({"format":"kexue-lab-session","version":9,"lab":"competition"})", "unsupported session version 9"},
      {R"({"format":"kexue-lab-session","version":1,"lab":"walk"})", "not 'competition'"},
      {R"({"format":"kexue-lab-session","version":1,"lab":"competition","parameters":{"r1":7}})",
       "'r1' = 7 is out of range"},
      {R"({"format":"kexue-lab-session","version":1,"lab":"competition","parameters":{"zz":1}})",
       "unknown parameter 'zz'"},
      {R"({"format":"kexue-lab-session","version":1,"lab":"competition","parameters":{"integrator":"leapfrog"}})",
       "one of euler rk4 dopri"},
      {R"({"format":"kexue-lab-session","version":1,"lab":"competition","state":{"seeds":[[1,"x"]]}})", "state.seeds"},
      {R"({"format":"kexue-lab-session","version":1,"lab":"competition","state":{"window":[5,1,0,1]}})",
       "state.window"},
      {R"({"format":"kexue-lab-session","version":1,"lab":"competition","state":{"trajectories":[[1,2]]}})",
       "unknown key 'trajectories' (lab 'competition' keeps: window, seeds, selected)"},
      {R"({"format":"kexue-lab-session","version":1,"lab":"competition","paramters":{"r1":0.2}})",
       "unknown key 'paramters' in the session"},
  };
  for (const auto& c : cases) {
    auto session = parseSession(c.json);
    core::Status status = session ? applySession(lab, *session) : core::Status(core::fail(session.error()));
    ASSERT_FALSE(status) << c.json;
    EXPECT_NE(status.error().find(c.expect), std::string::npos) << status.error();
    EXPECT_EQ(lab.values(), before);
    EXPECT_EQ(lab.inputs().seeds, seedsBefore);
  }
}

// The error chart's y ticks all read "…" after a₁ changed: ten decades in
// 130 pixels (issue 24, item 6). On screen and in exports, every a₁.
TEST(MainWindow, TickLabelsAreWholeAndDistinctOnScreenAndInExports) {
  MainWindow window;
  ASSERT_TRUE(window.selectLab("competition"));
  window.resize(1280, 800);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  Lab* lab = window.currentLab();
  QTemporaryDir dir;
  for (double a1 : {1e-4, 3e-4, 1e-3, 4e-3, 1e-2}) {
    ASSERT_TRUE(lab->setValue("a1", a1));
    ASSERT_TRUE(waitForFrame(*lab));
    for (QSize size : {QSize(1600, 1000), QSize(1280, 800)}) {
      const QString path = dir.filePath(QString("figure-%1.svg").arg(size.width()));
      ASSERT_TRUE(exportFigure(*lab, path, size));
      EXPECT_GT(testing::svgTextItems(path).size(), 20u);
      EXPECT_EQ(testing::tickLabelProblems(path).join("; ").toStdString(), "") << "a₁ = " << a1 << ", " << size.width();
    }
    for (QChartView* view : window.findChildren<QChartView*>()) {
      if (!view->isVisible()) continue;  // another tab's chart is not on screen
      const auto texts = testing::renderedTexts(*view, dir.filePath("screen.svg"));
      EXPECT_EQ(testing::tickLabelProblems(texts).join("; ").toStdString(), "")
          << "a₁ = " << a1 << ", on screen: " << testing::joined(texts);
    }
  }
}

TEST(MainWindow, ShowsTheFieldAndTheChartsInARealWindow) {
  KX_REQUIRE_GL_OR_SKIP();
  MainWindow window;
  ASSERT_TRUE(window.selectLab("competition"));
  window.resize(1300, 850);
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  ASSERT_TRUE(waitForFrame(*window.currentLab()));
  QTest::qWait(300);
  auto* canvas = window.findChild<GlCanvas*>();
  ASSERT_NE(canvas, nullptr);
  const QImage image = window.grab().toImage();
  testing::saveScreenshot(image, "competition-window.png");
  const QRect area(canvas->mapTo(&window, QPoint(0, 0)), canvas->size());
  // The phase plane is a speed-coloured texture with arrows: many colours
  // (a blank or flat canvas has a handful even after 4-bit quantisation).
  QSet<QRgb> colours;
  for (int y = area.top(); y < area.bottom(); y += 3)
    for (int x = area.left(); x < area.right(); x += 3) colours.insert(image.pixel(x, y) & 0xF0F0F0);
  EXPECT_GT(colours.size(), 100);
}

TEST(MainWindow, ALanguageChangeKeepsTheOutcomeMapOnTheShownParameters) {
  MainWindow window;
  ASSERT_TRUE(window.selectLab("competition"));
  Lab* lab = window.currentLab();
  ASSERT_TRUE(lab->setValue("a1", 3.5e-4));  // sigma1 = a1 N2 / r1 > 1: species 2 wins (§1.5)
  ASSERT_TRUE(waitForFrame(*lab));
  auto* map = window.findChild<OutcomeMapWidget*>();
  ASSERT_NE(map, nullptr);
  const auto& model = static_cast<CompetitionLab*>(lab)->frame()->inputs.model;
  ASSERT_GT(model.sigma1(), 1);
  QEvent change(QEvent::LanguageChange);  // what installing a translator sends every widget
  QApplication::sendEvent(window.findChild<CompetitionView*>(), &change);
  EXPECT_DOUBLE_EQ(map->sigma1(), model.sigma1());
  EXPECT_DOUBLE_EQ(map->sigma2(), model.sigma2());
}

TEST(MainWindow, ClosingWhileAJobRunsExitsCleanly) {
  auto* window = new MainWindow;
  ASSERT_TRUE(window->selectLab("competition"));
  window->show();
  Lab* lab = window->currentLab();
  ASSERT_TRUE(lab->setValue("flow", 1));
  for (int i = 0; i < 5; ++i) ASSERT_TRUE(lab->setValue("r1", 0.1 + 0.01 * i));
  delete window;  // the lab's worker must cancel and join; ASan/TSan builds check the rest
  SUCCEED();
}

}  // namespace
}  // namespace kx::widgets
