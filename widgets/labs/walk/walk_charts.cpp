#include "widgets/labs/walk/walk_charts.h"

#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QLogValueAxis>
#include <QValueAxis>
#include <cmath>

#include "widgets/charts/chart_support.h"

namespace kx::widgets {
namespace {

using core::walk::WalkFrame;
using core::walk::WalkKind;

// The names core/walk gives the exact law (English, no Qt), listed for
// lupdate in the context tr() uses in this class (the qualified name).
constexpr const char* kLawContext = "kx::widgets::WalkCharts";
[[maybe_unused]] constexpr const char* kLawNames[] = {
    QT_TRANSLATE_NOOP("kx::widgets::WalkCharts", "binomial"),
    QT_TRANSLATE_NOOP("kx::widgets::WalkCharts", "binomial with images"),
    QT_TRANSLATE_NOOP("kx::widgets::WalkCharts", "normal"), QT_TRANSLATE_NOOP("kx::widgets::WalkCharts", "Cauchy"),
    QT_TRANSLATE_NOOP("kx::widgets::WalkCharts", "Ornstein–Uhlenbeck")};

void smallTitle(QChart* chart) {
  QFont font = chart->titleFont();
  font.setPointSizeF(9);
  font.setBold(true);
  chart->setTitleFont(font);
  QFont legend = chart->legend()->font();
  legend.setPointSizeF(8);
  chart->legend()->setFont(legend);
  // Four charts share the space below the picture: keep the frame tight.
  chart->layout()->setContentsMargins(0, 0, 0, 0);
  for (auto* axis : chart->axes()) {
    QFont f = axis->titleFont();
    f.setPointSizeF(8.5);
    axis->setTitleFont(f);
    QFont l = axis->labelsFont();
    l.setPointSizeF(8);
    axis->setLabelsFont(l);
  }
}

/// Probabilities, densities and MSD are never negative: no axis below 0.
void yFromZero(QChart* chart) {
  if (auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0)); y && y->min() < 0)
    setNiceRange(y, 0, y->max());
}

QString number(double v, int digits = 3) { return QString::number(v, 'g', digits); }

}  // namespace

WalkCharts::WalkCharts() {
  m_histogram = makeChart({}, {}, {});
  m_hist = addLineSeries(m_histogram, {}, QColor(20, 60, 140), 1.6);
  m_normal = addLineSeries(m_histogram, {}, QColor(213, 94, 0), 2.0);
  m_exact = addScatter(m_histogram, {}, QColor(0, 0, 0), 3.5);

  m_distance = makeLogLogChart({}, {}, {});
  m_ks = addScatter(m_distance, {}, QColor(20, 60, 140), 6.0);
  m_ksTrue = addScatter(m_distance, {}, QColor(204, 121, 167), 6.0, QScatterSeries::MarkerShapeTriangle);
  m_ksLaw = addLineSeries(m_distance, {}, QColor(0, 0, 0), 1.2);
  m_tv = addScatter(m_distance, {}, QColor(0, 158, 115), 5.0, QScatterSeries::MarkerShapeRectangle);
  m_reference = addLineSeries(m_distance, {}, QColor(120, 120, 120), 1.5, Qt::DashLine);
  m_distanceFitLine = addLineSeries(m_distance, {}, QColor(213, 94, 0), 2.0);
  m_floor = addLineSeries(m_distance, {}, QColor(150, 150, 150), 1.2, Qt::DotLine);

  m_msd = makeChart({}, {}, {});
  m_msdPoints = addScatter(m_msd, {}, QColor(20, 60, 140), 5.0);
  m_msdFitLine = addLineSeries(m_msd, {}, QColor(213, 94, 0), 2.0);

  m_propagator = makeChart({}, {}, {});
  m_density = addLineSeries(m_propagator, {}, QColor(150, 150, 150), 1.4);
  m_closed = addLineSeries(m_propagator, {}, QColor(0, 0, 0), 2.6);
  const QColor hops[] = {QColor(86, 180, 233), QColor(0, 158, 115), QColor(213, 94, 0)};
  for (const QColor& c : hops) m_composed.push_back(addLineSeries(m_propagator, QString(), c, 1.8, Qt::DashLine));
  for (auto* chart : {m_histogram, m_distance, m_msd, m_propagator}) smallTitle(chart);
  // Up to seven series each: their legends go in wrapped rows above the
  // charts (the view's ChartWithLegend, the figure's paintLegend).
  m_distance->legend()->hide();
  m_propagator->legend()->hide();
  setTexts();
}

