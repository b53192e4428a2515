// The Competition lab's other models (issue 19, docs/math.md §7): the gallery
// chooser, Rosenzweig–MacArthur's limit cycle past its Hopf point, typed
// models with their positioned errors, sessions and undo of a model.
#include <gtest/gtest.h>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include "core/phase/gallery.h"
#include "tests/widgets/screenshot_dir.h"
#include "widgets/labs/competition/competition_lab.h"
#include "widgets/labs/competition/competition_view.h"
#include "widgets/labs/competition/custom_model_editor.h"
#include "widgets/labs/competition/model_names.h"
#include "widgets/labs/competition/phase_scene.h"
#include "widgets/panel/param_panel.h"
#include "widgets/session/session_file.h"
#include "widgets/shell/language.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

bool waitForFrame(Lab& lab, int timeoutMs = 30000) {
  return QTest::qWaitFor([&] { return lab.hasFrame() && !lab.runner().busy(); }, timeoutMs);
}

void choose(CompetitionView& view, const QString& id) {
  QComboBox* chooser = view.modelChooser();
  const int index = chooser->findData(id);
  ASSERT_GE(index, 0) << id.toStdString();
  chooser->setCurrentIndex(index);
  emit chooser->activated(index);  // what a user's pick sends
}

/// The spin box the parameter panel shows for `key` (its tooltip names the key).
QDoubleSpinBox* spinBoxFor(MainWindow& window, const std::string& key) {
  const QString code = "<code>" + QString::fromStdString(key) + "</code>";
  for (auto* box : window.findChild<ParamPanel*>()->findChildren<QDoubleSpinBox*>())
    if (box->toolTip().contains(code)) return box;
  return nullptr;
}

// The lab in a shown window, as a user meets it.
class PhaseWindow : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(window.selectLab("competition"));
    window.resize(1400, 900);
    window.show();
    lab = static_cast<CompetitionLab*>(window.currentLab());
    view = window.findChild<CompetitionView*>();
  }
  MainWindow window;
  CompetitionLab* lab = nullptr;
  CompetitionView* view = nullptr;
};

// The model of issue 19's "done when": past K = 1/(ah) + 2x* (= 7/3 at the
// defaults, x* = m/(a(e − mh)) = 2/3) the focus repels and a limit cycle,
// with its period printed, takes over.
TEST_F(PhaseWindow, RosenzweigMacArthurPastItsHopfPointShowsALimitCycleAndItsPeriod) {
  choose(*view, "rosenzweig_macarthur");
  ASSERT_EQ(lab->modelSpec().id, "rosenzweig_macarthur");
  // The panel is the model's: a K slider at its default, no competition parameter.
  ASSERT_NE(spinBoxFor(window, "K"), nullptr);
  EXPECT_DOUBLE_EQ(spinBoxFor(window, "K")->value(), 2.0);
  EXPECT_EQ(spinBoxFor(window, "r1"), nullptr);

  ASSERT_TRUE(lab->setValue("K", 2.0));  // before the Hopf point: a stable focus, no cycle
  ASSERT_TRUE(waitForFrame(*lab));
  ASSERT_NE(lab->phaseFrame(), nullptr);
  EXPECT_TRUE(lab->phaseFrame()->orbits.empty());
  EXPECT_FALSE(lab->scene()->title.contains("T = "));

  ASSERT_TRUE(lab->setValue("K", 3.0));
  ASSERT_TRUE(waitForFrame(*lab));
  const auto frame = lab->phaseFrame();
  ASSERT_EQ(frame->orbits.size(), 1u);
  const core::PeriodicOrbit& cycle = frame->orbits.front().orbit;
  EXPECT_GT(cycle.period, 1.0);
  EXPECT_LT(cycle.multiplier, 1.0);  // it attracts
  const QString period = QString("T = %1").arg(cycle.period, 0, 'g', 5);
  EXPECT_TRUE(lab->scene()->title.contains(period)) << lab->scene()->title.toStdString();
  const bool inLegend = std::any_of(lab->scene()->lines.begin(), lab->scene()->lines.end(),
                                    [&](const LineLayer& line) { return line.legend.contains(period); });
  EXPECT_TRUE(inLegend);

  // The bifurcation diagram in K marks the Hopf point at its closed form.
  view->tabs()->setCurrentIndex(1);
  const int k = view->sweepChooser()->findText("K");
  ASSERT_GE(k, 0);
  view->sweepChooser()->setCurrentIndex(k);
  emit view->sweepChooser()->activated(k);
  ASSERT_TRUE(QTest::qWaitFor(
      [&] { return lab->bifurcationFrame() && lab->bifurcationFrame()->inputs.range.parameter == k; }, 60000));
  const auto& marks = lab->bifurcationFrame()->diagram.marks;
  const bool hopf = std::any_of(marks.begin(), marks.end(), [](const core::BifurcationMark& m) {
    return m.kind == core::BifurcationKind::Hopf && std::abs(m.parameter - 7.0 / 3.0) < 1e-3;
  });
  EXPECT_TRUE(hopf);
  EXPECT_FALSE(lab->bifurcationFrame()->diagram.cycles.empty());
  QTest::qWait(100);
  testing::saveScreenshot(window.grab().toImage(), "phase-bifurcation.png");
}

