#include "widgets/shell/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>

#include "widgets/export/export_dialog.h"
#include "widgets/export/lab_export.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/panel/param_panel.h"
#include "widgets/session/session_file.h"

namespace kx::widgets {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle("Kexue Lab");
  resize(1400, 900);
  m_stack = new QStackedWidget(this);
  setCentralWidget(m_stack);
  buildDocks();
  buildActions();
  m_progress = new QProgressBar(this);
  m_progress->setMaximumWidth(180);
  m_progress->setVisible(false);
  m_cancel = new QToolButton(this);
  m_cancel->setText(tr("Cancel"));
  m_cancel->setToolTip(tr("Stop the running computation (Esc)"));
  m_cancel->setVisible(false);
  connect(m_cancel, &QToolButton::clicked, this, [this] {
    if (m_current) m_current->cancel();
  });
  m_timing = new QLabel(this);
  m_timing->setToolTip(tr("Frame: time between drawn frames · compute: worker time of the last chunk"));
  statusBar()->addPermanentWidget(m_timing);
  statusBar()->addPermanentWidget(m_progress);
  statusBar()->addPermanentWidget(m_cancel);
  m_frameClock.start();
}

MainWindow::~MainWindow() {
  // Views go before their labs; each lab's destructor cancels and joins its worker.
  for (auto& [id, view] : m_views) delete view;
  m_views.clear();
}

void MainWindow::buildDocks() {
  m_labList = new QListWidget(this);
  for (const auto& entry : labRegistry()) {
    auto* item = new QListWidgetItem(entry.title, m_labList);
    item->setData(Qt::UserRole, entry.id);
  }
  connect(m_labList, &QListWidget::currentRowChanged, this, [this](int row) {
    if (row >= 0) selectLab(m_labList->item(row)->data(Qt::UserRole).toString());
  });
  auto* labsDock = new QDockWidget(tr("Labs"), this);
  labsDock->setObjectName("labs");
  labsDock->setWidget(m_labList);
  labsDock->setMaximumWidth(200);
  addDockWidget(Qt::LeftDockWidgetArea, labsDock);

  m_paramArea = new QScrollArea(this);
  m_paramArea->setWidgetResizable(true);
  m_about = new QTextBrowser(this);
  m_about->setOpenExternalLinks(true);
  auto* tabs = new QTabWidget(this);
  tabs->addTab(m_paramArea, tr("Parameters"));
  tabs->addTab(m_about, tr("About"));
  auto* paramDock = new QDockWidget(tr("Lab"), this);
  paramDock->setObjectName("parameters");
  paramDock->setWidget(tabs);
  paramDock->setMinimumWidth(340);
  addDockWidget(Qt::RightDockWidgetArea, paramDock);
}

void MainWindow::buildActions() {
  auto* file = menuBar()->addMenu(tr("&File"));
  auto* open = file->addAction(tr("&Open session…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open session"), {}, tr("Kexue Lab session (*.json)"));
    if (!path.isEmpty()) openSession(path);
  });
  open->setShortcut(QKeySequence::Open);
  auto* save = file->addAction(tr("&Save session…"), this, [this] {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save session"), m_current->description().id + ".json",
                                                      tr("Kexue Lab session (*.json)"));
    if (!path.isEmpty()) saveSession(path);
  });
  save->setShortcut(QKeySequence::Save);
  auto* exportAction = file->addAction(tr("&Export figure…"), this, &MainWindow::exportFigureInteractively);
  exportAction->setShortcut(QKeySequence(tr("Ctrl+E")));
  file->addSeparator();
  auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
  quit->setShortcut(QKeySequence::Quit);

  auto* edit = menuBar()->addMenu(tr("&Edit"));
  auto* undo = m_undo.createUndoAction(this, tr("&Undo"));
  undo->setShortcut(QKeySequence::Undo);
  auto* redo = m_undo.createRedoAction(this, tr("&Redo"));
  redo->setShortcut(QKeySequence::Redo);
  edit->addAction(undo);
  edit->addAction(redo);

  auto* labMenu = menuBar()->addMenu(tr("&Run"));
  m_run = labMenu->addAction(tr("&Run"), this, [this] { m_current->run(); });
  m_run->setShortcut(QKeySequence(Qt::Key_F5));
  m_run->setToolTip(tr("Run the lab (F5); labs that compute once recompute"));
  m_pause = labMenu->addAction(tr("&Pause"), this, [this] { m_current->pause(); });
  m_pause->setShortcut(QKeySequence(Qt::Key_F6));
  m_step = labMenu->addAction(tr("&Step"), this, [this] { m_current->step(); });
  m_step->setShortcut(QKeySequence(Qt::Key_F7));
  m_step->setToolTip(tr("Advance one step (F7)"));
  auto* reset = labMenu->addAction(tr("Re&set"), this, [this] { m_current->reset(); });
  reset->setShortcut(QKeySequence(tr("Ctrl+R")));
  reset->setToolTip(tr("Restore the lab's defaults (Ctrl+R; undoable)"));
  auto* cancel = labMenu->addAction(tr("&Cancel"), this, [this] { m_current->cancel(); });
  cancel->setShortcut(QKeySequence(Qt::Key_Escape));

  auto* help = menuBar()->addMenu(tr("&Help"));
  help->addAction(tr("&About Kexue Lab"), this, [this] {
    QMessageBox::about(this, tr("About Kexue Lab"),
                       tr("<b>Kexue Lab %1</b><p>Live, exact figures of the mathematics in the "
                          "<a href=\"https://kexue.fm\">Scientific Spaces</a> essays.</p>")
                           .arg(QApplication::applicationVersion()));
  });

  auto* bar = addToolBar(tr("Run"));
  bar->setObjectName("run");
  bar->addActions({m_run, m_pause, m_step, reset});
  bar->addSeparator();
  bar->addActions({undo, redo});
  bar->addSeparator();
  bar->addAction(exportAction);
}

