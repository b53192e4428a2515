#include "widgets/shell/main_window.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

#include "widgets/canvas/gl_canvas.h"
#include "widgets/export/export_dialog.h"
#include "widgets/export/lab_export.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/lab/live_texts.h"
#include "widgets/panel/param_panel.h"
#include "widgets/session/session_file.h"
#include "widgets/shell/lab_list.h"
#include "widgets/shell/language.h"
#include "widgets/shell/message_bar.h"
#include "widgets/shell/recent_menu.h"
#include "widgets/shell/shell_settings.h"
#include "widgets/video/animation_export_dialog.h"

namespace kx::widgets {
namespace {
// Longer than any repaint of the window on a software rasteriser (docs/benchmarks.md, "W6 per lab").
constexpr double kMaxPaintMs = 1000;
}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("Kexue Lab"));
  resize(1400, 900);
  m_stack = new QStackedWidget(this);
  // Errors appear in a bar above the lab, not in modal dialogs (report()).
  m_messageBar = new MessageBar(this);
  auto* central = new QWidget(this);
  auto* centralLayout = new QVBoxLayout(central);
  centralLayout->setContentsMargins(0, 0, 0, 0);
  centralLayout->setSpacing(0);
  centralLayout->addWidget(m_messageBar);
  centralLayout->addWidget(withGlNotice(m_stack), 1);
  setCentralWidget(central);
  buildDocks();
  buildActions();
  m_progress = new QProgressBar(this);
  m_progress->setObjectName("labProgress");
  m_progress->setMaximumWidth(180);
  m_progress->setVisible(false);
  m_cancel = new QToolButton(this);
  liveTexts(this, [this] {
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the running computation (Esc)"));
  });
  m_cancel->setVisible(false);
  connect(m_cancel, &QToolButton::clicked, this, [this] {
    if (m_current) m_current->cancel();
  });
  m_timing = new QLabel(this);
  liveTexts(this, [this] {
    m_timing->setToolTip(
        tr("Compute: the worker's time for the last chunk of the job · draw: the window's time to "
           "show its frame (scenes and charts built, changed widgets painted)"));
    showTiming();
  });
  statusBar()->addPermanentWidget(m_timing);
  statusBar()->addPermanentWidget(m_progress);
  statusBar()->addPermanentWidget(m_cancel);
  // Shortcut overrides go to the focus widget before any shortcut: watch them app-wide.
  qApp->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
  // A line edit (a value box's editor too) claims the undo keys even when it
  // has nothing to undo, so Ctrl+Z after typing a value and Enter (which
  // clears the editor's history) did nothing. It keeps them only while it has
  // typing to undo or redo; otherwise they reach Edit > Undo/Redo.
  if (event->type() != QEvent::ShortcutOverride) return false;
  auto* edit = qobject_cast<QLineEdit*>(watched);
  if (auto* spin = qobject_cast<QAbstractSpinBox*>(watched)) edit = spin->findChild<QLineEdit*>();  // the focus widget
  if (!edit || !isAncestorOf(edit)) return false;
  auto* key = static_cast<QKeyEvent*>(event);
  if ((key->matches(QKeySequence::Undo) && !edit->isUndoAvailable()) ||
      (key->matches(QKeySequence::Redo) && !edit->isRedoAvailable())) {
    event->ignore();
    return true;
  }
  return false;
}

QWidget* MainWindow::withGlNotice(QWidget* content) {
  const QString reason = GlCanvas::glUnavailableReason();
  if (reason.isEmpty()) return content;
  // The plots lose their GL layers (fields, points, arrows); everything else,
  // charts, parameters, sessions and data export, still works. Say so once.
  auto* notice = new QLabel(tr("<b>OpenGL 3.3 is unavailable</b> (%1). The plots show their axes, curves and "
                               "markers but not their fields, points and arrows; charts, parameters, sessions and "
                               "data export work as usual.")
                                .arg(reason.toHtmlEscaped()));
  notice->setObjectName("glNotice");
  notice->setWordWrap(true);
  // The palette's tooltip colours: readable in light and dark themes alike.
  notice->setBackgroundRole(QPalette::ToolTipBase);
  notice->setForegroundRole(QPalette::ToolTipText);
  notice->setAutoFillBackground(true);
  notice->setMargin(6);
  auto* box = new QWidget(this);
  auto* layout = new QVBoxLayout(box);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(notice);
  layout->addWidget(content, 1);
  return box;
}

