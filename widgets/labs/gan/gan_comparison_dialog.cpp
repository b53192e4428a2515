#include "widgets/labs/gan/gan_comparison_dialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <memory>

#include "widgets/charts/chart_support.h"
#include "widgets/charts/lab_chart_view.h"
#include "widgets/export/export_dialog.h"
#include "widgets/lab/live_texts.h"
#include "widgets/labs/gan/gan_lab.h"

namespace kx::widgets {

GanComparisonDialog::GanComparisonDialog(GanLab* lab, ComparisonPreset preset, QWidget* parent)
    : QDialog(parent), m_lab(lab), m_comparison(std::make_unique<GanComparison>(preset)) {
  m_steps = new QSpinBox(this);
  m_steps->setRange(10, 100000);
  m_steps->setSingleStep(500);
  m_steps->setValue(2000);
  m_run = new QPushButton(this);
  m_export = new QPushButton(this);
  m_progress = new QProgressBar(this);
  m_progress->setRange(0, 1000);
  m_progress->setTextVisible(false);
  auto* stepsLabel = new QLabel(this);
  auto* intro = new QLabel(this);
  intro->setWordWrap(true);
  m_legend = new QLabel(this);
  m_legend->setTextFormat(Qt::RichText);
  m_legend->setAlignment(Qt::AlignCenter);
  m_legend->setWordWrap(true);
  m_summary = new QLabel(this);
  m_summary->setWordWrap(true);
  m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
  auto* status = new QLabel(this);
  m_charts = new QWidget(this);
  auto* chartRow = new QHBoxLayout(m_charts);
  chartRow->setContentsMargins(0, 0, 0, 0);
  chartRow->addWidget(new LabChartView(m_comparison->sw1Chart(), {300, 260}, {}, m_charts));
  chartRow->addWidget(new LabChartView(m_comparison->modesChart(), {300, 260}, {}, m_charts));

  auto* bar = new QHBoxLayout;
  bar->addWidget(stepsLabel);
  bar->addWidget(m_steps);
  bar->addWidget(m_run);
  bar->addWidget(m_export);
  bar->addWidget(m_progress, 1);
  bar->addWidget(status);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(bar);
  layout->addWidget(intro);
  layout->addWidget(m_legend);
  layout->addWidget(m_charts, 1);
  layout->addWidget(m_summary);
  resize(1100, 640);

  liveTexts(this, [=, this] {
    const bool losses = preset == ComparisonPreset::Losses;
    setWindowTitle(m_comparison->title());
    stepsLabel->setText(tr("Generator steps per run"));
    m_steps->setToolTip(tr("Each variant trains this many generator steps from the same initial weights"));
    m_export->setText(tr("Export…"));
    m_export->setToolTip(tr("Save the two charts with the summary as PNG, SVG or PDF, or their curves as CSV"));
    intro->setText(
        losses ? tr("Every loss of the lab, one after another, on the lab's data, seed, networks and optimisers. "
                    "The f-GANs are dashed.")
               : tr("The energy GAN on the lab's data, seed and networks, with three generator optimisers: Adam with "
                    "momentum (β₁ = 0.5), Adam without (β₁ = 0) and plain SGD at %1 times the lab's rate, which "
                    "takes steps of about Adam's size. The energy essay says momentum overshoots the pits and "
                    "collapses modes.")
                     .arg(core::gan::kSgdRatePerAdamRate));
    m_comparison->retranslate();
    refresh();
  });
  connect(m_comparison.get(), &GanComparison::updated, this, &GanComparisonDialog::refresh);
  connect(m_run, &QPushButton::clicked, this, [this] { m_comparison->running() ? m_comparison->cancel() : run(); });
  connect(m_export, &QPushButton::clicked, this, [this, status] {
    const QString name =
        m_comparison->preset() == ComparisonPreset::Losses ? "gan-loss-comparison.png" : "gan-optimiser-comparison.png";
    const auto written = exportFigureInteractively(m_comparison->figure(), name, this);
    if (!written)
      status->setText(QString::fromStdString(written.error()));
    else if (!written->isEmpty())
      status->setText(tr("Written to %1").arg(*written));
  });
}

GanComparisonDialog::~GanComparisonDialog() {
  // The chart views give the charts back to the comparison before it deletes
  // them with its runner (stopped and joined first, gan_comparison.h).
  delete m_charts;
}

void GanComparisonDialog::run() {
  auto params = core::gan::ganParamsFrom(m_lab->values());
  // The lab's values passed its schema already; only a programming error gets here.
  if (!params) return m_summary->setText(QString::fromStdString(params.error()));
  m_comparison->start(*params, m_lab->target(), m_steps->value());
}

void GanComparisonDialog::refresh() {
  const bool running = m_comparison->running();
  m_run->setText(running ? tr("Stop") : tr("Run"));
  m_steps->setEnabled(!running);
  m_export->setEnabled(m_comparison->frame() != nullptr);
  m_progress->setValue(int(1000 * std::clamp(m_comparison->progress(), 0.0, 1.0)));
  m_legend->setText(legendHtml(legendEntries(m_comparison->sw1Chart())));
  m_summary->setText(m_comparison->variants().empty()
                         ? tr("Run trains each variant from the lab's current settings, one after another.")
                         : m_comparison->summary());
}

QToolButton* makeComparisonButton(GanLab* lab, QWidget* parent) {
  auto* button = new QToolButton(parent);
  button->setPopupMode(QToolButton::InstantPopup);
  auto* menu = new QMenu(button);
  button->setMenu(menu);
  auto* losses = menu->addAction(QString());
  auto* optimisers = menu->addAction(QString());
  liveTexts(button, [=] {
    button->setText(GanComparisonDialog::tr("Compare"));
    button->setToolTip(
        GanComparisonDialog::tr("Train every loss, or three generator optimisers, on these settings "
                                "and compare their sample quality"));
    losses->setText(GanComparisonDialog::tr("Compare losses…"));
    optimisers->setText(GanComparisonDialog::tr("Compare optimisers…"));
  });
  // One window per preset, raised when asked for again; a child of the view,
  // so closing the lab closes it and stops its run.
  auto open = [lab, parent](ComparisonPreset preset, QPointer<GanComparisonDialog>& window) {
    if (!window) {
      window = new GanComparisonDialog(lab, preset, parent);
      window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
  };
  auto windows = std::make_shared<std::array<QPointer<GanComparisonDialog>, 2>>();
  QObject::connect(losses, &QAction::triggered, button,
                   [open, windows] { open(ComparisonPreset::Losses, (*windows)[0]); });
  QObject::connect(optimisers, &QAction::triggered, button,
                   [open, windows] { open(ComparisonPreset::Optimisers, (*windows)[1]); });
  return button;
}

}  // namespace kx::widgets