void WalkCharts::setTexts() {
  setChartTitles(m_histogram, QObject::tr("Histogram of S_n"), QObject::tr("position"),
                 QObject::tr("probability per bin"));
  m_hist->setName(QObject::tr("walkers"));
  m_normal->setName(QObject::tr("matching normal"));
  m_exact->setName(QObject::tr("exact law"));
  setChartTitles(m_distance, QObject::tr("Distance to the normal law"), QObject::tr("steps n"),
                 QObject::tr("distance"));
  m_ks->setName(QObject::tr("KS at bin edges"));
  m_ksTrue->setName(QObject::tr("KS (true)"));
  m_ksLaw->setName(QObject::tr("binomial law's KS"));
  m_tv->setName(QObject::tr("TV"));
  m_reference->setName(QObject::tr("∝ n^−½"));
  m_distanceFitLine->setName(QObject::tr("fit to KS"));
  m_floor->setName(QObject::tr("floor 2/√N"));
  setChartTitles(m_msd, QObject::tr("Mean-square displacement"), QObject::tr("steps t"), QObject::tr("⟨|X_t|²⟩"));
  m_msdPoints->setName(QObject::tr("walkers"));
  m_msdFitLine->setName(QObject::tr("fitted line"));
  setChartTitles(m_propagator, QObject::tr("Path integral"), QObject::tr("position x"), QObject::tr("density"));
  m_density->setName(QObject::tr("walkers"));
  m_closed->setName(QObject::tr("closed form"));
}

WalkCharts::~WalkCharts() {
  delete m_histogram;
  delete m_distance;
  delete m_msd;
  delete m_propagator;
}

void WalkCharts::update(const WalkFrame& f) {
  updateHistogram(f);
  updateDistance(f);
  updateMsd(f);
  updatePropagator(f);
}

void WalkCharts::updateHistogram(const WalkFrame& f) {
  const auto& s = f.summary1D;
  const auto& h = s.histogram;
  const double total = f.params.walkers;
  QList<QPointF> outline, exact, normal;
  double peak = 0;
  for (double c : h.counts) peak = std::max(peak, c / total);
  std::size_t visible = 0;
  for (double c : h.counts) visible += c / total > 2e-3 * peak;
  const std::size_t stride = std::max<std::size_t>(1, (visible + 49) / 50);
  for (std::size_t i = 0; i < h.counts.size(); ++i) {
    const double p = h.counts[i] / total;
    outline.append({h.edge(i), p});
    outline.append({h.edge(i + 1), p});
    // Exact-law dots only where they can be seen (not a row of zeros in the tails).
    // At most ~50 dots across the histogram, so the walkers' outline and the
    // normal curve stay visible between them.
    if (i % stride == 0 && i < s.exactProbabilities.size() && s.exactProbabilities[i] > 2e-3 * peak)
      exact.append({h.centre(i), s.exactProbabilities[i]});
    if (i < s.normalProbabilities.size()) normal.append({h.centre(i), s.normalProbabilities[i]});
  }
  m_hist->replace(outline);
  m_exact->replace(exact);
  m_normal->replace(normal);
  m_exact->setName(s.exactLaw.empty()
                       ? QObject::tr("exact law")
                       : QObject::tr("%1 (exact)").arg(QCoreApplication::translate(kLawContext, s.exactLaw.c_str())));
  showInLegend(m_histogram, m_exact, false);
  if (!exact.isEmpty()) showInLegend(m_histogram, m_exact, true);
  fitAxes(m_histogram);
  yFromZero(m_histogram);
  QString title = std::isfinite(s.ksTrue)
                      ? QObject::tr("Histogram at n = %1: true KS to normal %2").arg(f.step).arg(number(s.ksTrue, 2))
                      : QObject::tr("Histogram at n = %1: KS to normal %2").arg(f.step).arg(number(s.ks, 2));
  if (f.step == 0)
    title = QObject::tr("Step 0: every walker at the start — press Run (F5)");
  else if (!f.normalLimit)
    title = QObject::tr("n = %1: still Cauchy, never normal").arg(f.step);
  else if (std::isfinite(s.chiSquare.pValue))
    title += QObject::tr(", χ² p = %1").arg(number(s.chiSquare.pValue, 2));
  if (s.absorbed > 0) {
    title += QObject::tr(" · absorbed %1").arg(number(s.absorbed / total, 3));
    // The reflection principle gives the exact share on the lattice only.
    if (!s.exactProbabilities.empty()) title += QObject::tr(" (exact %1)").arg(number(s.exactAbsorbed, 3));
  }
  m_histogram->setTitle(title);
}

