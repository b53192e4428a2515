#pragma once
// The list of labs in the shell's left dock. Each entry shows the lab's title
// and, while its job runs, what it is doing ("· 65 %", "· running",
// "· paused"), so a training left running behind another lab stays visible
// (docs/architecture.md, "Hidden labs").
#include <QListWidget>
#include <map>

namespace kx::widgets {

class Lab;

class LabList : public QListWidget {
  Q_OBJECT
 public:
  explicit LabList(QWidget* parent = nullptr);

  /// Follows the lab's job from now on (it must outlive this list's use of it).
  void track(const Lab* lab);
  /// Marks the entry of this lab id as the current one without signals.
  void setCurrentLab(const QString& id);
  /// Titles and activity in the current language.
  void retranslate();

 signals:
  void labChosen(const QString& id);

 private:
  void refresh(const QString& id);
  QListWidgetItem* itemFor(const QString& id) const;

  std::map<QString, const Lab*> m_labs;
};

}  // namespace kx::widgets
