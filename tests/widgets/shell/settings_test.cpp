// What the shell remembers (ShellSettings, File > Open Recent, window layout,
// last lab), its languages, shortcuts and palette. Every test writes its
// settings into a temporary folder (QSettings::setPath), never the user's.
#include <gtest/gtest.h>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "tests/widgets/screenshot_dir.h"
#include "tests/widgets/shell/temp_settings_test.h"
#include "widgets/export/export_dialog.h"
#include "widgets/lab/lab.h"
#include "widgets/panel/number_spin_box.h"
#include "widgets/panel/param_panel.h"
#include "widgets/shell/language.h"
#include "widgets/shell/main_window.h"
#include "widgets/shell/recent_menu.h"
#include "widgets/shell/shell_settings.h"

namespace kx::widgets {
namespace {

class ShellSettingsTest : public testing::TempSettingsTest {
 protected:
  void TearDown() override { installTranslation("en"); }
};

TEST(WithRecent, MovesToTheFrontWithoutDuplicatesAndKeepsAtMostMax) {
  QStringList list;
  for (int i = 0; i < 10; ++i) list = withRecent(list, QString("f%1").arg(i), 8);
  ASSERT_EQ(list.size(), 8);
  EXPECT_EQ(list.front(), "f9");
  EXPECT_EQ(list.back(), "f2");  // f0 and f1 fell off the end
  list = withRecent(list, "f5", 8);
  EXPECT_EQ(list.size(), 8);
  EXPECT_EQ(list.front(), "f5");
  EXPECT_EQ(list.count("f5"), 1);
}

TEST_F(ShellSettingsTest, ValuesSurviveANewSettingsObjectAndBadValuesFallBack) {
  {
    ShellSettings settings;
    settings.setLastLab("walk");
    settings.setExportSettings({QSize(800, 600), 3.0, "/tmp/figures"});
    settings.setLanguage("zh_CN");
  }
  ShellSettings again;
  EXPECT_EQ(again.lastLab(), "walk");
  EXPECT_EQ(again.exportSettings().size, QSize(800, 600));
  EXPECT_DOUBLE_EQ(again.exportSettings().scale, 3.0);
  EXPECT_EQ(again.exportSettings().folder, "/tmp/figures");
  EXPECT_EQ(again.language(), "zh_CN");
  // A hand-edited file with nonsense gets the defaults, not a broken dialog.
  QSettings raw(QSettings::IniFormat, QSettings::UserScope, "Kexue Lab", "Kexue Lab");
  raw.setValue("export/scale", "lots");
  raw.setValue("export/size", QSize(-5, 3));
  raw.sync();
  EXPECT_EQ(ShellSettings().exportSettings().size, ExportSettings{}.size);
  EXPECT_DOUBLE_EQ(ShellSettings().exportSettings().scale, ExportSettings{}.scale);
}

TEST_F(ShellSettingsTest, TheLastLabOpensAgainUnlessItIsNoLongerRegistered) {
  EXPECT_EQ(ShellSettings().startupLab(), "");  // first run: the first lab
  {
    MainWindow window;
    ASSERT_TRUE(window.selectLab("walk"));
  }
  EXPECT_EQ(ShellSettings().startupLab(), "walk");
  ShellSettings().setLastLab("removed-lab");  // from an older or newer version
  EXPECT_EQ(ShellSettings().startupLab(), "");
}

TEST_F(ShellSettingsTest, SavedSessionsAppearInOpenRecentAndAMissingOneIsRemovedWithAMessage) {
  MainWindow window;
  ASSERT_TRUE(window.selectLab("competition"));
  EXPECT_EQ(ShellSettings().lastLab(), "competition");
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(window.saveSession(path(QString("s%1.json").arg(i))));
  const QStringList recent = ShellSettings().recentSessions();
  ASSERT_EQ(recent.size(), ShellSettings::kMaxRecent);
  EXPECT_EQ(recent.front(), path("s9.json"));

  auto* menu = window.findChild<RecentMenu*>("recentMenu");
  ASSERT_NE(menu, nullptr);
  menu->rebuild();
  // Eight files, a separator and "Clear list".
  EXPECT_EQ(menu->actions().size(), ShellSettings::kMaxRecent + 2);
  EXPECT_TRUE(menu->actions().front()->text().contains("s9.json"));

  QSignalSpy opened(menu, &RecentMenu::openRequested);
  QSignalSpy missing(menu, &RecentMenu::missing);
  menu->choose(path("s8.json"));
  EXPECT_EQ(opened.count(), 1);
  ASSERT_TRUE(QFile::remove(path("s7.json")));
  menu->choose(path("s7.json"));
  EXPECT_EQ(missing.count(), 1);
  EXPECT_FALSE(ShellSettings().recentSessions().contains(path("s7.json")));
  EXPECT_EQ(menu->actions().size(), ShellSettings::kMaxRecent + 1);
}

TEST_F(ShellSettingsTest, TheExportDialogStartsFromTheRememberedSizeScaleAndFolderAndSavesTheNewOnes) {
  ShellSettings().setExportSettings({QSize(400, 300), 1.5, path("")});
  MainWindow window;
  ASSERT_TRUE(window.selectLab("competition"));
  ASSERT_TRUE(QTest::qWaitFor([&] { return window.currentLab()->hasFrame(); }, 10000));
  QAction* exportAction = nullptr;
  for (QAction* action : window.findChildren<QAction*>())
    if (action->shortcut() == QKeySequence(QObject::tr("Ctrl+E"))) exportAction = action;
  ASSERT_NE(exportAction, nullptr);
  // The dialog is modal: inspect and accept it from the event loop it runs.
  QString suggested;
  QSize size;
  double scale = 0;
  QTimer::singleShot(0, [&] {
    auto* dialog = qobject_cast<ExportDialog*>(QApplication::activeModalWidget());
    if (!dialog) return;
    suggested = dialog->path();
    size = dialog->figureSize();
    scale = dialog->scale();
    dialog->accept();
  });
  exportAction->trigger();
  EXPECT_EQ(QDir(suggested), QDir(path("competition.png")).absolutePath()) << suggested.toStdString();
  EXPECT_EQ(size, QSize(400, 300));
  EXPECT_DOUBLE_EQ(scale, 1.5);
  EXPECT_TRUE(QFileInfo(path("competition.png")).size() > 0);
  EXPECT_EQ(QDir(ShellSettings().exportSettings().folder), QDir(path("")));
}

TEST(ExportDialogTest, OnlyTheFieldsTheFormatUsesAreEditable) {
  // The PNG scale means nothing for SVG, PDF or CSV, and a CSV has no size.
  ExportDialog dialog("figure.svg", QSize(800, 600), 2.0);
  auto* scale = dialog.findChild<QDoubleSpinBox*>();
  auto* path = dialog.findChild<QLineEdit*>();
  ASSERT_TRUE(scale && path);
  const auto sizes = dialog.findChildren<QSpinBox*>();
  ASSERT_EQ(sizes.size(), 2);
  EXPECT_FALSE(scale->isEnabled());
  EXPECT_TRUE(sizes[0]->isEnabled() && sizes[1]->isEnabled());
  dialog.show();
  kx::testing::saveScreenshot(dialog.grab().toImage(), "export-dialog-svg.png");
  path->setText("figure.PNG");
  EXPECT_TRUE(scale->isEnabled());
  path->setText("data.csv");
  EXPECT_FALSE(scale->isEnabled());
  EXPECT_FALSE(sizes[0]->isEnabled() || sizes[1]->isEnabled());
  path->setText("figure.pdf");
  EXPECT_FALSE(scale->isEnabled());
  EXPECT_TRUE(sizes[0]->isEnabled() && sizes[1]->isEnabled());
}

TEST_F(ShellSettingsTest, ClosingSavesTheLayoutAndANewWindowRestoresIt) {
  {
    MainWindow window;
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.findChild<QDockWidget*>("labs")->hide();
    window.close();
  }
  EXPECT_FALSE(ShellSettings().windowState().isEmpty());
  MainWindow again;
  again.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
  EXPECT_TRUE(again.findChild<QDockWidget*>("labs")->isVisible());  // the default before restoring
  again.restoreLayout();
  EXPECT_FALSE(again.findChild<QDockWidget*>("labs")->isVisible());
}

TEST_F(ShellSettingsTest, SimplifiedChineseTranslatesTheShellAndEnglishRestoresIt) {
  ASSERT_TRUE(installTranslation("zh_CN"));
  {
    MainWindow window;
    QStringList menus;
    for (QAction* action : window.menuBar()->actions()) menus << action->text();
    EXPECT_TRUE(menus.contains(QString::fromUtf8("文件(&F)"))) << menus.join(", ").toStdString();
    EXPECT_TRUE(menus.contains(QString::fromUtf8("视图(&V)")));
  }
  EXPECT_EQ(QCoreApplication::translate("QObject", "Diffusion"), QString::fromUtf8("扩散模型"));
  EXPECT_EQ(QCoreApplication::translate("QObject", "Random walk"), QString::fromUtf8("随机游走"));
  ASSERT_TRUE(installTranslation("en"));
  EXPECT_EQ(QCoreApplication::translate("kx::widgets::MainWindow", "&File"), "&File");
  EXPECT_FALSE(installTranslation("xx"));
}

TEST_F(ShellSettingsTest, TheSavedLanguageIsPreferredAndChoosingOneInTheMenuRetranslatesTheShellLive) {
  ShellSettings().setLanguage("zh_CN");
  EXPECT_EQ(preferredLanguage(), "zh_CN");
  ShellSettings().setLanguage("klingon");  // not offered: the system's or English
  EXPECT_NE(preferredLanguage(), "klingon");
  ShellSettings().setLanguage("en");
  MainWindow window;
  ASSERT_TRUE(window.selectLab("walk"));
  auto* menu = window.findChild<QMenu*>("languageMenu");
  ASSERT_NE(menu, nullptr);
  ASSERT_EQ(menu->actions().size(), 2);
  auto choose = [&](const QString& code) {
    for (QAction* action : menu->actions())
      if (action->data() == code) action->trigger();
    QCoreApplication::processEvents();  // LanguageChange is posted
  };
  auto menuTitles = [&] {
    QStringList titles;
    for (QAction* action : window.menuBar()->actions()) titles << action->text();
    return titles;
  };
  auto* labs = window.findChild<QDockWidget*>("labs");
  choose("zh_CN");
  EXPECT_EQ(ShellSettings().language(), "zh_CN");
  EXPECT_TRUE(menuTitles().contains(QString::fromUtf8("文件(&F)"))) << menuTitles().join(", ").toStdString();
  EXPECT_EQ(labs->windowTitle(), QString::fromUtf8("实验列表"));
  EXPECT_TRUE(window.windowTitle().contains(QString::fromUtf8("随机游走"))) << window.windowTitle().toStdString();
  EXPECT_EQ(window.findChild<RecentMenu*>("recentMenu")->title(), QString::fromUtf8("最近打开(&R)"));
  choose("en");
  EXPECT_EQ(ShellSettings().language(), "en");
  EXPECT_TRUE(menuTitles().contains("&File"));
  EXPECT_EQ(labs->windowTitle(), "Labs");
  EXPECT_TRUE(window.windowTitle().contains("Random walk"));
  // The undo actions were replaced, not lost: still in the Edit menu with their keys.
  QList<QAction*> edit = window.menuBar()->actions().at(1)->menu()->actions();
  ASSERT_EQ(edit.size(), 2);
  EXPECT_EQ(edit[0]->shortcut(), QKeySequence(QKeySequence::Undo));
  EXPECT_TRUE(edit[0]->text().startsWith("&Undo")) << edit[0]->text().toStdString();
}

// Enter clears the value box's typing history, yet its editor claimed Ctrl+Z
// (and Ctrl+Shift+Z) and Edit > Undo never ran until the focus moved away.
TEST_F(ShellSettingsTest, CtrlZUndoesATypedParameterWhileItsValueBoxKeepsTheFocus) {
  MainWindow window;
  ASSERT_TRUE(window.selectLab("competition"));
  window.show();
  window.activateWindow();  // the menu's shortcuts act in the active window; Xvfb has no window manager to do it
  ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
  auto* box = window.findChild<ParamPanel*>()->findChild<NumberSpinBox*>();
  ASSERT_NE(box, nullptr);
  Lab* lab = window.currentLab();
  const auto before = lab->values();
  box->setFocus();
  ASSERT_TRUE(QTest::qWaitFor([box] { return box->hasFocus(); }));
  QWidget* editor = QApplication::focusWidget();  // where the keys go
  QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
  QTest::keyClicks(editor, "1.25");
  QTest::keyClick(editor, Qt::Key_Return);
  const auto typed = lab->values();
  ASSERT_NE(typed, before);
  ASSERT_TRUE(box->hasFocus());

  QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
  EXPECT_EQ(lab->values(), before);
  EXPECT_EQ(box->text(), box->textFromValue(box->value()));
  QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
  EXPECT_EQ(lab->values(), typed);
  // Typing not yet entered is the box's own to undo.
  QTest::keyClicks(editor, "9");
  QTest::keyClick(editor, Qt::Key_Z, Qt::ControlModifier);
  EXPECT_EQ(lab->values(), typed);
  EXPECT_EQ(box->text(), box->textFromValue(box->value()));
  EXPECT_TRUE(box->hasFocus());
}

void collectActions(QMenu* menu, QList<QAction*>& out) {
  // Recent files, languages, colormaps and the essays' figures are choices among data, not commands.
  if (menu->objectName() == "recentMenu" || menu->objectName() == "languageMenu" ||
      menu->objectName() == "colormapMenu" || menu->objectName() == "figuresMenu")
    return;
  for (QAction* action : menu->actions()) {
    if (action->menu())
      collectActions(action->menu(), out);
    else if (!action->isSeparator())
      out << action;
  }
}

TEST_F(ShellSettingsTest, EveryMenuCommandHasAShortcutAndNoneClash) {
  MainWindow window;
  QList<QAction*> actions;
  for (QAction* top : window.menuBar()->actions()) collectActions(top->menu(), actions);
  ASSERT_GE(actions.size(), 12);
  QSet<QString> seen;
  for (QAction* action : actions) {
    const QString keys = action->shortcut().toString();
    EXPECT_FALSE(keys.isEmpty()) << action->text().toStdString();
    EXPECT_FALSE(seen.contains(keys)) << keys.toStdString() << " used twice";
    seen.insert(keys);
  }
}

TEST_F(ShellSettingsTest, TheShellHardCodesNoColoursSoItFollowsTheSystemPalette) {
  MainWindow window;
  EXPECT_TRUE(window.styleSheet().isEmpty());
  for (QWidget* child : window.findChildren<QWidget*>())
    EXPECT_FALSE(child->styleSheet().contains('#')) << child->objectName().toStdString();
}

}  // namespace
}  // namespace kx::widgets
