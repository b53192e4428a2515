#include "widgets/labs/walk/walk_view.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

#include "widgets/canvas/gl_canvas.h"
#include "widgets/canvas/plot_layout.h"
#include "widgets/charts/chart_support.h"
#include "widgets/charts/chart_with_legend.h"
#include "widgets/charts/lab_chart_view.h"
#include "widgets/lab/live_texts.h"
#include "widgets/lab/steady_label.h"
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

QString WalkView::stepText(int step, int computed, int steps, bool scrubbed) const {
  return tr("%1 of %3 (computed %2)%4").arg(step).arg(computed).arg(steps).arg(scrubbed ? tr(" (scrubbed)") : QString());
}

WalkView::WalkView(WalkLab* lab, QWidget* parent) : QWidget(parent), m_lab(lab) {
  m_canvas = new GlCanvas(this);
  liveTexts(m_canvas, [this] {
    m_canvas->setToolTip(
        tr("1D: time across, position up — highlighted walkers' paths, all walkers at the current "
           "step (the strip at its right end) and the ±1, ±2 sd envelopes. 2D: the plane. "
           "Drag: pan · wheel: zoom · double-click: reset view"));
  });

  m_speed = new QComboBox(this);
  for (double s : kSpeeds) m_speed->addItem(QString(), s);
  liveTexts(m_speed, [this] {
    for (int i = 0; i < m_speed->count(); ++i) {
      const double s = m_speed->itemData(i).toDouble();
      m_speed->setItemText(i, s > 0 ? tr("%1 steps/s").arg(s) : tr("as fast as possible"));
    }
    m_speed->setToolTip(tr("Animation speed: how many steps of the walk Run plays per second"));
  });
  m_speed->setCurrentIndex(kDefaultSpeed);
  lab->setSpeed(kSpeeds[kDefaultSpeed]);
  connect(m_speed, &QComboBox::currentIndexChanged, this,
          [this](int index) { m_lab->setSpeed(m_speed->itemData(index).toDouble()); });

  m_slider = new QSlider(Qt::Horizontal, this);
  m_slider->setRange(0, 0);
  liveTexts(m_slider, [this] {
    m_slider->setToolTip(
        tr("Scrub: show any step already computed (pauses the walk; Run continues from the computed frontier)"));
  });
  connect(m_slider, &QSlider::valueChanged, this, [this](int step) {
    // The slider spans the whole walk; only computed steps can be shown.
    if (const int computed = m_lab->computedSteps(); step > computed) {
      const QSignalBlocker block(m_slider);
      m_slider->setValue(computed);
      step = computed;
    }
    m_lab->scrubTo(step);
  });
  m_stepLabel = new SteadyLabel(this, [this] {
    const int steps = static_cast<int>(m_lab->description().schema.find("steps")->max);
    return stepText(steps, steps, steps, true);
  });
  m_status = new QLabel(this);
  m_status->setWordWrap(true);
  m_status->setStyleSheet("color: #962020");

  auto* speedLabel = new QLabel(this);
  auto* stepLabel = new QLabel(this);
  liveTexts(this, [speedLabel, stepLabel] {
    speedLabel->setText(tr("Speed"));
    stepLabel->setText(tr("Step"));
  });
  auto* bar = new QHBoxLayout;
  bar->addWidget(speedLabel);
  bar->addWidget(m_speed);
  bar->addSpacing(12);
  bar->addWidget(stepLabel);
  bar->addWidget(m_slider, 1);
  bar->addWidget(m_stepLabel);

  const WalkCharts& charts = lab->charts();
  m_histogramView = new LabChartView(
      charts.histogram(), kChartMinimum,
      [] {
        return tr(
            "Probability of each bin: walkers (outline), the exact law (dots: binomial for "
            "the lattice) and the normal law with the same mean and variance");
      },
      this);
  m_density = new DensityPairWidget(this);
  m_density->setObjectName("walkDensityPair");
  m_side = new QStackedWidget(this);
  m_side->addWidget(m_histogramView);
  m_side->addWidget(m_density);
  m_distanceView = new ChartWithLegend(
      charts.distance(), kChartMinimum,
      [] {
        return tr(
            "Kolmogorov–Smirnov and total-variation distance to the normal law against the "
            "number of steps (log–log), with a n^(−1/2) reference and a line fitted to KS above "
            "the sampling floor");
      },
      this);
  m_msdView = new LabChartView(
      charts.msd(), kChartMinimum,
      [] { return tr("Mean-square displacement against time with its least-squares line: slope = 2·d·D"); }, this);
  m_propagatorView = new ChartWithLegend(
      charts.propagator(), kChartMinimum,
      [] {
        return tr(
            "Path integral: the density after n steps composed from 1, a few and many "
            "short-time Gaussian kernels (Chapman–Kolmogorov) against the closed form — or, "
            "with a barrier, the method-of-images solution — beside the walkers' histogram");
      },
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
  m_pages = new QTabWidget(this);
  m_pages->setDocumentMode(true);
  m_pages->addTab(chartGrid, QString());
  m_pages->addTab(characteristicPage(), QString());
  m_pages->addTab(bernoulliPage(), QString());
  m_pages->addTab(new LabChartView(
                      m_lab->convergence().chart(), kChartMinimum,
                      [] {
                        return tr(
                            "The path integral's short-time kernels composed 1, 2, 4 … 32 times: "
                            "their largest distance to the closed form (Mehler's kernel with "
                            "the potential ω, the exact law with the pull k, the image solution "
                            "with a barrier) against the number of kernels, on log–log axes");
                      },
                      this),
                  QString());
  liveTexts(m_pages, [this] {
    m_pages->setTabText(0, tr("Walk"));
    m_pages->setTabText(1, tr("Characteristic function"));
    m_pages->setTabText(2, tr("Bernoulli products"));
    m_pages->setTabText(3, tr("Path integral"));
    m_pages->setTabToolTip(1, tr("The essay's derivation: cosⁿω tends to the Gaussian exp(−nω²/2), and the "
                                 "coefficient integral gives back the binomial law"));
    m_pages->setTabToolTip(2, tr("Bernoulli's products over the path's Fourier modes and the sums Σ 1/(n² ± ω²)"));
  });
  connect(m_pages, &QTabWidget::currentChanged, this,
          [this](int index) { m_lab->setPage(static_cast<WalkLab::Page>(index)); });
  m_split = new QSplitter(Qt::Vertical, this);
  m_split->addWidget(m_canvas);
  m_split->addWidget(m_pages);
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

QWidget* WalkView::characteristicPage() {
  auto* page = new QWidget(this);
  m_characteristicView = new LabChartView(
      m_lab->derivation().characteristic(), kChartMinimum,
      [] {
        return tr(
            "Real part of the characteristic function after n steps: exact (cosⁿω for the symmetric lattice), "
            "its Gaussian limit and the walkers' empirical mean of cos ωx");
      },
      page);
  m_table = new QLabel(page);
  m_table->setTextFormat(Qt::RichText);
  m_table->setWordWrap(true);
  m_table->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  m_table->setMinimumWidth(300);
  liveTexts(m_table, [this] {
    m_table->setToolTip(
        tr("Lattice walks: the probability of site k recovered from the characteristic function "
           "by the coefficient-extraction integral, next to the exact binomial probability"));
  });
  auto* layout = new QHBoxLayout(page);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_characteristicView, 2);
  layout->addWidget(m_table, 1);
  return page;
}

QWidget* WalkView::bernoulliPage() {
  auto* page = new QWidget(this);
  m_omega = new QSlider(Qt::Horizontal, page);
  m_omega->setRange(0, 400);  // ω in hundredths, 0 .. 4
  m_omega->setValue(50);
  liveTexts(m_omega, [this] {
    m_omega->setToolTip(tr("ω: the products are taken at x = πω; the − sum has a pole at every integer ω"));
  });
  m_modes = new QSpinBox(page);
  m_modes->setRange(1, 1000);
  m_modes->setValue(10);
  liveTexts(m_modes, [this] { m_modes->setToolTip(tr("Number of modes N in the partial products and sums")); });
  m_omegaLabel = new QLabel(page);
  m_omegaLabel->setMinimumWidth(70);
  auto apply = [this] {
    const double omega = m_omega->value() / 100.0;
    m_omegaLabel->setText(tr("ω = %1").arg(omega, 0, 'f', 2));
    m_lab->setBernoulli(omega, m_modes->value());
  };
  connect(m_omega, &QSlider::valueChanged, this, apply);
  connect(m_modes, &QSpinBox::valueChanged, this, apply);
  m_productsView = new LabChartView(
      m_lab->derivation().products(), kChartMinimum,
      [] {
        return tr(
            "Partial products ∏(1 ± ω²/n²) over N modes converging to sinh(πω)/(πω) and "
            "sin(πω)/(πω)");
      },
      page);
  m_sumsView = new LabChartView(
      m_lab->derivation().sums(), kChartMinimum,
      [] {
        return tr(
            "Σ 1/(n² + ω²) and Σ 1/(n² − ω²) with N terms against their closed forms; dotted: the "
            "poles of the second at integer ω");
      },
      page);
  auto* modesLabel = new QLabel(page);
  liveTexts(modesLabel, [modesLabel] { modesLabel->setText(tr("Modes N")); });
  auto* controls = new QHBoxLayout;
  controls->addWidget(new QLabel(QStringLiteral("ω"), page));
  controls->addWidget(m_omega, 1);
  controls->addWidget(m_omegaLabel);
  controls->addSpacing(12);
  controls->addWidget(modesLabel);
  controls->addWidget(m_modes);
  auto* legend = new QLabel(page);
  // The series' names are the lab's: they change with its retranslateFigures(), which emits displayed().
  auto showLegend = [this, legend] { legend->setText(legendHtml(m_lab->derivation().legendRow())); };
  showLegend();
  connect(m_lab, &Lab::displayed, legend, showLegend);
  legend->setTextFormat(Qt::RichText);
  legend->setAlignment(Qt::AlignCenter);
  legend->setWordWrap(true);
  auto* charts = new QHBoxLayout;
  charts->addWidget(m_productsView);
  charts->addWidget(m_sumsView);
  auto* layout = new QVBoxLayout(page);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(controls);
  layout->addWidget(legend);
  layout->addLayout(charts, 1);
  apply();
  return page;
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
  m_stepLabel->setText(stepText(frame->step, std::max(frame->computedSteps, m_lab->computedSteps()),
                                frame->params.steps, m_lab->showingScrubbed()));
  m_distanceView->refreshLegend();
  m_propagatorView->refreshLegend();
  m_table->setText(m_lab->derivation().coefficientTable());
  const QString note = QString::fromStdString(frame->note);
  const QString shown = m_lab->failure().isEmpty() ? note : m_lab->failure();
  m_status->setText(shown);
  m_status->setVisible(!shown.isEmpty());
}

}  // namespace kx::widgets
