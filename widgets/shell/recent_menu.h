#pragma once
// File > Open Recent: the last sessions opened or saved (ShellSettings),
// rebuilt each time the menu opens. A file that has gone is removed from the
// list when chosen, and `missing` says so.
#include <QMenu>

namespace kx::widgets {

class RecentMenu : public QMenu {
  Q_OBJECT
 public:
  explicit RecentMenu(QWidget* parent = nullptr);
  /// Rebuilds the entries from the settings (also done on aboutToShow).
  void rebuild();
  /// Title and entries in the current language.
  void retranslate();
  /// What choosing `path` does: emits openRequested, or removes it and emits missing.
  void choose(const QString& path);

 signals:
  void openRequested(const QString& path);
  void missing(const QString& path);
};

}  // namespace kx::widgets
