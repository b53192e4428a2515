#include "widgets/labs/gan/gan_comparison.h"

#include <QTextStream>
#include <QValueAxis>
#include <cmath>
#include <iterator>

#include "widgets/charts/chart_support.h"
#include "widgets/panel/schema_text.h"

namespace kx::widgets {
namespace {

using core::gan::ComparisonCurve;

// Measurements per variant along its run (and its step 0).
constexpr int kMeasurements = 50;

// Fifteen colours told apart on white (Okabe and Ito's eight, then seven
// more), one per variant; the f-GANs are dashed besides.
QColor variantColour(std::size_t k) {
  static const QColor colours[] = {
      QColor(0, 0, 0),     QColor(230, 159, 0),   QColor(86, 180, 233),  QColor(0, 158, 115),  QColor(213, 94, 0),
      QColor(0, 114, 178), QColor(204, 121, 167), QColor(150, 150, 150), QColor(140, 81, 10),  QColor(123, 50, 148),
      QColor(227, 26, 28), QColor(27, 120, 55),   QColor(184, 160, 0),   QColor(53, 151, 143), QColor(197, 27, 125)};
  return colours[k % std::size(colours)];
}

}  // namespace

GanComparison::GanComparison(ComparisonPreset preset, QObject* parent)
    : QObject(parent), m_preset(preset), m_sw1Chart(makeChart({}, {}, {}, true)), m_modesChart(makeChart({}, {}, {})) {
  // One legend for both charts, in rows above them (the dialog's label, the figure's paintLegend).
  m_sw1Chart->legend()->hide();
  m_modesChart->legend()->hide();
  m_runner.setFrameInterval(100);
  connect(&m_runner, &JobRunner::frameReady, this,
          [this](FramePtr frame) { show(std::dynamic_pointer_cast<const core::gan::ComparisonFrame>(frame)); });
  connect(&m_runner, &JobRunner::progressChanged, this, &GanComparison::updated);
  connect(&m_runner, &JobRunner::busyChanged, this, &GanComparison::updated);
  setTexts();
}

GanComparison::~GanComparison() {
  m_runner.cancel();
  delete m_sw1Chart;
  delete m_modesChart;
}

void GanComparison::start(const core::gan::GanParams& base, core::mixture::GaussianMixture target, int steps) {
  core::gan::GanParams p = base;
  p.steps = steps;
  m_steps = steps;
  m_variants = m_preset == ComparisonPreset::Losses ? core::gan::lossVariants(p) : core::gan::optimiserVariants(p);
  m_frame.reset();
  makeSeries();
  m_runner.start(
      std::make_unique<core::gan::ComparisonJob>(m_variants, std::move(target), std::max(1, steps / kMeasurements)));
  emit updated();
}

void GanComparison::cancel() {
  m_runner.cancel();
  emit updated();
}

void GanComparison::makeSeries() {
  for (QChart* chart : {m_sw1Chart, m_modesChart}) chart->removeAllSeries();
  m_sw1.clear();
  m_modes.clear();
  for (std::size_t k = 0; k < m_variants.size(); ++k) {
    const QColor colour = variantColour(k);
    // The f-GANs dashed: the loss zoo's second family (docs/math.md §4.10).
    const auto style = m_variants[k].params.loss.kind == core::gan::LossKind::Fgan ? Qt::DashLine : Qt::SolidLine;
    m_sw1.push_back(addLineSeries(m_sw1Chart, {}, colour, 1.8, style));
    m_modes.push_back(addLineSeries(m_modesChart, {}, colour, 1.8, style));
  }
  setTexts();
  setRanges();
}

void GanComparison::setRanges() {
  fitAxes(m_sw1Chart);  // the decades sliced W1 spans
  // The whole run on x from the start, and all of [0, 1] for the modes' share.
  for (QChart* chart : {m_sw1Chart, m_modesChart})
    setNiceRange(qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first()), 0, std::max(1, m_steps));
  setNiceRange(qobject_cast<QValueAxis*>(m_modesChart->axes(Qt::Vertical).first()), 0, 1);
}