QString aboutText(const Lab& lab) {
  // Labs keep their About in English (QT_TRANSLATE_NOOP in the lab class's
  // context) so that it can follow the language live; text a lab translated
  // itself has no entry and passes through unchanged.
  return QCoreApplication::translate(lab.metaObject()->className(), lab.description().about.toUtf8().constData());
}

MainWindow::~MainWindow() {
  // Views go before their labs; each lab's destructor cancels and joins its worker.
  for (auto& [id, view] : m_views) delete view;
  m_views.clear();
}

void MainWindow::buildDocks() {
  m_labList = new LabList(this);
  connect(m_labList, &LabList::labChosen, this, &MainWindow::selectLab);
  auto* labsDock = new QDockWidget(this);
  liveTexts(this, [labsDock] { labsDock->setWindowTitle(tr("Labs")); });
  labsDock->setObjectName("labs");
  labsDock->setWidget(m_labList);
  labsDock->setMaximumWidth(200);
  addDockWidget(Qt::LeftDockWidgetArea, labsDock);
  m_docks.push_back(labsDock);

  m_paramArea = new QScrollArea(this);
  m_paramArea->setObjectName("parameterArea");
  m_paramArea->setWidgetResizable(true);
  m_about = new QTextBrowser(this);
  m_about->setOpenExternalLinks(true);
  auto* tabs = new QTabWidget(this);
  tabs->addTab(m_paramArea, QString());
  tabs->addTab(m_about, QString());
  auto* paramDock = new QDockWidget(this);
  liveTexts(this, [tabs, paramDock] {
    tabs->setTabText(0, tr("Parameters"));
    tabs->setTabText(1, tr("About"));
    paramDock->setWindowTitle(tr("Lab"));
  });
  paramDock->setObjectName("parameters");
  paramDock->setWidget(tabs);
  paramDock->setMinimumWidth(340);
  addDockWidget(Qt::RightDockWidgetArea, paramDock);
  m_docks.push_back(paramDock);
}

