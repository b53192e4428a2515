#pragma once
// The main window hosts labs: a list to choose one, its view in the centre, a
// parameter dock generated from its schema, its About text, run controls, a
// progress bar with cancel, and a status bar with frame and compute times.
// It knows no lab by name: everything comes from the lab registry.
#include <QElapsedTimer>
#include <QMainWindow>
#include <QUndoGroup>
#include <map>
#include <memory>

#include "widgets/lab/lab.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QScrollArea;
class QAction;

namespace kx::widgets {

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  /// Shows the lab with this id (creating it on first use); false if unknown.
  bool selectLab(const QString& id);
  /// Hosts an already configured lab (from the command line) and shows it.
  void adoptLab(std::unique_ptr<Lab> lab);
  Lab* currentLab() const { return m_current; }

  /// Opens a session file; on error shows the message and changes nothing.
  bool openSession(const QString& path);
  bool saveSession(const QString& path);

 private:
  void buildActions();
  void buildDocks();
  void showLab(Lab* lab);
  void exportFigureInteractively();
  void report(const QString& text, bool error = false);
  Lab* labFor(const QString& id);
  Lab* install(std::unique_ptr<Lab> lab);

  std::map<QString, std::unique_ptr<Lab>> m_labs;
  std::map<QString, QWidget*> m_views;
  Lab* m_current = nullptr;
  QListWidget* m_labList;
  QStackedWidget* m_stack;
  QScrollArea* m_paramArea;
  QTextBrowser* m_about;
  QProgressBar* m_progress;
  QToolButton* m_cancel;
  QLabel* m_timing;
  QUndoGroup m_undo;
  QAction *m_run, *m_pause, *m_step;
  QElapsedTimer m_frameClock;
  double m_computeMs = 0;
  QString m_lastExport;
  QSize m_exportSize{1600, 1000};
  double m_exportScale = 2.0;
};

}  // namespace kx::widgets