Lab* MainWindow::labFor(const QString& id) {
  if (auto it = m_labs.find(id); it != m_labs.end()) return it->second.get();
  auto lab = createLab(id);
  return lab ? install(std::move(lab)) : nullptr;
}

void MainWindow::adoptLab(std::unique_ptr<Lab> lab) { showLab(install(std::move(lab))); }

Lab* MainWindow::install(std::unique_ptr<Lab> lab) {
  Lab* raw = lab.get();
  const QString id = raw->description().id;
  m_labs[id] = std::move(lab);
  m_undo.addStack(raw->undoStack());
  connect(raw, &Lab::message, this, [this, raw](const QString& text) {
    if (raw == m_current) report(text, true);
  });
  connect(&raw->runner(), &JobRunner::chunkTimed, this, [this](double ms) { m_computeMs = ms; });
  connect(raw, &Lab::frameShown, this, [this, raw] {
    if (raw != m_current) return;
    m_timing->setText(tr("frame %1 ms · compute %2 ms")
                          .arg(m_frameClock.restart())
                          .arg(m_computeMs, 0, 'f', 1));
  });
  connect(&raw->runner(), &JobRunner::progressChanged, this, [this, raw](double fraction) {
    if (raw != m_current) return;
    m_progress->setRange(0, fraction < 0 ? 0 : 1000);  // busy indicator when open-ended
    if (fraction >= 0) m_progress->setValue(static_cast<int>(fraction * 1000));
  });
  connect(&raw->runner(), &JobRunner::busyChanged, this, [this, raw](bool busy) {
    if (raw != m_current) return;
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
  });
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

void MainWindow::showLab(Lab* lab) {
  if (lab == m_current) return;
  m_current = lab;
  const auto& d = lab->description();
  m_stack->setCurrentWidget(m_views.at(d.id));
  m_undo.setActiveStack(lab->undoStack());
  auto* panel = new ParamPanel(d.schema);
  panel->setValues(lab->values());
  connect(panel, &ParamPanel::valueEdited, lab, [this, lab](const std::string& key, double value) {
    if (auto status = lab->setValue(key, value); !status) report(QString::fromStdString(status.error()), true);
  });
  connect(lab, &Lab::valuesChanged, panel, [panel, lab] { panel->setValues(lab->values()); });
  m_paramArea->setWidget(panel);  // deletes the previous lab's panel
  m_about->setHtml(d.about);
  m_run->setEnabled(true);
  m_pause->setEnabled(lab->animated());
  m_step->setEnabled(lab->animated());
  setWindowTitle("Kexue Lab — " + d.title);
  for (int row = 0; row < m_labList->count(); ++row)
    if (m_labList->item(row)->data(Qt::UserRole).toString() == d.id) {
      const QSignalBlocker block(m_labList);
      m_labList->setCurrentRow(row);
    }
  m_progress->setVisible(lab->runner().busy());
  m_cancel->setVisible(lab->runner().busy());
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
  report(tr("Opened %1").arg(path));
  return true;
}

bool MainWindow::saveSession(const QString& path) {
  if (auto status = writeSessionFile(path, *m_current); !status) {
    report(QString::fromStdString(status.error()), true);
    return false;
  }
  report(tr("Saved %1").arg(path));
  return true;
}

void MainWindow::exportFigureInteractively() {
  const QString suggestion = m_lastExport.isEmpty() ? m_current->description().id + ".png" : m_lastExport;
  ExportDialog dialog(suggestion, m_exportSize, m_exportScale, this);
  if (dialog.exec() != QDialog::Accepted) return;
  m_lastExport = dialog.path();
  m_exportSize = dialog.figureSize();
  m_exportScale = dialog.scale();
  if (auto status = exportFigure(*m_current, m_lastExport, m_exportSize, m_exportScale); !status)
    report(QString::fromStdString(status.error()), true);
  else
    report(tr("Exported %1").arg(m_lastExport));
}

void MainWindow::report(const QString& text, bool error) {
  statusBar()->showMessage(text, error ? 15000 : 5000);
  if (error && isVisible()) QMessageBox::warning(this, tr("Kexue Lab"), text);
}

}  // namespace kx::widgets