void MainWindow::buildActions() {
  auto* file = menuBar()->addMenu(QString());
  liveTexts(this, [file] { file->setTitle(tr("&File")); });
  auto* open = file->addAction(QString(), this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), {}, tr("Kexue Lab session (*.json)"));
    if (!path.isEmpty()) openSession(path);
  });
  open->setShortcut(QKeySequence::Open);
  auto* save = file->addAction(QString(), this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save session"), m_current->description().id + ".json",
                                                      tr("Kexue Lab session (*.json)"));
    if (!path.isEmpty()) saveSession(path);
  });
  save->setShortcut(QKeySequence::Save);
  liveTexts(this, [open, save] {
    open->setText(tr("&Open session…"));
    save->setText(tr("&Save session…"));
  });
  auto* recent = new RecentMenu(this);
  connect(recent, &RecentMenu::openRequested, this, &MainWindow::openSession);
  connect(recent, &RecentMenu::missing, this, [this](const QString& path) {
    report(tr("%1 no longer exists; it was removed from File > Open Recent.").arg(QDir::toNativeSeparators(path)),
           true);
  });
  file->insertMenu(save, recent);
  liveTexts(this, [recent] { recent->retranslate(); });
  auto* exportAction = file->addAction(QString(), this, &MainWindow::exportFigureInteractively);
  exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
  auto* exportAnimation = file->addAction(QString(), this, [this] {
    if (const QString result = exportAnimationInteractively(*m_current, this); !result.isEmpty()) report(result);
  });
  exportAnimation->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
  file->addSeparator();
  auto* quit = file->addAction(QString(), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);
  liveTexts(this, [exportAction, exportAnimation, quit] {
    exportAction->setText(tr("&Export figure…"));
    exportAnimation->setText(tr("Export &animation…"));
    exportAnimation->setToolTip(
        tr("Write what the lab animated as an MP4, WebM or GIF video or as PNG frames (Ctrl+Shift+E)"));
    quit->setText(tr("&Quit"));
  });

  auto* edit = menuBar()->addMenu(QString());
  liveTexts(this, [edit] { edit->setTitle(tr("&Edit")); });
  renewUndoActions();
  edit->addAction(m_undoAction);
  edit->addAction(m_redoAction);
  buildViewMenu();

  auto* labMenu = menuBar()->addMenu(QString());
  m_run = labMenu->addAction(QString(), this, [this] { m_current->run(); });
  m_run->setShortcut(QKeySequence(Qt::Key_F5));
  m_pause = labMenu->addAction(QString(), this, [this] { m_current->pause(); });
  m_pause->setShortcut(QKeySequence(Qt::Key_F6));
  m_step = labMenu->addAction(QString(), this, [this] { m_current->step(); });
  m_step->setShortcut(QKeySequence(Qt::Key_F7));
  auto* reset = labMenu->addAction(QString(), this, [this] { m_current->reset(); });
  reset->setShortcut(QKeySequence(tr("Ctrl+R")));
  auto* cancel = labMenu->addAction(QString(), this, [this] { m_current->cancel(); });
  cancel->setShortcut(QKeySequence(Qt::Key_Escape));
  liveTexts(this, [this, labMenu, reset, cancel] {
    labMenu->setTitle(tr("&Run"));
    m_run->setText(tr("&Run"));
    m_run->setToolTip(tr("Run the lab (F5); labs that compute once recompute"));
    m_pause->setText(tr("&Pause"));
    m_step->setText(tr("&Step"));
    m_step->setToolTip(tr("Advance one step (F7)"));
    reset->setText(tr("Re&set"));
    reset->setToolTip(tr("Restore the lab's defaults (Ctrl+R; undoable)"));
    cancel->setText(tr("&Cancel"));
  });

  buildFiguresMenu();
  auto* help = menuBar()->addMenu(QString());
  auto* about = help->addAction(QString(), this, [this] {
    QMessageBox::about(this, tr("About Kexue Lab"),
                       tr("<b>Kexue Lab %1</b><p>Live, exact figures of the mathematics in the "
                          "<a href=\"https://kexue.fm\">Scientific Spaces</a> essays.</p>")
                           .arg(QApplication::applicationVersion()));
  });
  about->setShortcut(QKeySequence::HelpContents);
  liveTexts(this, [help, about] {
    help->setTitle(tr("&Help"));
    about->setText(tr("&About Kexue Lab"));
  });

  auto* bar = addToolBar(QString());
  liveTexts(this, [bar] { bar->setWindowTitle(tr("Run")); });
  bar->setObjectName("run");
  bar->addActions({m_run, m_pause, m_step, reset});
  bar->addSeparator();
  bar->addActions({m_undoAction, m_redoAction});
  bar->addSeparator();
  bar->addAction(exportAction);
}

void MainWindow::renewUndoActions() {
  // QUndoGroup fixes an action's prefix, and reads the step's text, when it
  // creates the action: new actions in the new language, in the old ones' places.
  auto* undo = m_undo.createUndoAction(this, tr("&Undo"));
  undo->setShortcut(QKeySequence::Undo);
  auto* redo = m_undo.createRedoAction(this, tr("&Redo"));
  redo->setShortcut(QKeySequence::Redo);
  for (auto [old, replacement] : {std::pair{m_undoAction, undo}, std::pair{m_redoAction, redo}}) {
    if (!old) continue;  // the first call
    for (QObject* holder : old->associatedObjects())
      if (auto* widget = qobject_cast<QWidget*>(holder)) {
        widget->insertAction(old, replacement);
        widget->removeAction(old);
      }
    delete old;
  }
  m_undoAction = undo;
  m_redoAction = redo;
}

