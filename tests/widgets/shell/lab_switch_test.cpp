// Switching labs (docs/architecture.md, "Hidden labs"): a hidden animation
// pauses, a hidden training goes on with its activity in the lab list, and
// the status bar's progress is always the shown lab's.
#include <gtest/gtest.h>

#include <QListWidget>
#include <QProgressBar>
#include <QTest>

#include "widgets/shell/main_window.h"

namespace kx::widgets {
namespace {

QString labListText(const MainWindow& window, const QString& id) {
  auto* list = window.findChild<QListWidget*>("labList");
  for (int row = 0; row < list->count(); ++row)
    if (list->item(row)->data(Qt::UserRole).toString() == id) return list->item(row)->text();
  return {};
}

bool waitForProgress(const Lab& lab, double atLeast) {
  return QTest::qWaitFor([&] { return lab.runner().progress() >= atLeast; }, 60000);
}

/// The walk lab, shown, with few walkers: its progress is then paced by the
/// animation speed, not by the machine (sanitizer builds run 10x slower).
Lab* showSmallWalk(MainWindow& window) {
  if (!window.selectLab("walk")) return nullptr;
  Lab* walk = window.currentLab();
  return walk->setValue("walkers", 2000) ? walk : nullptr;
}

TEST(LabSwitch, AHiddenAnimationPausesAndResumesWhereItWas) {
  MainWindow window;
  Lab* walk = showSmallWalk(window);
  ASSERT_NE(walk, nullptr);
  walk->run();
  ASSERT_TRUE(waitForProgress(*walk, 0.02));
  ASSERT_TRUE(window.selectLab("competition"));
  EXPECT_FALSE(walk->running());
  EXPECT_TRUE(walk->runner().paused());
  EXPECT_TRUE(labListText(window, "walk").contains("paused")) << labListText(window, "walk").toStdString();
  QTest::qWait(200);  // the chunk in flight when the pause was queued may still report
  const double progress = walk->runner().progress();
  QTest::qWait(400);
  EXPECT_EQ(walk->runner().progress(), progress) << "a paused walk must not advance";
  ASSERT_TRUE(window.selectLab("walk"));
  walk->run();
  EXPECT_TRUE(QTest::qWaitFor([&] { return walk->runner().progress() > progress; }, 20000));
}

TEST(LabSwitch, AHiddenTrainingGoesOnAndTheLabListShowsIt) {
  MainWindow window;
  ASSERT_TRUE(window.selectLab("gan"));
  Lab* gan = window.currentLab();
  gan->run();
  ASSERT_TRUE(window.selectLab("competition"));
  EXPECT_TRUE(gan->running());
  EXPECT_FALSE(gan->runner().paused());
  // Trained a little: the first chunk may report 0 % (a "paused" needs a start).
  EXPECT_TRUE(QTest::qWaitFor(
      [&] { return gan->runner().progress() > 0 && labListText(window, "gan").contains("%"); }, 60000))
      << labListText(window, "gan").toStdString();
  gan->pause();
  EXPECT_TRUE(labListText(window, "gan").contains("paused"));
  gan->cancel();
  EXPECT_EQ(labListText(window, "gan"), labTitle("gan"));
}

TEST(LabSwitch, TheStatusBarShowsTheShownLabsProgressNotAnothers) {
  MainWindow window;
  Lab* walk = showSmallWalk(window);
  ASSERT_NE(walk, nullptr);
  walk->run();
  ASSERT_TRUE(waitForProgress(*walk, 0.2));
  auto* bar = window.findChild<QProgressBar*>("labProgress");
  ASSERT_NE(bar, nullptr);
  EXPECT_GE(bar->value(), 200);
  ASSERT_TRUE(window.selectLab("gan"));  // never run: its job waits, paused, at step 0
  Lab* gan = window.currentLab();
  ASSERT_TRUE(gan->runner().busy());
  EXPECT_EQ(labListText(window, "gan"), labTitle("gan")) << "a lab that never ran is not 'paused'";
  EXPECT_EQ(bar->value(), static_cast<int>(gan->runner().progress() * 1000));
  EXPECT_LT(bar->value(), 100);
}

}  // namespace
}  // namespace kx::widgets
