#include "widgets/labs/gan/gan_view.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "widgets/canvas/gl_canvas.h"
#include "widgets/charts/lab_chart_view.h"
#include "widgets/cloud/point_cloud_bar.h"
#include "widgets/lab/live_texts.h"
#include "widgets/lab/steady_label.h"
#include "widgets/labs/gan/f_divergence_panel.h"
#include "widgets/labs/gan/gan_comparison_dialog.h"
#include "widgets/labs/gan/gan_lab.h"
#include "widgets/labs/gan/gan_surface_view.h"
#include "widgets/video/animation_export_dialog.h"

namespace kx::widgets {

QString GanView::stepText(long long generatorSteps, long long discriminatorSteps) const {
  return tr("generator step %1 · discriminator step %2").arg(generatorSteps).arg(discriminatorSteps);
}

QString GanView::stepText(const core::gan::GanFrame& frame) const {
  if (!frame.sampling) return stepText(frame.generatorSteps, frame.discriminatorSteps);
  const auto& p = *frame.sampling;
  QString text = tr("Langevin step %1 of %2").arg(p.step).arg(p.spec.steps);
  if (p.spec.mode == core::gan::LangevinMode::Mala) text += tr(" · acceptance %1").arg(p.acceptance, 0, 'f', 2);
  return text;
}

GanView::GanView(GanLab* lab, QWidget* parent) : QWidget(parent), m_lab(lab) {
  m_canvas = new GlCanvas(this);
  m_lossView = new LabChartView(lab->lossChart(), {0, 200}, {}, this);
  m_qualityView = new LabChartView(lab->qualityChart(), {0, 200}, {}, this);
  m_samplingView = new LabChartView(lab->samplingChart(), {0, 200}, {}, this);
  m_samplingView->hide();

  auto* stepD = new QPushButton(this);
  auto* stepG = new QPushButton(this);
  auto* slow = new QCheckBox(this);
  auto* restart = new QPushButton(this);
  auto* clear = new QPushButton(this);
  auto* frames = new QPushButton(this);
  m_cloudBar = new PointCloudBar(m_canvas, this);
  liveTexts(this, [=, this] {
    m_canvas->setToolTip(
        tr("Shift-click: draw a data point (a small Gaussian) · Ctrl-click: release Langevin particles there · with "
           "Draw on, drag: spray a point cloud · drag: pan · wheel: zoom · double-click: reset view"));
    stepD->setText(tr("Step D"));
    stepD->setToolTip(tr("One discriminator update only: watch the pits being dug"));
    stepG->setText(tr("Step G"));
    stepG->setToolTip(tr("One generator update only: watch the samples roll downhill"));
    slow->setText(tr("Slow motion"));
    slow->setToolTip(tr("A picture after every generator step"));
    restart->setText(tr("Restart"));
    restart->setToolTip(tr("Back to the same initial weights (same seed), keeping the parameters"));
    clear->setText(tr("Clear drawn data"));
    clear->setToolTip(tr("Remove the shift-clicked Gaussian points"));
    frames->setText(tr("Export animation…"));
    frames->setToolTip(tr("Save every landscape of this run as an MP4, WebM or GIF video or as numbered PNG files"));
  });
  // The step in the tab bar's free corner, not in the landscape's title: a new
  // title would repaint the canvas's axes image at every frame (docs/benchmarks.md
  // W7). Beside the buttons it made the lab wider than a 1280-pixel window.
  m_step = new SteadyLabel(this, [lab, this] {
    const auto& schema = lab->description().schema;
    // The counts of the longest run; Step D can add more, which then elide.
    const auto steps = static_cast<long long>(schema.find("steps")->max);
    return stepText(steps, steps * static_cast<long long>(schema.find("d_steps")->max));
  });
  m_banner = new QLabel(this);
  m_banner->setWordWrap(true);
  m_banner->setStyleSheet("background: #fde2e1; color: #7a1010; padding: 6px; border: 1px solid #e0a0a0");
  m_banner->hide();
  auto* bar = new QHBoxLayout;
  for (QWidget* w : std::initializer_list<QWidget*>{stepD, stepG, slow, restart, frames}) bar->addWidget(w);
  bar->addWidget(makeComparisonButton(lab, this));
  bar->addStretch(1);
  // The user's data on a second row: on one row the lab was wider than a
  // 1280-pixel window.
  auto* dataBar = new QHBoxLayout;
  dataBar->addWidget(m_cloudBar);
  dataBar->addWidget(clear);
  dataBar->addStretch(1);

  // The landscape on top, the two charts side by side below (a narrow column
  // beside the canvas truncated the charts' legends).
  auto* charts = new QWidget(this);
  auto* column = new QHBoxLayout(charts);
  column->setContentsMargins(0, 0, 0, 0);
  column->addWidget(m_lossView);
  column->addWidget(m_qualityView);
  column->addWidget(m_samplingView);
  // The 3D view is made when its tab first opens: a QOpenGLWidget in the
  // window makes Qt compose the whole window through OpenGL, which a CPU
  // rasteriser pays at every repaint (docs/benchmarks.md, "W6 per lab").
  auto* surfacePage = new QWidget(this);
  auto* surfaceLayout = new QVBoxLayout(surfacePage);
  surfaceLayout->setContentsMargins(0, 0, 0, 0);
  auto* tabs = new QTabWidget(this);
  tabs->addTab(m_canvas, QString());
  tabs->addTab(surfacePage, QString());
  tabs->addTab(new FDivergencePanel(lab, tabs), QString());
  connect(tabs, &QTabWidget::currentChanged, this, [this, tabs, surfacePage, surfaceLayout] {
    if (m_surface || tabs->currentWidget() != surfacePage) return;
    m_surface = new GanSurfaceView(surfacePage);
    surfaceLayout->addWidget(m_surface);
    m_surface->setFrame(m_lab->frame());
  });
  liveTexts(tabs, [tabs] {
    tabs->setTabText(0, tr("Landscape"));
    tabs->setTabText(1, tr("3D landscape"));
    tabs->setTabText(2, tr("f and g"));
  });
  tabs->setCornerWidget(m_step, Qt::TopRightCorner);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(tabs);
  split->addWidget(charts);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 1);
  // The landscape is the point of the lab: charts get a strip, not half.
  charts->setMaximumHeight(300);
  split->setSizes({560, 220});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(bar);
  layout->addLayout(dataBar);
  layout->addWidget(m_banner);
  layout->addWidget(split, 1);