Lab* MainWindow::labFor(const QString& id) {
  if (auto it = m_labs.find(id); it != m_labs.end()) return it->second.get();
  auto lab = createLab(id);
  return lab ? install(std::move(lab)) : nullptr;
}

void MainWindow::showTiming() {
  if (m_drawMs >= 0)
    m_timing->setText(tr("compute %1 ms · draw %2 ms").arg(m_computeMs, 0, 'f', 1).arg(m_drawMs, 0, 'f', 1));
}

void MainWindow::adoptLab(std::unique_ptr<Lab> lab) { showLab(install(std::move(lab))); }

Lab* MainWindow::install(std::unique_ptr<Lab> lab) {
  Lab* raw = lab.get();
  const QString id = raw->description().id;
  m_labs[id] = std::move(lab);
  m_undo.addStack(raw->undoStack());
  connect(raw, &Lab::message, this, [this, raw](const QString& text) {
    if (raw == m_current) report(text, true, raw);
  });
  connect(&raw->runner(), &JobRunner::chunkTimed, this, [this](double ms) { m_computeMs = ms; });
  connect(raw, &Lab::frameShown, this, [this, raw](double buildMs) {
    if (raw != m_current) return;
    // Draw: building the frame's scenes and charts, then painting what they
    // changed; a zero timer fires once the update requests before it are done.
    // A frame shown while the event loop was not running (a session opening)
    // fires it only much later: that wait is not drawing, and is not shown.
    QElapsedTimer paint;
    paint.start();
    QTimer::singleShot(0, this, [this, buildMs, paint] {
      if (const double ms = double(paint.nsecsElapsed()) / 1e6; ms < kMaxPaintMs) m_drawMs = buildMs + ms;
      showTiming();
    });
  });
  connect(&raw->runner(), &JobRunner::progressChanged, this, [this, raw] {
    if (raw == m_current) showProgress(*raw);
  });
  connect(&raw->runner(), &JobRunner::busyChanged, this, [this, raw] {
    if (raw == m_current) showProgress(*raw);
  });
  m_labList->track(raw);
  QWidget* view = raw->createView(m_stack);
  m_views[id] = view;
  m_stack->addWidget(view);
  raw->recompute();
  return raw;
}

bool MainWindow::selectLab(const QString& id) {
  Lab* lab = labFor(id);
  if (!lab) return false;
  showLab(lab);
  return true;
}

void MainWindow::showProgress(const Lab& lab) {
  const JobRunner& runner = lab.runner();
  m_progress->setVisible(runner.busy());
  m_cancel->setVisible(runner.busy());
  const double fraction = runner.progress();
  m_progress->setRange(0, fraction < 0 ? 0 : 1000);  // busy indicator when open-ended
  if (fraction >= 0) m_progress->setValue(static_cast<int>(fraction * 1000));
}

void MainWindow::showLab(Lab* lab) {
  if (lab == m_current) return;
  // The rule of docs/architecture.md, "Hidden labs".
  if (m_current && m_current->running() && !m_current->keepsRunningWhenHidden()) m_current->pause();
  m_current = lab;
  m_messageBar->dismiss();  // it spoke of the previous lab
  const auto& d = lab->description();
  m_stack->setCurrentWidget(m_views.at(d.id));
  m_undo.setActiveStack(lab->undoStack());
  showParameters(lab);
  m_about->setHtml(aboutText(*lab));
  m_run->setEnabled(true);
  m_pause->setEnabled(lab->animated());
  m_step->setEnabled(lab->animated());
  setWindowTitle(tr("Kexue Lab — %1").arg(labTitle(d.id)));
  ShellSettings().setLastLab(d.id);
  m_labList->setCurrentLab(d.id);
  showProgress(*lab);
}

