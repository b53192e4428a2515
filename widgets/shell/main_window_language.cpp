// The main window's View menu (docks, full screen, colormap) and its languages: live retranslation of the
// shell (menus, actions, docks, lab titles) when the language changes.
#include <QActionGroup>
#include <QCoreApplication>
#include <QDockWidget>
#include <QEvent>
#include <QMenuBar>
#include <QTextBrowser>
#include <utility>

#include "widgets/lab/lab_registry.h"
#include "widgets/lab/live_texts.h"
#include "widgets/shell/colormap_menu.h"
#include "widgets/shell/lab_list.h"
#include "widgets/shell/language.h"
#include "widgets/shell/main_window.h"
#include "widgets/shell/shell_settings.h"

namespace kx::widgets {

void MainWindow::buildViewMenu() {
  auto* view = menuBar()->addMenu(QString());
  const std::vector<QKeySequence> dockKeys{QKeySequence(tr("Ctrl+1")), QKeySequence(tr("Ctrl+2"))};
  for (std::size_t i = 0; i < m_docks.size(); ++i) {
    QAction* toggle = m_docks[i]->toggleViewAction();
    if (i < dockKeys.size()) toggle->setShortcut(dockKeys[i]);
    view->addAction(toggle);
  }
  auto* fullScreen = view->addAction(QString(), this, [this](bool on) {
    setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
  });
  fullScreen->setCheckable(true);
  // The generic X11 theme binds no full-screen key; F11 is the common one there.
  const QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
  fullScreen->setShortcuts(fullScreenKeys.isEmpty() ? QList{QKeySequence(Qt::Key_F11)} : fullScreenKeys);
  view->addSeparator();
  ColormapMenu::applySaved();
  auto* colormaps = new ColormapMenu(view);
  view->addMenu(colormaps);
  liveTexts(this, [colormaps] { colormaps->retranslate(); });
  auto* languages = view->addMenu(QString());
  liveTexts(this, [view, fullScreen, languages] {
    view->setTitle(tr("&View"));
    fullScreen->setText(tr("&Full screen"));
    languages->setTitle(tr("&Language"));
  });
  languages->setObjectName("languageMenu");
  auto* group = new QActionGroup(languages);
  const QString current = preferredLanguage();
  for (const auto& language : availableLanguages()) {
    auto* action =
        languages->addAction(language.nativeName, this, [this, code = language.code] { chooseLanguage(code); });
    action->setData(language.code);
    action->setCheckable(true);
    action->setChecked(language.code == current);
    group->addAction(action);
  }
}

void MainWindow::chooseLanguage(const QString& code) {
  ShellSettings().setLanguage(code);
  // The shell retranslates itself on the LanguageChange this sends (changeEvent).
  if (!installTranslation(code)) report(tr("No translation for '%1'.").arg(code), true);
}

void MainWindow::retranslate() {
  m_labList->retranslate();  // the registry keeps English titles; labTitle translates them
  for (const auto& [id, lab] : m_labs) lab->retranslate();
  renewUndoActions();  // after the labs made their steps' texts again
  if (m_current) m_about->setHtml(aboutText(*m_current));
  setWindowTitle(m_current ? tr("Kexue Lab — %1").arg(labTitle(m_current->description().id)) : tr("Kexue Lab"));
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslate();
  QMainWindow::changeEvent(event);
}

QString labTitle(const QString& id) {
  for (const auto& entry : labRegistry())
    if (entry.id == id) return QCoreApplication::translate("QObject", entry.title.toUtf8().constData());
  return id;
}

}  // namespace kx::widgets
