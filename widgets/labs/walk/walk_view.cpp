#include "widgets/labs/walk/walk_view.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

#include "widgets/canvas/gl_canvas.h"
#include "widgets/charts/lab_chart_view.h"
#include "widgets/labs/walk/walk_density_pair.h"
#include "widgets/labs/walk/walk_lab.h"
#include "widgets/labs/walk/walk_scene.h"

namespace kx::widgets {
namespace {

constexpr QSize kChartMinimum{240, 160};

// Animation speeds offered, in steps per second (0: as fast as possible).
constexpr double kSpeeds[] = {10, 30, 100, 300, 1000, 0};
constexpr int kDefaultSpeed = 2;

}  // namespace

WalkView::WalkView(WalkLab* lab, QWidget* parent) : QWidget(parent), m_lab(lab) {
  m_canvas = new GlCanvas(this);
  m_canvas->setToolTip(
      tr("1D: time across, position up — highlighted walkers' paths, all walkers at the current "
         "step (the strip at its right end) and the ±1, ±2 sd envelopes. 2D: the plane. "
         "Drag: pan · wheel: zoom · double-click: reset view"));

  m_speed = new QComboBox(this);
  for (double s : kSpeeds) m_speed->addItem(s > 0 ? tr("%1 steps/s").arg(s) : tr("as fast as possible"), s);
  m_speed->setCurrentIndex(kDefaultSpeed);
  m_speed->setToolTip(tr("Animation speed: how many steps of the walk Run plays per second"));
  lab->setSpeed(kSpeeds[kDefaultSpeed]);
  connect(m_speed, &QComboBox::currentIndexChanged, this,
          [this](int index) { m_lab->setSpeed(m_speed->itemData(index).toDouble()); });

  m_slider = new QSlider(Qt::Horizontal, this);
  m_slider->setRange(0, 0);
  m_slider->setToolTip(
      tr("Scrub: show any step already computed (pauses the walk; Run continues from the computed frontier)"));
  connect(m_slider, &QSlider::valueChanged, this, [this](int step) {
    // The slider spans the whole walk; only computed steps can be shown.
    if (const int computed = m_lab->computedSteps(); step > computed) {
      const QSignalBlocker block(m_slider);
      m_slider->setValue(computed);
      step = computed;
    }
    m_lab->scrubTo(step);
  });
  m_stepLabel = new QLabel(this);
  m_stepLabel->setMinimumWidth(190);
  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  m_status->setStyleSheet("color: #962020");

  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Speed"), this));
  bar->addWidget(m_speed);
  bar->addSpacing(12);
  bar->addWidget(new QLabel(tr("Step"), this));
  bar->addWidget(m_slider, 1);
  bar->addWidget(m_stepLabel);

  const WalkCharts& charts = lab->charts();
  m_histogramView = new LabChartView(charts.histogram(), kChartMinimum,
                                     tr("Probability of each bin: walkers (outline), the exact law (dots: binomial for "
                                        "the lattice) and the normal law with the same mean and variance"),
                                     this);
  m_density = new DensityPairWidget(this);
  m_density->setObjectName("walkDensityPair");
  m_side = new QStackedWidget(this);
  m_side->addWidget(m_histogramView);
  m_side->addWidget(m_density);
  m_distanceView =
      new LabChartView(charts.distance(), kChartMinimum,
                       tr("Kolmogorov–Smirnov and total-variation distance to the normal law against the "
                          "number of steps (log–log), with a n^(−1/2) reference and a line fitted to KS above "
                          "the sampling floor"),
                       this);
  m_msdView =
      new LabChartView(charts.msd(), kChartMinimum,
                       tr("Mean-square displacement against time with its least-squares line: slope = 2·d·D"), this);
  m_propagatorView =
      new LabChartView(charts.propagator(), kChartMinimum,
                       tr("Path integral: the density after n steps composed from 1, a few and many "
                          "short-time Gaussian kernels (Chapman–Kolmogorov) against the closed form — or, "
                          "with a barrier, the method-of-images solution — beside the walkers' histogram"),
                       this);

  // The picture across the top (its wide shape suits the time axis of 1D
  // walks), the charts in a 2 x 2 grid below: legible at 1280 x 800 with the
  // shell's docks open. 2D walks use only the first row (density, MSD).
  auto* chartGrid = new QWidget(this);
  auto* grid = new QGridLayout(chartGrid);
  grid->setContentsMargins(0, 0, 0, 0);
  grid->setSpacing(2);
  grid->addWidget(m_side, 0, 0);
  grid->addWidget(m_msdView, 0, 1);
  grid->addWidget(m_distanceView, 1, 0);
  grid->addWidget(m_propagatorView, 1, 1);
  m_split = new QSplitter(Qt::Vertical, this);
  m_split->addWidget(m_canvas);
  m_split->addWidget(chartGrid);
  m_split->setChildrenCollapsible(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(bar);
  layout->addWidget(m_status);
  layout->addWidget(m_split, 1);

  m_canvas->installEventFilter(this);
  connect(lab, &Lab::displayed, this, &WalkView::refresh);
  connect(lab, &Lab::message, this, [this](const QString& text) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
  });
  refresh();
}

void WalkView::showScene() {
  auto scene = m_lab->scene();
  if (!scene) return;
  auto frame = m_lab->frame();
  if (frame && frame->params.is2D())
    scene = std::make_shared<const PlotScene>(withEqualAspect(*scene, QRectF(m_canvas->rect())));
  m_canvas->setScene(scene);
}

bool WalkView::eventFilter(QObject* watched, QEvent* event) {
  // The plane keeps equal units on both axes as the canvas changes shape.
  if (watched == m_canvas && event->type() == QEvent::Resize) showScene();
  return QWidget::eventFilter(watched, event);
}

void WalkView::refresh() {
  auto frame = m_lab->frame();
  showScene();
  if (!frame) {
    const QString failure = m_lab->failure();
    m_status->setText(failure);
    m_status->setVisible(!failure.isEmpty());
    return;
  }
  const bool twoD = frame->params.is2D();
  m_side->setCurrentWidget(twoD ? static_cast<QWidget*>(m_density) : m_histogramView);
  if (twoD) m_density->setSummary(frame->summary2D, frame->step);
  if (twoD != m_twoD || !m_laidOut) {
    m_distanceView->setVisible(!twoD);
    m_propagatorView->setVisible(!twoD);
    // 2D: a larger plane above one row of charts; 1D: two rows of charts.
    const int total = std::max(600, m_split->height());
    m_split->setSizes(twoD ? QList<int>{total * 62 / 100, total * 38 / 100}
                           : QList<int>{total * 38 / 100, total * 62 / 100});
    m_twoD = twoD;
    m_laidOut = true;
  }
  {
    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, frame->params.steps);
    m_slider->setValue(frame->step);
  }
  m_stepLabel->setText(tr("%1 of %3 (computed %2)%4")
                           .arg(frame->step)
                           .arg(std::max(frame->computedSteps, m_lab->computedSteps()))
                           .arg(frame->params.steps)
                           .arg(m_lab->showingScrubbed() ? tr(" (scrubbed)") : QString()));
  const QString note = QString::fromStdString(frame->note);
  const QString shown = m_lab->failure().isEmpty() ? note : m_lab->failure();
  m_status->setText(shown);
  m_status->setVisible(!shown.isEmpty());
}

}  // namespace kx::widgets