void GanComparison::show(std::shared_ptr<const core::gan::ComparisonFrame> frame) {
  if (!frame || frame->curves.size() != m_variants.size()) return;
  m_frame = std::move(frame);
  const double modes = std::max(1, m_frame->targetModes);
  for (std::size_t k = 0; k < m_variants.size(); ++k) {
    const ComparisonCurve& c = m_frame->curves[k];
    QList<QPointF> sw1, covered;
    for (std::size_t i = 0; i < c.step.size(); ++i) {
      if (c.sw1[i] > 0) sw1.append({c.step[i], c.sw1[i]});  // 0: points not finite (gan_quality.h); a log axis
      covered.append({c.step[i], c.modes[i] / modes});
    }
    m_sw1[k]->replace(sw1);
    m_modes[k]->replace(m_frame->targetModes ? covered : QList<QPointF>());
  }
  setRanges();
  setTexts();
  emit updated();
}

QString GanComparison::title() const {
  return m_preset == ComparisonPreset::Losses ? tr("Compare losses") : tr("Compare optimisers");
}

QString GanComparison::variantTitle(std::size_t k) const {
  const auto& p = m_variants[k].params;
  if (m_preset == ComparisonPreset::Losses) return schemaText(core::gan::lossTitle(p.loss));
  if (p.generatorOpt.kind == core::gan::OptimizerKind::Adam) return tr("Adam β₁ = %1").arg(p.generatorOpt.beta1);
  return tr("SGD at rate %1, no momentum").arg(p.generatorOpt.learningRate);
}

void GanComparison::setTexts() {
  const bool cloud = m_frame && m_frame->targetModes == 0;
  setChartTitles(m_sw1Chart, tr("Sliced W1 to the data"), tr("generator step"), tr("sliced W1"));
  setChartTitles(m_modesChart, cloud ? tr("Modes covered: a point cloud has none") : tr("Modes covered"),
                 tr("generator step"), tr("modes / all"));
  for (std::size_t k = 0; k < m_sw1.size(); ++k) {
    m_sw1[k]->setName(variantTitle(k));
    m_modes[k]->setName(variantTitle(k));
  }
}

void GanComparison::retranslate() {
  setTexts();
  emit updated();
}

QString GanComparison::summary() const {
  if (m_variants.empty()) return {};
  const std::size_t trained = m_frame ? m_frame->trained : 0;
  const int n = int(m_variants.size());
  if (trained < m_variants.size()) {
    if (!running()) return tr("Stopped after %1 of %2 runs.").arg(trained).arg(n);
    return tr("Training %1 (%2 of %3)…").arg(variantTitle(trained)).arg(trained + 1).arg(n);
  }
  return m_preset == ComparisonPreset::Optimisers ? optimiserSummary() : lossSummary();
}

QString GanComparison::optimiserSummary() const {
  QStringList results;
  for (std::size_t k = 0; k < m_variants.size(); ++k) {
    const ComparisonCurve& c = m_frame->curves[k];
    if (!c.failure.empty())
      results << tr("%1 diverged after step %2").arg(variantTitle(k)).arg(c.step.back());
    else if (m_frame->targetModes)
      results << tr("%1 covered %2 of %3 modes").arg(variantTitle(k)).arg(c.modes.back()).arg(m_frame->targetModes);
    else
      results << tr("%1 reached sliced W1 %2").arg(variantTitle(k)).arg(c.sw1.back(), 0, 'f', 3);
  }
  return tr("At step %1: %2. %3").arg(m_steps).arg(results.join(tr("; "))).arg(optimiserVerdict());
}

