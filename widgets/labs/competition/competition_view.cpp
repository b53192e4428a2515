#include "widgets/labs/competition/competition_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/phase/gallery.h"
#include "widgets/canvas/gl_canvas.h"
#include "widgets/charts/lab_chart_view.h"
#include "widgets/lab/live_texts.h"
#include "widgets/labs/competition/competition_lab.h"
#include "widgets/labs/competition/custom_model_editor.h"
#include "widgets/labs/competition/model_names.h"
#include "widgets/labs/competition/outcome_map.h"

namespace kx::widgets {

void CompetitionView::setTexts() {
  m_canvas->setToolTip(
      tr("Click: start a trajectory (or select one by its start) · right-click: remove · "
         "drag: pan · wheel: zoom · double-click: reset view"));
  m_clear->setText(tr("Clear trajectories"));
  m_clear->setToolTip(tr("Remove every trajectory (the parameters stay)"));
  m_hint->setText(tr("Click the phase plane to start a trajectory."));
  m_modelLabel->setText(tr("Model:"));
  m_model->setToolTip(tr("A model of the gallery, or Custom: type dx/dt and dy/dt yourself"));
  for (int i = 0; i < m_model->count(); ++i)
    m_model->setItemText(i, modelTitle(m_model->itemData(i).toString().toStdString()));
  m_tabs->setTabText(0, tr("Phase plane"));
  m_tabs->setTabText(1, tr("Bifurcation"));
  m_sweepLabel->setText(tr("Parameter swept over its range:"));
  m_note->setText(modelNote(m_lab->modelSpec()));
}

CompetitionView::CompetitionView(CompetitionLab* lab, QWidget* parent) : QWidget(parent), m_lab(lab) {
  m_canvas = new GlCanvas(this);
  m_timeView = new LabChartView(lab->timeChart(), {0, 180}, {}, this);
  m_errorView = new LabChartView(lab->errorChart(), {0, 180}, {}, this);
  m_bifurcationView = new LabChartView(lab->bifurcationChart(), {0, 180}, {}, this);
  m_outcome = new OutcomeMapWidget(this);

  m_modelLabel = new QLabel(this);
  m_model = new QComboBox(this);
  m_model->setObjectName("modelChooser");
  for (const auto& spec : core::modelGallery()) m_model->addItem(QString(), QString::fromStdString(spec.id));
  m_model->addItem(QString(), QString("custom"));
  m_note = new QLabel(this);
  m_note->setWordWrap(true);
  m_custom = new CustomModelEditor(this);
  m_clear = new QPushButton(this);
  m_hint = new QLabel(this);
  m_hint->setStyleSheet("color: palette(mid)");
  m_tabs = new QTabWidget(this);
  m_sweepLabel = new QLabel(this);
  m_sweep = new QComboBox(this);
  auto* bifurcation = new QWidget(this);
  auto* sweepRow = new QHBoxLayout;
  sweepRow->addWidget(m_sweepLabel);
  sweepRow->addWidget(m_sweep);
  sweepRow->addStretch(1);
  auto* bifurcationLayout = new QVBoxLayout(bifurcation);
  bifurcationLayout->addLayout(sweepRow);
  bifurcationLayout->addWidget(m_bifurcationView, 1);
  m_tabs->addTab(m_canvas, QString());
  m_tabs->addTab(bifurcation, QString());
  liveTexts(this, [this] { setTexts(); });

  // The hint beside the tabs and the note beside the chooser: no row of its
  // own, so the charts below keep their height.
  m_tabs->setCornerWidget(m_hint);
  auto* bar = new QHBoxLayout;
  bar->addWidget(m_modelLabel);
  bar->addWidget(m_model);
  bar->addWidget(m_note, 1);
  bar->addWidget(m_clear);

  auto* bottom = new QWidget(this);
  auto* row = new QHBoxLayout(bottom);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(m_timeView, 3);
  row->addWidget(m_errorView, 3);
  row->addWidget(m_outcome, 2);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(m_tabs);
  split->addWidget(bottom);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 1);
  split->setSizes({640, 260});  // the proportions the lab had before its tabs
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(bar);
  layout->addWidget(m_custom);
  layout->addWidget(split, 1);

  // The outcome map's dot follows the shown frame's model, like the title does
  // (the lab's inputs() hold only the window and the seeds).
  auto showScene = [this] {
    if (auto scene = m_lab->scene()) m_canvas->setScene(scene);
    if (auto f = m_lab->frame()) m_outcome->setSigmas(f->inputs.model.sigma1(), f->inputs.model.sigma2());
  };
  connect(lab, &Lab::displayed, this, showScene);
  showScene();
  connect(lab, &Lab::schemaChanged, this, &CompetitionView::showModel);
  showModel();
  connect(m_model, &QComboBox::activated, this, [this](int index) {
    const std::string id = m_model->itemData(index).toString().toStdString();
    if (id == m_lab->modelSpec().id) return;
    // Custom starts from the model on screen, for the user to edit.
    core::PlanarModelSpec spec = id == "custom" ? m_lab->modelSpec() : core::galleryModel(id);
    spec.id = id;
    if (id == "custom") spec.note.clear();
    if (auto status = m_lab->chooseModel(spec); !status)
      m_custom->showModelMessage(QString::fromStdString(status.error()));
  });
  connect(m_custom, &CustomModelEditor::modelEdited, this, [this](const core::PlanarModelSpec& spec) {
    if (auto status = m_lab->chooseModel(spec); !status)
      m_custom->showModelMessage(QString::fromStdString(status.error()));
  });
  connect(m_sweep, &QComboBox::activated, lab, &CompetitionLab::setSweep);
  connect(m_clear, &QPushButton::clicked, lab, &CompetitionLab::clearTrajectories);
  connect(m_canvas, &GlCanvas::clicked, this, [this](QPointF at, Qt::MouseButton button, Qt::KeyboardModifiers) {
    const auto view = m_canvas->view();
    const double radius = 0.015 * std::max(view.width(), view.height());
    if (button == Qt::RightButton)
      m_lab->removeNear({at.x(), at.y()}, radius);
    else if (button == Qt::LeftButton)
      m_lab->clickAt({at.x(), at.y()}, radius);
  });
  connect(m_canvas, &GlCanvas::viewChanged, lab, &CompetitionLab::setWindow);
}

void CompetitionView::showModel() {
  const auto& spec = m_lab->modelSpec();
  m_model->setCurrentIndex(m_model->findData(QString::fromStdString(spec.id)));
  m_note->setText(modelNote(spec));
  m_custom->setVisible(spec.id == "custom");
  if (spec.id == "custom") m_custom->setSpec(spec);
  // The integrator error is measured, and the outcome map drawn, for the essay's model.
  const bool essay = spec.id == "competition";
  m_errorView->setVisible(essay);
  m_outcome->setVisible(essay);
  const QSignalBlocker quiet(m_sweep);
  m_sweep->clear();
  for (const auto& p : spec.parameters) m_sweep->addItem(QString::fromStdString(p.name));
  m_sweep->setCurrentIndex(m_lab->sweep());
}

}  // namespace kx::widgets
