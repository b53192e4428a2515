#include "widgets/shell/recent_menu.h"

#include <QDir>
#include <QFileInfo>

#include "widgets/shell/shell_settings.h"

namespace kx::widgets {

RecentMenu::RecentMenu(QWidget* parent) : QMenu(parent) {
  setObjectName("recentMenu");
  connect(this, &QMenu::aboutToShow, this, &RecentMenu::rebuild);
  retranslate();
}

void RecentMenu::retranslate() {
  setTitle(tr("Open &Recent"));
  rebuild();
}

void RecentMenu::rebuild() {
  clear();
  const QStringList recent = ShellSettings().recentSessions();
  int number = 1;
  for (const QString& path : recent) {
    // &1..&8 as mnemonics; the full path in the tooltip and status bar.
    auto* action = addAction(QString("&%1 %2").arg(number++).arg(QFileInfo(path).fileName()), this,
                             [this, path] { choose(path); });
    action->setToolTip(QDir::toNativeSeparators(path));
    action->setStatusTip(QDir::toNativeSeparators(path));
  }
  if (recent.isEmpty()) addAction(tr("No recent sessions"))->setEnabled(false);
  addSeparator();
  auto* clearAction = addAction(tr("&Clear list"), this, [this] {
    ShellSettings().clearRecentSessions();
    rebuild();
  });
  clearAction->setEnabled(!recent.isEmpty());
  setEnabled(true);
}

void RecentMenu::choose(const QString& path) {
  if (QFileInfo::exists(path)) {
    emit openRequested(path);
    return;
  }
  ShellSettings().removeRecentSession(path);
  rebuild();
  emit missing(path);
}

}  // namespace kx::widgets