void MainWindow::showParameters(Lab* lab) {
  auto* panel = new ParamPanel(lab->description().schema);
  panel->setValues(lab->values());
  connect(panel, &ParamPanel::valueEdited, lab, [this, lab](const std::string& key, double value, bool continuesDrag) {
    if (auto status = lab->setValue(key, value, continuesDrag); !status)
      report(QString::fromStdString(status.error()), true);
  });
  connect(lab, &Lab::valuesChanged, panel, [panel, lab] { panel->setValues(lab->values()); });
  // A new model means a new schema: a new panel (docs/architecture.md, "Parameters, undo, sessions").
  connect(lab, &Lab::schemaChanged, panel, [this, lab] { showParameters(lab); });
  // The previous panel may be the one whose signal got us here: it hears no
  // more of its lab and goes later.
  if (QWidget* previous = m_paramArea->takeWidget()) {
    for (const auto& [id, any] : m_labs) any->disconnect(previous);
    previous->deleteLater();
  }
  m_paramArea->setWidget(panel);
  // The dock never gets narrower than the panel: a horizontal scroll bar
  // would hide the spin arrows and the reset buttons (as it did while the
  // window settled after its first frame).
  m_paramArea->setMinimumWidth(panel->minimumSizeHint().width() + m_paramArea->verticalScrollBar()->sizeHint().width() +
                               2 * m_paramArea->frameWidth());
}

bool MainWindow::openSession(const QString& path) {
  auto session = readSessionFile(path);
  if (!session) {
    report(QString::fromStdString(session.error()), true);
    return false;
  }
  Lab* lab = labFor(session->labId);
  if (!lab) {
    report(tr("%1: unknown lab '%2' (known: %3)").arg(path, session->labId, knownLabIds()), true);
    return false;
  }
  if (auto status = applySession(*lab, *session); !status) {
    report(tr("%1: %2").arg(path, QString::fromStdString(status.error())), true);
    return false;
  }
  showLab(lab);
  ShellSettings().addRecentSession(path);
  report(tr("Opened %1").arg(path));
  return true;
}

bool MainWindow::saveSession(const QString& path) {
  if (auto status = writeSessionFile(path, *m_current); !status) {
    report(QString::fromStdString(status.error()), true);
    return false;
  }
  ShellSettings().addRecentSession(path);
  report(tr("Saved %1").arg(path));
  return true;
}

void MainWindow::exportFigureInteractively() {
  // This session's last file, else this lab's name in the last folder used.
  const QString suggestion = m_lastExport.isEmpty() ? m_current->description().id + ".png" : m_lastExport;
  const auto written = widgets::exportFigureInteractively(labFigure(*m_current), suggestion, this);
  if (!written) {
    report(QString::fromStdString(written.error()), true);
  } else if (!written->isEmpty()) {
    m_lastExport = *written;
    report(tr("Exported %1").arg(m_lastExport));
  }
}

void MainWindow::restoreLayout() {
  ShellSettings settings;
  restoreGeometry(settings.windowGeometry());
  restoreState(settings.windowState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
  ShellSettings().setWindowLayout(saveGeometry(), saveState());
  QMainWindow::closeEvent(event);
}

void MainWindow::report(const QString& text, bool error, Lab* resettable) {
  statusBar()->showMessage(text, error ? 15000 : 5000);
  if (!error) return;
  // Inline and non-modal: the user may keep working, or reset the lab that
  // failed (an undoable step) from the bar.
  if (resettable)
    m_messageBar->showMessage(text, tr("Reset lab"), [resettable] { resettable->reset(); });
  else
    m_messageBar->showMessage(text);
}

}  // namespace kx::widgets
