#include "widgets/labs/diffusion/diffusion_view.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/mixture/point_cloud.h"
#include "widgets/canvas/gl_canvas.h"
#include "widgets/charts/chart_support.h"
#include "widgets/charts/lab_chart_view.h"
#include "widgets/cloud/point_cloud_bar.h"
#include "widgets/lab/live_texts.h"
#include "widgets/lab/steady_label.h"
#include "widgets/labs/diffusion/diffusion_lab.h"
#include "widgets/labs/diffusion/diffusion_likelihood.h"
#include "widgets/labs/diffusion/diffusion_scene.h"
#include "widgets/video/animation_export_dialog.h"

namespace kx::widgets {
namespace {

constexpr QSize kChartMinimum{240, 170};

}  // namespace

DiffusionView::DiffusionView(DiffusionLab* lab, QWidget* parent) : QWidget(parent), m_lab(lab) {
  m_forward = new GlCanvas(this);
  m_sampling = new GlCanvas(this);
  m_status = new SteadyLabel(this);
  m_clear = new QPushButton(this);
  connect(m_clear, &QPushButton::clicked, lab, &DiffusionLab::clearComponents);
  m_cloudBar = new PointCloudBar(m_forward, this);
  connect(m_cloudBar, &PointCloudBar::openRequested, this, [this](const QString& path) {
    // On an error the previous target stays; the message names the file and line.
    if (auto status = m_lab->openCloud(path); !status) m_status->setText(QString::fromStdString(status.error()));
  });
  connect(m_cloudBar, &PointCloudBar::stroke, lab, [lab](const core::mixture::Points& p) { lab->addCloudPoints(p); });
  connect(m_cloudBar, &PointCloudBar::clearRequested, this, [this] {
    m_lab->clearCloud();
    refresh();  // an empty cloud target makes no frame to refresh on
  });
  m_exportAnimation = new QPushButton(this);
  liveTexts(this, [this] {
    m_forward->setToolTip(tr(
        "The forward process at the chosen time: noised data and the exact noised density. Click to add a "
        "mixture component (the target becomes 'custom'); with Draw on, drag to draw a point cloud (the target becomes "
        "'Point cloud'). Drag: pan · wheel: zoom · double-click: reset"));
    m_sampling->setToolTip(
        tr("The sampler: particles, trajectories of a few, the score field at the current time (arrows) and one "
           "particle's denoised guess x̂₀, over the exact density at the particles' time. Click: the log-density "
           "of that point through the probability-flow ODE and exactly. Hover: that point's x̂₀ = E[x₀ | x_t] at the "
           "particles' time"));
    m_clear->setText(tr("Clear custom components"));
    m_exportAnimation->setText(tr("Export animation…"));
    m_exportAnimation->setToolTip(
        tr("Write the sampler's frames (one per segment of steps) as an MP4, WebM or GIF video or as PNG files"));
  });
  connect(m_exportAnimation, &QPushButton::clicked, this, [this] {
    if (const QString result = exportAnimationInteractively(*m_lab, this); !result.isEmpty()) m_status->setText(result);
  });
  connect(m_forward, &GlCanvas::clicked, this, [this](QPointF at, Qt::MouseButton button, Qt::KeyboardModifiers) {
    if (button == Qt::LeftButton) m_lab->addComponent(at);
  });
  connect(m_sampling, &GlCanvas::clicked, this, [this](QPointF at, Qt::MouseButton button, Qt::KeyboardModifiers) {
    if (button == Qt::LeftButton) m_lab->probeLikelihood(at);
  });
  connect(m_sampling, &GlCanvas::hovered, m_lab, &DiffusionLab::probeTweedie);

  m_qualityView = new LabChartView(
      lab->qualityChart(), kChartMinimum,
      [] {
        return tr(
            "Sliced Wasserstein-1 distance to exact samples against the number of score "
            "evaluations, one curve per sampler (4,000 particles each, all from the same noise: the stochastic "
            "samplers share their step noise too, so their sampling fluctuations move together)");
      },
      this);
  m_coverageView = new LabChartView(
      lab->coverageChart(), kChartMinimum,
      [] { return tr("Fraction of samples within 3 standard deviations of a component centre"); }, this);

  m_lossView = new LabChartView(
      lab->lossChart(), kChartMinimum,
      [] {
        return tr(
            "Score = learned: the denoising-score-matching loss E|ε − ε_θ(ᾱx₀ + β̄ε, t)|² while the "
            "network trains (its floor is not 0: ε is only partly predictable from x_t)");
      },
      this);
  // Hidden from the start, as refresh() leaves it for the exact score: hidden
  // only there, after the layouts had measured four charts, the window opened
  // wider than 1280 pixels and cut the parameter panel off.
  m_lossView->hide();

  m_likelihoodView = new LabChartView(
      lab->likelihood()->chart(), kChartMinimum,
      [] {
        return tr(
            "Log-density of samples of the target through the probability-flow ODE's instantaneous change of "
            "variables (§3.6, from t = 0.001 to 1 with the N(0, I) prior; RK4, 200 steps) against the exact "
            "log-density: on the diagonal where the ODE is exact");
      },
      this);

  // The user's data on a row of their own: beside the status line they left
  // it no room, and on one row the view was wider than a 1280-pixel window
  // leaves the lab (the parameter dock scrolled sideways).
  auto* dataBar = new QHBoxLayout;
  dataBar->addWidget(m_cloudBar);
  dataBar->addWidget(m_clear);
  dataBar->addStretch(1);
  auto* bar = new QHBoxLayout;
  bar->addWidget(m_status, 1);
  bar->addWidget(m_exportAnimation);
  auto* canvases = new QSplitter(Qt::Horizontal, this);
  canvases->addWidget(m_forward);
  canvases->addWidget(m_sampling);
  auto* charts = new QSplitter(Qt::Horizontal, this);
  charts->addWidget(m_qualityView);
  charts->addWidget(m_coverageView);
  charts->addWidget(m_lossView);
  charts->addWidget(m_likelihoodView);
  m_samplerLegend = new QLabel(this);
  m_samplerLegend->setAlignment(Qt::AlignCenter);
  liveTexts(m_samplerLegend, [this] {
    m_samplerLegend->setToolTip(tr("The samplers of the two quality charts, each at 7 budgets of score evaluations"));
  });
  auto* chartArea = new QWidget(this);
  auto* chartLayout = new QVBoxLayout(chartArea);
  chartLayout->setContentsMargins(0, 0, 0, 0);
  chartLayout->setSpacing(0);
  chartLayout->addWidget(m_samplerLegend);
  chartLayout->addWidget(charts, 1);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(canvases);
  split->addWidget(chartArea);
  split->setChildrenCollapsible(false);
  split->setSizes({430, 270});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(dataBar);
  layout->addLayout(bar);
  layout->addWidget(split, 1);

  m_forward->installEventFilter(this);
  m_sampling->installEventFilter(this);
  connect(lab, &Lab::displayed, this, &DiffusionView::refresh);
  connect(lab, &Lab::message, this, [this](const QString& text) {
    if (!text.isEmpty()) m_status->setText(text);
  });
  refresh();
}

bool DiffusionView::eventFilter(QObject* watched, QEvent* event) {
  if ((watched == m_forward || watched == m_sampling) && event->type() == QEvent::Resize) refresh();
  if (watched == m_sampling && event->type() == QEvent::Leave) m_lab->clearHover();
  return QWidget::eventFilter(watched, event);
}

void DiffusionView::refresh() {
  // The plane keeps equal units on both axes (circles stay round).
  if (auto s = m_lab->forward())
    m_forward->setScene(std::make_shared<const PlotScene>(fittedToField(*s, QRectF(m_forward->rect()))));
  if (auto s = m_lab->sampling())
    m_sampling->setScene(std::make_shared<const PlotScene>(fittedToField(*s, QRectF(m_sampling->rect()))));
  m_clear->setEnabled(!m_lab->customComponents().empty());
  m_cloudBar->clearButton()->setEnabled(m_lab->cloud().rows() > 0);
  m_exportAnimation->setEnabled(m_lab->animationFrames() > 0);
  const auto f = m_lab->frame();
  // The quality sweep runs for the exact score, the loss exists for the
  // learned one: show the charts that have something to say.
  const bool learned = f && f->params.learned;
  m_qualityView->setVisible(!learned);
  m_coverageView->setVisible(!learned);
  m_lossView->setVisible(learned);
  const auto samplers = legendEntries(m_lab->qualityChart());
  m_samplerLegend->setText(legendHtml(samplers));
  m_samplerLegend->setVisible(!learned && !samplers.empty());
  if (!m_lab->failure().isEmpty() || !f) {
    m_status->setText(m_lab->failure());
    return;
  }
  const bool cloud = core::mixture::isPointCloud(f->target);
  QString text = (cloud ? tr("%1 points · step %2 / %3 · %4 score evaluations")
                        : tr("%1 components · step %2 / %3 · %4 score evaluations"))
                     .arg(f->target.components.size())
                     .arg(f->step)
                     .arg(f->stepCount)
                     .arg(f->evaluations);
  if (f->memorised)
    text += tr(" · sliced W₁ %1 · memorised %2% (within %3 of a training point) · median distance %4")
                .arg(f->sw1, 0, 'f', 4)
                .arg(100 * f->memorised->fraction, 0, 'f', 1)
                .arg(f->memorised->radius)
                .arg(f->memorised->medianDistance, 0, 'g', 2);
  if (f->modes >= 0)
    text += tr(" · sliced W₁ %1 · modes %2 / %3 · high quality %4%")
                .arg(f->sw1, 0, 'f', 4)
                .arg(f->modes)
                .arg(f->target.components.size())
                .arg(100 * f->highQuality, 0, 'f', 1);
  if (const QString probe = m_lab->likelihood()->probeText(); !probe.isEmpty()) text += QStringLiteral(" · ") + probe;
  if (const auto hover = m_lab->hoverEstimate())
    text += tr(" · x̂₀ of (%1, %2) at t = %3: (%4, %5)")
                .arg(hover->first.x(), 0, 'f', 2)
                .arg(hover->first.y(), 0, 'f', 2)
                .arg(f->level.time, 0, 'f', 3)
                .arg(hover->second.x(), 0, 'f', 3)
                .arg(hover->second.y(), 0, 'f', 3);
  m_status->setText(text);
}

}  // namespace kx::widgets