  auto showScene = [this] {
    if (auto scene = m_lab->scene()) m_canvas->setScene(scene);
    const auto frame = m_lab->frame();
    if (m_surface) m_surface->setFrame(frame);
    if (frame) m_step->setText(stepText(*frame));
    // The particles' chart once there are particles; the losses make room for it.
    const bool sampling = frame && frame->sampling;
    m_samplingView->setVisible(sampling);
    m_lossView->setVisible(!sampling);
  };
  connect(lab, &Lab::displayed, this, showScene);
  showScene();
  connect(lab, &Lab::failed, this, [this](const QString& text) {
    m_banner->setText(text);
    m_banner->show();
  });
  connect(lab, &Lab::valuesChanged, m_banner, &QLabel::hide);
  connect(stepD, &QPushButton::clicked, lab, &GanLab::stepDiscriminator);
  connect(stepG, &QPushButton::clicked, lab, &GanLab::stepGenerator);
  connect(slow, &QCheckBox::toggled, lab, &GanLab::setSlowMotion);
  connect(restart, &QPushButton::clicked, this, [this] {
    m_banner->hide();
    m_lab->restart();
  });
  connect(clear, &QPushButton::clicked, lab, &GanLab::clearDrawnData);
  connect(m_cloudBar, &PointCloudBar::openRequested, this, [this](const QString& path) {
    // On an error the previous data stay; the message names the file and line.
    if (auto status = m_lab->openCloud(path); !status)
      QMessageBox::warning(this, tr("Open point cloud"), QString::fromStdString(status.error()));
  });
  connect(m_cloudBar, &PointCloudBar::stroke, lab, [lab](const core::mixture::Points& p) { lab->addCloudPoints(p); });
  connect(m_cloudBar, &PointCloudBar::clearRequested, lab, &GanLab::clearCloud);
  connect(frames, &QPushButton::clicked, this, [this] { exportAnimationInteractively(*m_lab, this); });
  connect(m_canvas, &GlCanvas::clicked, this, [this](QPointF at, Qt::MouseButton button, Qt::KeyboardModifiers mods) {
    if (button != Qt::LeftButton) return;
    if (mods & Qt::ShiftModifier)
      m_lab->addDataPoint({at.x(), at.y()});
    else if (mods & Qt::ControlModifier)
      m_lab->releaseParticlesAt({at.x(), at.y()});
  });
}

}  // namespace kx::widgets
