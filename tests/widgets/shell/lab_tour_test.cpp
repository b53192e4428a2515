// Each lab toured as a user meets it, with the mouse and keyboard only, in
// the 1280 x 800 window: drag a slider, press Esc, type a value, undo with
// Ctrl+Z while the value box keeps the focus, switch to Chinese from the View
// menu, and export a figure. KX_SCREENSHOT_DIR keeps tour-<lab>-<language>.png.
#include <gtest/gtest.h>

#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QTest>
#include <algorithm>

#include "tests/widgets/registered_lab_ids.h"
#include "tests/widgets/screenshot_dir.h"
#include "tests/widgets/shell/temp_settings_test.h"
#include "tests/widgets/svg_ticks.h"
#include "widgets/export/lab_export.h"
#include "widgets/panel/number_spin_box.h"
#include "widgets/panel/param_panel.h"
#include "widgets/shell/language.h"
#include "widgets/shell/main_window.h"
#include "widgets/worker/job_runner.h"

namespace kx::widgets {
namespace {

template <typename W>
W* firstVisible(QWidget& root) {
  for (W* w : root.findChildren<W*>())
    if (w->isVisible() && w->isEnabled()) return w;
  return nullptr;
}

QPoint handleCentre(QSlider& slider) {
  QStyleOptionSlider option;
  option.initFrom(&slider);
  option.orientation = slider.orientation();
  option.minimum = slider.minimum();
  option.maximum = slider.maximum();
  option.sliderPosition = slider.sliderPosition();
  option.sliderValue = slider.value();
  option.upsideDown = slider.invertedAppearance();
  return slider.style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, &slider).center();
}

QAction* languageAction(MainWindow& window, const QString& code) {
  auto* menu = window.findChild<QMenu*>("languageMenu");
  if (!menu) return nullptr;
  const auto actions = menu->actions();
  const auto it = std::find_if(actions.begin(), actions.end(), [&](QAction* a) { return a->data() == code; });
  return it == actions.end() ? nullptr : *it;
}

/// The parameter dock scrolls sideways: spin arrows and reset buttons are hidden.
bool panelScrollsSideways(MainWindow& window) {
  auto* area = window.findChild<QScrollArea*>("parameterArea");
  return !area || area->horizontalScrollBar()->isVisible();
}

bool settled(Lab& lab) {
  if (lab.animated() && !lab.hasFrame()) lab.step();  // a paused animation computes once stepped
  return QTest::qWaitFor([&] { return lab.hasFrame(); }, 60000);
}

class LabTour : public testing::TempSettingsTest, public ::testing::WithParamInterface<std::string> {
 protected:
  void TearDown() override { installTranslation("en"); }
};

TEST_P(LabTour, DragEscTypeUndoSwitchLanguageAndExport) {
  const QString id = QString::fromStdString(GetParam());
  installTranslation("en");
  MainWindow window;
  window.resize(1280, 800);
  window.show();
  window.activateWindow();  // Xvfb has no window manager to do it; shortcuts need an active window
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  ASSERT_TRUE(window.selectLab(id));
  Lab* lab = window.currentLab();
  ASSERT_TRUE(settled(*lab));
  auto* panel = firstVisible<ParamPanel>(window);
  ASSERT_NE(panel, nullptr);
  const auto defaults = lab->values();

  // Drag: 32 px in four moves. The slider stays where it is (nothing in the
  // window changes the layout as the lab updates) and follows the cursor.
  auto* slider = firstVisible<QSlider>(*panel);
  ASSERT_NE(slider, nullptr);
  QTest::qWait(100);  // the window's first layouts, done before a person could reach for a slider
  const QPoint place = slider->mapTo(&window, QPoint(0, 0));
  const int start = slider->sliderPosition();
  QPoint at = handleCentre(*slider);
  QTest::mousePress(slider, Qt::LeftButton, Qt::NoModifier, at);
  for (int move = 0; move < 4; ++move) {
    at += QPoint(8, 0);
    QTest::mouseMove(slider, at);
    QTest::qWait(40);  // frames arrive meanwhile
    EXPECT_EQ(slider->mapTo(&window, QPoint(0, 0)), place) << "move " << move;
  }
  QTest::mouseRelease(slider, Qt::LeftButton, Qt::NoModifier, at);
  const double span = slider->maximum() - slider->minimum();
  const double expected = 32.0 / slider->width() * span;
  EXPECT_NEAR(slider->sliderPosition() - start, expected, 0.5 * expected + 1) << "of " << span;
  const auto dragged = lab->values();
  ASSERT_NE(dragged, defaults);

  // Esc cancels whatever the change started.
  QTest::keyClick(&window, Qt::Key_Escape);
  EXPECT_TRUE(QTest::qWaitFor([&] { return !lab->runner().busy(); }, 1000));

  // Type a value, Enter, then Ctrl+Z twice with the focus still in the box.
  auto* box = firstVisible<NumberSpinBox>(*panel);
  ASSERT_NE(box, nullptr);
  box->setFocus();
  ASSERT_TRUE(QTest::qWaitFor([box] { return box->hasFocus(); }));
  QWidget* editor = QApplication::focusWidget();
  const double target = box->value() == box->maximum() ? box->minimum() : box->maximum();
  QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
  QTest::keyClicks(editor, box->textFromValue(target));
  QTest::keyClick(editor, Qt::Key_Return);
  EXPECT_EQ(box->value(), target);
  EXPECT_NE(lab->values(), dragged);
  QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
  EXPECT_EQ(lab->values(), dragged);
  QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
  EXPECT_EQ(lab->values(), defaults);
  ASSERT_TRUE(settled(*lab));
  kx::testing::saveScreenshot(window.grab().toImage(), QString("tour-%1-en.png").arg(id));
  EXPECT_FALSE(panelScrollsSideways(window));

  // The View menu's 简体中文 translates the window at once.
  const QString englishTitle = window.windowTitle();
  QAction* chinese = languageAction(window, "zh_CN");
  ASSERT_NE(chinese, nullptr);
  chinese->trigger();
  QTest::qWait(200);  // the relayouts the new texts start, before the screenshot
  EXPECT_NE(window.windowTitle(), englishTitle);
  // Redo names the step undone last, made again in Chinese ("Set … to …" was English).
  const QList<QAction*> edit = window.menuBar()->actions().at(1)->menu()->actions();
  ASSERT_EQ(edit.size(), 2);
  EXPECT_TRUE(edit[1]->isEnabled());
  EXPECT_FALSE(edit[1]->text().contains("Set")) << edit[1]->text().toStdString();
  ASSERT_TRUE(settled(*lab));
  kx::testing::saveScreenshot(window.grab().toImage(), QString("tour-%1-zh_CN.png").arg(id));
  EXPECT_FALSE(panelScrollsSideways(window));

  // The figure as File > Export writes it: every tick label whole and distinct.
  const QString svg = path("tour.svg");
  ASSERT_TRUE(exportFigure(*lab, svg, QSize(1600, 1000)));
  EXPECT_GT(kx::testing::svgTexts(svg).size(), 10);
  EXPECT_TRUE(kx::testing::tickLabelProblems(svg).isEmpty())
      << kx::testing::tickLabelProblems(svg).join('\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(AllLabs, LabTour, ::testing::ValuesIn(testing::registeredLabIds()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace kx::widgets