TEST_F(PhaseWindow, ASyntaxErrorShowsItsPositionAndKeepsThePreviousModel) {
  choose(*view, "lotka_volterra");
  choose(*view, "custom");  // starts from the model on screen
  ASSERT_EQ(lab->modelSpec().id, "custom");
  const core::PlanarModelSpec before = lab->modelSpec();
  EXPECT_EQ(before.dxdt, core::galleryModel("lotka_volterra").dxdt);
  CustomModelEditor* editor = view->customEditor();
  ASSERT_TRUE(editor->isVisibleTo(view));

  QLineEdit* dxdt = editor->dxdtEdit();
  dxdt->clear();
  QTest::keyClicks(dxdt, "alpha*x - beta*x*(y");
  EXPECT_EQ(editor->dxdtMessage().toStdString(), "expected ')' at column 20");
  QTest::keyClick(dxdt, Qt::Key_Return);
  EXPECT_EQ(lab->modelSpec(), before);  // the last valid model stays
  ASSERT_TRUE(waitForFrame(*lab));
  QTest::qWait(100);
  testing::saveScreenshot(window.grab().toImage(), "phase-custom-error.png");

  dxdt->clear();
  QTest::keyClicks(dxdt, "alpha*x - beta*x*z");
  EXPECT_EQ(editor->dxdtMessage().toStdString(), "unknown name 'z' at column 18");
  QTest::keyClick(dxdt, Qt::Key_Return);
  EXPECT_EQ(lab->modelSpec(), before);

  dxdt->clear();
  QTest::keyClicks(dxdt, "alpha*x*(1 - x/10) - beta*x*y");
  EXPECT_EQ(editor->dxdtMessage(), QString());
  QTest::keyClick(dxdt, Qt::Key_Return);
  EXPECT_EQ(lab->modelSpec().dxdt, "alpha*x*(1 - x/10) - beta*x*y");
  ASSERT_TRUE(waitForFrame(*lab));
  EXPECT_EQ(lab->phaseFrame()->inputs.model.dxdt, "alpha*x*(1 - x/10) - beta*x*y");
}

core::PlanarModelSpec vanDerPol() {
  return {.id = "custom",
          .dxdt = "y",
          .dydt = "mu*(1 - x^2)*y - x",
          .parameters = {{"mu", 1.0, 0.0, 3.0}},
          .window = {-3, 3, -4, 4}};
}

