#include "widgets/labs/competition/competition_view.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "widgets/canvas/gl_canvas.h"
#include "widgets/charts/lab_chart_view.h"
#include "widgets/lab/live_texts.h"
#include "widgets/labs/competition/competition_lab.h"
#include "widgets/labs/competition/outcome_map.h"

namespace kx::widgets {

void CompetitionView::setTexts() {
  m_canvas->setToolTip(
      tr("Click: start a trajectory (or select one by its start) · right-click: remove · "
         "drag: pan · wheel: zoom · double-click: reset view"));
  m_clear->setText(tr("Clear trajectories"));
  m_clear->setToolTip(tr("Remove every trajectory (the parameters stay)"));
  m_hint->setText(tr("Click the phase plane to start a trajectory."));
}

CompetitionView::CompetitionView(CompetitionLab* lab, QWidget* parent) : QWidget(parent), m_lab(lab) {
  m_canvas = new GlCanvas(this);
  m_timeView = new LabChartView(lab->timeChart(), {0, 180}, {}, this);
  m_errorView = new LabChartView(lab->errorChart(), {0, 180}, {}, this);
  m_outcome = new OutcomeMapWidget(this);

  m_clear = new QPushButton(this);
  m_hint = new QLabel(this);
  m_hint->setStyleSheet("color: palette(mid)");
  liveTexts(this, [this] { setTexts(); });
  auto* bar = new QHBoxLayout;
  bar->addWidget(m_hint, 1);
  bar->addWidget(m_clear);

  auto* bottom = new QWidget(this);
  auto* row = new QHBoxLayout(bottom);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(m_timeView, 3);
  row->addWidget(m_errorView, 3);
  row->addWidget(m_outcome, 2);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(m_canvas);
  split->addWidget(bottom);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(bar);
  layout->addWidget(split, 1);

  // The outcome map's dot follows the shown frame's model, like the title does
  // (the lab's inputs() hold only the window and the seeds).
  auto showScene = [this] {
    if (auto scene = m_lab->scene()) m_canvas->setScene(scene);
    if (auto f = m_lab->frame()) m_outcome->setSigmas(f->inputs.model.sigma1(), f->inputs.model.sigma2());
  };
  connect(lab, &Lab::displayed, this, showScene);
  showScene();
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

}  // namespace kx::widgets