void WalkCharts::updateDistance(const WalkFrame& f) {
  const auto& s = *f.series;
  QList<QPointF> ks, tv, ksTrue, ksLaw, reference, fit;
  double ksAnchor = NAN, nMin = INFINITY, nMax = 0;
  // On the lattice the fit and the reference follow the true KS
  // (docs/math.md §2.7); the one at bin edges is continuity-corrected.
  const bool lattice = !s.ksTrue.empty();
  auto add = [](QList<QPointF>& points, const std::vector<double>& v, std::size_t i, double n) {
    if (i < v.size() && v[i] > 0 && std::isfinite(v[i])) points.append({n, v[i]});
  };
  for (std::size_t i = 0; i < s.ks.size() && i < s.steps.size(); ++i) {
    const double n = s.steps[i];
    if (n > f.step) break;  // a scrubbed frame shows the series up to its step
    add(ks, s.ks, i, n);
    add(tv, s.tv, i, n);
    add(ksTrue, s.ksTrue, i, n);
    add(ksLaw, s.ksLaw, i, n);
    const auto& anchorSeries = lattice ? ksTrue : ks;
    if (!std::isfinite(ksAnchor) && !anchorSeries.isEmpty()) ksAnchor = anchorSeries.front().y() * std::sqrt(n);
    nMin = std::min(nMin, n), nMax = std::max(nMax, n);
  }
  // The reference slope -1/2 through the first KS point (Berry–Esseen, docs/math.md §2.2).
  if (std::isfinite(ksAnchor) && nMax > nMin)
    reference = {{nMin, ksAnchor / std::sqrt(nMin)}, {nMax, ksAnchor / std::sqrt(nMax)}};
  const auto& d = f.distanceFit;
  if (std::isfinite(d.slope) && nMax > nMin)
    for (double n : {nMin, nMax}) fit.append({n, std::exp(d.intercept) * std::pow(n, d.slope)});
  m_ks->replace(ks);
  m_ks->setName(lattice ? QObject::tr("KS at bin edges (continuity-corrected)") : QObject::tr("KS at bin edges"));
  m_tv->replace(tv);
  m_ksTrue->replace(ksTrue);
  m_ksLaw->replace(ksLaw);
  for (auto* series : {static_cast<QAbstractSeries*>(m_ksTrue), static_cast<QAbstractSeries*>(m_ksLaw)})
    showInLegend(m_distance, series, lattice);
  m_reference->replace(reference);
  m_distanceFitLine->replace(fit);
  // The Monte Carlo floor of the fit (WalkFrame::distanceFit): below it the
  // distance measures the sampling noise of N walkers, not the law.
  const double floor = 2.0 / std::sqrt(double(f.params.walkers));
  m_floor->replace(nMax > nMin ? QList<QPointF>{{nMin, floor}, {nMax, floor}} : QList<QPointF>{});
  fitAxes(m_distance);
  if (auto* x = qobject_cast<QLogValueAxis*>(m_distance->axes(Qt::Horizontal).value(0)); x && nMax > 0)
    setLogRange(x, std::pow(10.0, std::floor(std::log10(nMin) + 1e-9)),
                            std::pow(10.0, std::max(1.0, std::ceil(std::log10(nMax) - 1e-9))));
  QString title;
  if (ks.isEmpty())
    title = QObject::tr("Distance to the normal law, as the walk runs");
  else if (f.params.barrier != core::walk::BarrierKind::None)
    title = QObject::tr("Distance to normal: the barrier keeps S_n from it");
  else if (!f.normalLimit)
    title = QObject::tr("Cauchy: slope %1 ≈ 0, never normal").arg(number(d.slope, 2));
  else if (std::isfinite(d.slope) && lattice)
    title = QObject::tr("True KS to normal: slope %1 (ref. −0.5)").arg(number(d.slope, 2));
  else if (std::isfinite(d.slope))
    title = QObject::tr("Distance to normal: slope %1 (ref. −0.5)").arg(number(d.slope, 2));
  else
    title = QObject::tr("Distance to normal: at the floor 2/√N");
  m_distance->setTitle(title);
}

