// Errors in the shell are an inline, dismissable message bar, not modal
// dialogs: what it says, its Reset action, its accessible name and the alert
// screen readers hear.
#include "widgets/shell/message_bar.h"

#include <gtest/gtest.h>

#include <QAccessible>
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "tests/widgets/shell/temp_settings_test.h"
#include "widgets/labs/competition/competition_lab.h"
#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

using MessageBarTest = testing::TempSettingsTest;

TEST_F(MessageBarTest, AFailedOpenShowsTheBarAndNoDialog) {
  MainWindow window;
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  auto* bar = window.findChild<MessageBar*>("messageBar");
  ASSERT_NE(bar, nullptr);
  EXPECT_FALSE(bar->isVisible());

  const QString missing = path("gone.json");
  EXPECT_FALSE(window.openSession(missing));  // would have blocked here on a modal dialog
  QTest::qWait(50);
  EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
  ASSERT_TRUE(bar->isVisible());
  EXPECT_TRUE(bar->text().contains("gone.json")) << bar->text().toStdString();
  EXPECT_EQ(bar->accessibleName(), bar->text());
  EXPECT_FALSE(bar->actionButton()->isVisible());  // nothing to reset for a file
  // Palette roles, not hard-coded colours: it follows light and dark themes.
  EXPECT_EQ(bar->backgroundRole(), QPalette::ToolTipBase);
  EXPECT_TRUE(bar->styleSheet().isEmpty());

  bar->closeButton()->click();
  EXPECT_FALSE(bar->isVisible());
}

TEST_F(MessageBarTest, ALabMessageOffersResetAndResetRestoresTheDefaults) {
  MainWindow window;
  window.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
  ASSERT_TRUE(window.selectLab("competition"));
  auto* lab = qobject_cast<CompetitionLab*>(window.currentLab());
  ASSERT_NE(lab, nullptr);
  const double defaultR1 = lab->description().schema.find("r1")->defaultValue;
  ASSERT_TRUE(lab->setValue("r1", defaultR1 * 2));
  auto* bar = window.findChild<MessageBar*>("messageBar");
  ASSERT_NE(bar, nullptr);

  emit lab->message("The integrator diverged.");
  ASSERT_TRUE(bar->isVisible());
  EXPECT_EQ(bar->text(), "The integrator diverged.");
  ASSERT_TRUE(bar->actionButton()->isVisible());
  EXPECT_FALSE(bar->actionButton()->accessibleName().isEmpty());
  bar->actionButton()->click();
  EXPECT_DOUBLE_EQ(lab->value("r1"), defaultR1);
  EXPECT_FALSE(bar->isVisible());  // the action also closes the bar
  // Reset is one undoable step, like Run > Reset.
  lab->undoStack()->undo();
  EXPECT_DOUBLE_EQ(lab->value("r1"), defaultR1 * 2);

  // Showing another lab drops a message about the previous one.
  emit lab->message("The integrator diverged again.");
  ASSERT_TRUE(bar->isVisible());
  ASSERT_TRUE(window.selectLab("walk"));
  EXPECT_FALSE(bar->isVisible());
}

// The Alert event itself reaches a screen reader only through the platform's
// accessibility bridge (AT-SPI over D-Bus), which a test cannot switch on; what
// the reader then asks for is the bar's accessible name.
TEST(MessageBar, ScreenReadersFindTheTextAsItsAccessibleName) {
  MessageBar bar;
  bar.showMessage("Out of memory: fewer walkers, please.", "Reset lab", [] {});
  QAccessibleInterface* face = QAccessible::queryAccessibleInterface(&bar);
  ASSERT_NE(face, nullptr);
  EXPECT_EQ(face->text(QAccessible::Name), "Out of memory: fewer walkers, please.");
  QAccessibleInterface* action = QAccessible::queryAccessibleInterface(bar.actionButton());
  ASSERT_NE(action, nullptr);
  EXPECT_EQ(action->text(QAccessible::Name), "Reset lab");
  EXPECT_FALSE(QAccessible::queryAccessibleInterface(bar.closeButton())->text(QAccessible::Name).isEmpty());
  // Esc closes it like the close button.
  bar.show();
  QTest::keyClick(&bar, Qt::Key_Escape);
  EXPECT_FALSE(bar.isVisible());
}

}  // namespace
}  // namespace kx::widgets