TEST(PhaseModels, ATypedModelRoundTripsThroughASessionAndTheCommandLine) {
  CompetitionLab lab;
  ASSERT_TRUE(lab.chooseModel(vanDerPol()));
  ASSERT_TRUE(lab.setValue("mu", 1.5));
  lab.clickAt({0.5, 0.5}, 1e-3);
  const QByteArray json = sessionJson(lab);
  EXPECT_TRUE(json.contains("mu*(1 - x^2)*y - x"));

  CompetitionLab other;
  auto session = parseSession(json);
  ASSERT_TRUE(session);
  ASSERT_TRUE(applySession(other, *session));
  EXPECT_EQ(other.modelSpec(), vanDerPol());
  EXPECT_EQ(other.values(), lab.values());
  EXPECT_EQ(other.inputs().seeds, lab.inputs().seeds);
  // --set reads the session's model's schema (app/lab_setup.cpp).
  auto values = other.values();
  ASSERT_TRUE(other.description().schema.applyAssignment("mu=2.5", values));
  EXPECT_FALSE(other.description().schema.applyAssignment("mu=9", values));
  ASSERT_TRUE(other.setValues(values, "command line"));
  ASSERT_TRUE(waitForFrame(other));
  EXPECT_EQ(other.phaseFrame()->inputs.values, std::vector<double>{2.5});

  // A model that does not compile is refused whole.
  core::PlanarModelSpec bad = vanDerPol();
  bad.dydt = "mu*(1 - x^2)*y - q";
  EXPECT_FALSE(other.chooseModel(bad));
  EXPECT_EQ(other.modelSpec(), vanDerPol());
}

// dx/dt = −1/x reaches x = 0 in finite time, where the field is infinite:
// the user hears where the trajectory stopped, and the figure stays drawn.
TEST(PhaseModels, ATrajectoryThatRunsIntoADivisionByZeroIsReportedAndCut) {
  CompetitionLab lab;
  QSignalSpy messages(&lab, &Lab::message);
  ASSERT_TRUE(lab.chooseModel(
      {.id = "custom", .dxdt = "-c/x", .dydt = "-y", .parameters = {{"c", 1.0, 0.5, 2.0}}, .window = {-1, 2, -1, 2}}));
  ASSERT_TRUE(waitForFrame(lab));
  const auto frame = lab.phaseFrame();
  ASSERT_EQ(frame->trajectories.size(), 1u);
  EXPECT_LT(frame->trajectories[0].t.back(), frame->inputs.tEnd);
  for (const auto& x : frame->trajectories[0].x) EXPECT_TRUE(x.allFinite());
  QStringList texts;
  for (const auto& m : messages) texts << m.at(0).toString();
  EXPECT_TRUE(texts.join('\n').contains("stops at t =")) << texts.join('\n').toStdString();
  EXPECT_NE(lab.scene(), nullptr);
}

TEST(PhaseModels, UndoingAModelChangeRestoresTheModelItsParametersAndTheView) {
  CompetitionLab lab;
  ASSERT_TRUE(lab.setValue("r1", 0.2));
  const auto essay = lab.values();
  QSignalSpy schemas(&lab, &Lab::schemaChanged);
  ASSERT_TRUE(lab.chooseModel(core::galleryModel("sir")));
  EXPECT_EQ(schemas.count(), 1);
  EXPECT_EQ(lab.inputs().window, core::galleryModel("sir").window);
  ASSERT_NE(lab.description().schema.find("beta"), nullptr);
  ASSERT_TRUE(lab.setValue("beta", 1.0));
  lab.undoStack()->undo();
  lab.undoStack()->undo();
  EXPECT_EQ(lab.modelSpec().id, "competition");
  EXPECT_EQ(lab.values(), essay);
  EXPECT_EQ(lab.description().schema.find("beta"), nullptr);
  EXPECT_EQ(lab.inputs().window, core::kCompetitionDefaultWindow);
  ASSERT_TRUE(waitForFrame(lab));
  ASSERT_NE(lab.frame(), nullptr);  // the essay's own job again
  lab.undoStack()->redo();
  EXPECT_EQ(lab.modelSpec().id, "sir");
}

// The notes come from core/phase/gallery.cpp; model_names.cpp repeats them
// for lupdate. A note edited in one place only would stay in English.
TEST(PhaseModels, EveryGalleryNoteHasItsTranslation) {
  ASSERT_TRUE(installTranslation("zh_CN"));
  for (const auto& spec : core::modelGallery())
    EXPECT_NE(modelNote(spec), QString::fromStdString(spec.note)) << spec.id;
  installTranslation("en");
}

}  // namespace
}  // namespace kx::widgets