void WalkCharts::updateMsd(const WalkFrame& f) {
  const auto& s = *f.series;
  QList<QPointF> points, fit;
  double tMax = 0;
  for (std::size_t i = 0; i < s.steps.size() && i < s.msd.size(); ++i) {
    if (s.steps[i] > f.step) break;
    points.append({s.steps[i], s.msd[i]});
    tMax = s.steps[i];
  }
  const auto& m = f.msdFit;
  const bool finiteVariance = f.normalLimit;
  const bool linear = finiteVariance && f.params.kind != WalkKind::OrnsteinUhlenbeck1D;
  if (linear && std::isfinite(m.slope) && tMax > 0)
    fit = {{0, m.intercept}, {tMax, m.intercept + m.slope * tMax}};
  m_msdPoints->replace(points);
  m_msdFitLine->replace(fit);
  fitAxes(m_msd);
  yFromZero(m_msd);
  const int dims = f.params.dimensions();
  // MSD = 2 d D t, with D = (variance of a step along one axis) / 2.
  const double theory = f.params.is2D() && f.params.kind == WalkKind::Lattice2D ? 0.25 : f.params.stepVariance() / 2;
  if (!finiteVariance)
    m_msd->setTitle(QObject::tr("MSD: no D (Cauchy steps: no variance)"));
  else if (f.params.kind == WalkKind::OrnsteinUhlenbeck1D)
    m_msd->setTitle(QObject::tr("MSD levels off at α/(2k) = %1: pulled towards 0")
                        .arg(number(f.params.stepVariance() / (2 * f.params.rate), 4)));
  else if (std::isfinite(m.slope))
    m_msd->setTitle(QObject::tr("MSD slope %1 = 2·%2·D: D = %3 (theory %4)")
                        .arg(number(m.slope, 4))
                        .arg(dims)
                        .arg(number(f.diffusionCoefficient, 4))
                        .arg(number(theory, 4)));
  else
    m_msd->setTitle(QObject::tr("Mean-square displacement"));
}

void WalkCharts::updatePropagator(const WalkFrame& f) {
  const auto& p = f.propagator;
  const auto& h = f.summary1D.histogram;
  QList<QPointF> density, closed;
  // The walkers do not feel the potential: their histogram is not its kernel.
  if (!p.x.empty() && !p.perUnitMass) {
    const double total = f.params.walkers;
    for (std::size_t i = 0; i < h.counts.size(); ++i) {
      const double v = h.counts[i] / (total * h.width);
      density.append({h.edge(i), v});
      density.append({h.edge(i + 1), v});
    }
  }
  for (std::size_t i = 0; i < p.x.size() && i < p.closedForm.size(); ++i) closed.append({p.x[i], p.closedForm[i]});
  m_density->replace(density);
  showInLegend(m_propagator, m_density, !p.perUnitMass);
  m_closed->replace(closed);
  if (p.setup.omega != 0)
    m_closed->setName(QObject::tr("Mehler's kernel"));
  else if (p.setup.rate != 0)
    m_closed->setName(QObject::tr("exact law"));
  else if (p.setup.barrier != core::walk::BarrierKind::None)
    m_closed->setName(QObject::tr("method of images"));
  else
    m_closed->setName(QObject::tr("closed form"));
  // Show 1 hop, a middle count and the most hops composed.
  const auto& all = p.composedBySlices;
  std::vector<int> pick;
  if (!all.empty()) pick = {0, static_cast<int>(all.size()) / 2, static_cast<int>(all.size()) - 1};
  for (std::size_t k = 0; k < m_composed.size(); ++k) {
    QList<QPointF> line;
    const bool show = k < pick.size() && (k == 0 || pick[k] != pick[k - 1]);
    if (show)
      for (std::size_t i = 0; i < p.x.size(); ++i) line.append({p.x[i], all[pick[k]][i]});
    m_composed[k]->replace(line);
    const int hops = show ? 1 << pick[k] : 0;
    const QString name = hops == 1 ? QObject::tr("1 kernel") : QObject::tr("%1 kernels").arg(hops);
    m_composed[k]->setName(show ? name : QString());
    showInLegend(m_propagator, m_composed[k], show);
  }
  fitAxes(m_propagator);
  yFromZero(m_propagator);
  QString title;
  if (f.params.is2D())
    title = QObject::tr("Path integral: shown for 1D walks");
  else if (!f.normalLimit)
    title = QObject::tr("Path integral: none for Cauchy steps");
  else if (p.x.empty())
    title = QObject::tr("Path integral: from step 1");
  else if (p.convergenceError.empty())
    title = QObject::tr("Path integral: %1 kernels composed").arg(p.slices);
  else if (p.perUnitMass)
    title = QObject::tr("Potential ω²x²/2: error %1 → %2 (%3 kernels)")
                .arg(number(p.convergenceError.front(), 2))
                .arg(number(p.convergenceError.back(), 2))
                .arg(p.slices);
  else
    title = QObject::tr("Path integral: error %1 (1 kernel) → %2 (%3)")
                .arg(number(p.convergenceError.front(), 2))
                .arg(number(p.convergenceError.back(), 2))
                .arg(p.slices);
  m_propagator->setTitle(title);
}

}  // namespace kx::widgets