QString GanComparison::lossSummary() const {
  // Every loss that ties for the most modes is named: several often cover all.
  QStringList most, diverged;
  double mostModes = -1, lowestW1 = 0;
  std::size_t lowest = 0;
  for (std::size_t k = 0; k < m_variants.size(); ++k) {
    const ComparisonCurve& c = m_frame->curves[k];
    if (!c.failure.empty()) {
      diverged << tr("%1 (after step %2)").arg(variantTitle(k)).arg(c.step.back());
      continue;
    }
    if (mostModes < 0 || c.sw1.back() < lowestW1) lowest = k, lowestW1 = c.sw1.back();
    if (c.modes.back() > mostModes) most.clear(), mostModes = c.modes.back();
    if (c.modes.back() == mostModes) most << variantTitle(k);
  }
  if (mostModes < 0) return tr("At step %1 every loss had diverged.").arg(m_steps);
  QString text =
      tr("At step %1, lowest sliced W1: %2 (%3).").arg(m_steps).arg(variantTitle(lowest)).arg(lowestW1, 0, 'f', 3);
  if (m_frame->targetModes)
    text += tr(" Most modes, %1 of %2: %3.").arg(mostModes).arg(m_frame->targetModes).arg(most.join(tr(", ")));
  if (!diverged.isEmpty()) text += tr(" Diverged: %1.").arg(diverged.join(tr(", ")));
  return text;
}

QString GanComparison::optimiserVerdict() const {
  // Momentum (Adam β₁ = 0.5, the first variant) against none (β₁ = 0, the
  // second): the energy essay's claim (docs/math.md §4.1).
  const ComparisonCurve &with = m_frame->curves[0], &without = m_frame->curves[1];
  if (!with.failure.empty() || !without.failure.empty()) return {};
  if (m_frame->targetModes == 0) {
    if (with.sw1.back() == without.sw1.back()) return tr("Momentum made no difference to sliced W1.");
    return with.sw1.back() > without.sw1.back() ? tr("Momentum ended farther from the data than no momentum.")
                                                : tr("Momentum ended closer to the data than no momentum.");
  }
  if (with.modes.back() < without.modes.back())
    return tr("Momentum covered fewer modes than no momentum, as the essay says.");
  if (with.modes.back() > without.modes.back())
    return tr("Momentum covered more modes than no momentum: the essay's claim did not show in this run.");
  return tr("Momentum made no difference to the modes covered in this run.");
}

void GanComparison::paintFigure(QPainter& painter, const QRectF& rect) const {
  painter.fillRect(rect, Qt::white);
  const auto entries = legendEntries(m_sw1Chart);
  const QFontMetricsF fm(painter.font());
  const double legend = legendHeight(fm, rect.width() - 24, entries) + 8;
  const QString text = summary();
  const double note =
      text.isEmpty() ? 0 : fm.boundingRect(QRectF(0, 0, rect.width() - 24, 1e6), Qt::TextWordWrap, text).height() + 12;
  paintLegend(painter, QRectF(rect.left() + 12, rect.top() + 4, rect.width() - 24, legend), entries);
  const double top = rect.top() + 4 + legend, h = rect.height() - 4 - legend - note, w = rect.width() / 2;
  paintChart(painter, m_sw1Chart, QRectF(rect.left(), top, w, h));
  paintChart(painter, m_modesChart, QRectF(rect.left() + w, top, w, h));
  if (note > 0) {
    painter.setPen(Qt::black);
    painter.drawText(QRectF(rect.left() + 12, top + h + 6, rect.width() - 24, note - 6), Qt::TextWordWrap, text);
  }
}

FigureSource GanComparison::figure() const {
  return {title(), [this](QPainter& painter, const QRectF& rect, qreal) { paintFigure(painter, rect); },
          [this] { return csvData(); }};
}

QString GanComparison::csvData() const {
  QString out;
  QTextStream csv(&out);
  csv.setRealNumberPrecision(8);
  csv << "variant,step,sliced_w1,modes,target_modes,hq,failure\n";
  if (!m_frame) return out;
  for (std::size_t k = 0; k < m_variants.size(); ++k) {
    const ComparisonCurve& c = m_frame->curves[k];
    for (std::size_t i = 0; i < c.step.size(); ++i) {
      csv << QString::fromStdString(m_variants[k].key) << ',' << c.step[i] << ',' << c.sw1[i] << ',' << c.modes[i]
          << ',' << m_frame->targetModes << ',' << c.hq[i] << ',';
      // The divergence message once, on the curve's last row; quoted, it holds commas.
      if (i + 1 == c.step.size() && !c.failure.empty())
        csv << '"' << QString::fromStdString(c.failure).replace('"', "\"\"") << '"';
      csv << '\n';
    }
  }
  return out;
}

}  // namespace kx::widgets
