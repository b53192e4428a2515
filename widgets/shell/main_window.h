#pragma once
// The main window hosts labs: a list to choose one, its view in the centre, a
// parameter dock generated from its schema, its About text, run controls, a
// progress bar with cancel, a status bar with frame and compute times, and an
// inline message bar for errors (no modal dialogs).
// It knows no lab by name: everything comes from the lab registry.
#include <QMainWindow>
#include <QUndoGroup>
#include <functional>
#include <map>
#include <memory>
#include <vector>

#include "widgets/lab/lab.h"

class QLabel;
class QProgressBar;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QScrollArea;
class QAction;
class QDockWidget;
class QCloseEvent;
class QMenu;

namespace kx::widgets {

struct Figure;

class LabList;
class MessageBar;

/// A lab's title from the registry in the current language (the id if unknown).
QString labTitle(const QString& id);
/// A lab's About text in the current language.
QString aboutText(const Lab& lab);

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
  /// Sets up the figure's lab as the essay's figure has it, shows and runs it.
  bool openFigure(const Figure& figure);
  bool saveSession(const QString& path);

  /// Restores the window geometry and dock layout saved when it last closed.
  void restoreLayout();

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;
  /// Lets Ctrl+Z/Ctrl+Shift+Z reach the parameter undo from a text field with no typing to undo.
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void buildActions();
  void buildDocks();
  void buildViewMenu();
  void buildFiguresMenu();
  void chooseLanguage(const QString& code);
  void retranslate();
  /// Makes the Undo and Redo actions (again) in the current language.
  void renewUndoActions();
  /// `content` under a notice when OpenGL is unavailable, else `content` itself.
  QWidget* withGlNotice(QWidget* content);
  void showLab(Lab* lab);
  /// The parameter dock's panel for `lab`'s current schema.
  void showParameters(Lab* lab);
  /// The status bar's progress and Cancel follow this lab's job only.
  void showProgress(const Lab& lab);
  void exportFigureInteractively();
  /// The status bar's frame and compute times, in the current language.
  void showTiming();
  /// A status-bar note; an error also shows in the message bar, with a Reset
  /// action when it comes from `resettable`.
  void report(const QString& text, bool error = false, Lab* resettable = nullptr);
  Lab* labFor(const QString& id);
  Lab* install(std::unique_ptr<Lab> lab);

  std::map<QString, std::unique_ptr<Lab>> m_labs;
  std::map<QString, QWidget*> m_views;
  Lab* m_current = nullptr;
  LabList* m_labList;
  QStackedWidget* m_stack;
  QScrollArea* m_paramArea;
  QTextBrowser* m_about;
  MessageBar* m_messageBar;
  QProgressBar* m_progress;
  QToolButton* m_cancel;
  QLabel* m_timing;
  QUndoGroup m_undo;
  QAction* m_undoAction = nullptr;
  QAction* m_redoAction = nullptr;
  QAction *m_run, *m_pause, *m_step;
  std::vector<QDockWidget*> m_docks;
  double m_computeMs = 0;
  double m_drawMs = -1;  ///< the window's time to show the last frame; -1 before the first
  QString m_lastExport;
};

}  // namespace kx::widgets
