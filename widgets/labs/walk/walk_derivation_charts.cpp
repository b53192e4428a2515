#include "widgets/labs/walk/walk_derivation_charts.h"

#include <QObject>
#include <QValueAxis>
#include <cmath>

#include "core/walk/bernoulli_products.h"
#include "widgets/canvas/axis_ticks.h"
#include "widgets/charts/chart_support.h"

namespace kx::widgets {
namespace {

QValueAxis* axis(QChart* chart, Qt::Orientation orientation) {
  return qobject_cast<QValueAxis*>(chart->axes(orientation).value(0));
}

QString number(double v, int digits) { return QString::number(v, 'g', digits); }

// The sums' axis shows [−6, 6]: the − sum runs off to ±infinity at its poles.
constexpr double kSumsRange = 6;

QList<QPointF> clipped(const std::vector<double>& x, const std::vector<double>& y) {
  QList<QPointF> points;
  for (std::size_t i = 0; i < x.size(); ++i)
    if (std::abs(y[i]) <= kSumsRange) points.append({x[i], y[i]});
  return points;
}

}  // namespace

WalkDerivationCharts::WalkDerivationCharts() {
  m_characteristic = makeChart({}, {}, {});
  m_gaussian = addLineSeries(m_characteristic, {}, QColor(213, 94, 0), 2.6);
  m_exact = addLineSeries(m_characteristic, {}, QColor(0, 0, 0), 1.6);
  m_walkers = addLineSeries(m_characteristic, {}, QColor(86, 180, 233), 1.8, Qt::DashLine);

  m_products = makeChart({}, {}, {});
  m_sinhPartial = addLineSeries(m_products, {}, QColor(20, 60, 140), 2.0);
  m_sinhLimit = addLineSeries(m_products, {}, QColor(20, 60, 140), 1.2, Qt::DashLine);
  m_sinPartial = addLineSeries(m_products, {}, QColor(0, 158, 115), 2.0);
  m_sinLimit = addLineSeries(m_products, {}, QColor(0, 158, 115), 1.2, Qt::DashLine);

  m_sums = makeChart({}, {}, {});
  m_plusClosed = addLineSeries(m_sums, {}, QColor(20, 60, 140), 2.4);
  m_plusPartial = addLineSeries(m_sums, {}, QColor(86, 180, 233), 1.4, Qt::DashLine);
  m_minusClosed = addLineSeries(m_sums, {}, QColor(0, 158, 115), 2.4);
  m_minusPartial = addLineSeries(m_sums, {}, QColor(150, 200, 60), 1.4, Qt::DashLine);
  m_poles = addLineSeries(m_sums, {}, QColor(200, 40, 40), 1.0, Qt::DotLine);
  m_here = addLineSeries(m_sums, {}, QColor(120, 120, 120), 1.2);
  // Six names do not fit a Qt Charts legend a few hundred pixels wide: the
  // page and the figure show one legend row for both charts (legendRow()).
  m_products->legend()->hide();
  m_sums->legend()->hide();
  setTexts();
  setBernoulli(0.5, 10);
}

void WalkDerivationCharts::setTexts() {
  setChartTitles(m_characteristic, QObject::tr("Characteristic function"), QObject::tr("frequency ω"),
                 QObject::tr("Re φₙ(ω)"));
  m_gaussian->setName(QObject::tr("Gaussian limit"));
  m_exact->setName(QObject::tr("exact φₙ"));
  m_walkers->setName(QObject::tr("walkers"));
  setChartTitles(m_products, QObject::tr("Partial products"), QObject::tr("modes N"), QObject::tr("product"));
  m_sinhPartial->setName(QObject::tr("∏(1 + ω²/n²)"));
  m_sinhLimit->setName(QObject::tr("sinh(πω)/(πω)"));
  m_sinPartial->setName(QObject::tr("∏(1 − ω²/n²)"));
  m_sinLimit->setName(QObject::tr("sin(πω)/(πω)"));
  setChartTitles(m_sums, QObject::tr("Sums over the modes"), QObject::tr("ω"), QObject::tr("sum"));
  m_plusClosed->setName(QObject::tr("(πω coth πω − 1)/(2ω²)"));
  m_plusPartial->setName(QObject::tr("Σ 1/(n² + ω²), N terms"));
  m_minusClosed->setName(QObject::tr("(1 − πω cot πω)/(2ω²)"));
  m_minusPartial->setName(QObject::tr("Σ 1/(n² − ω²), N terms"));
  m_poles->setName(QObject::tr("poles ω = 1, 2, …"));
  m_here->setName(QObject::tr("chosen ω"));
}

std::vector<LegendEntry> WalkDerivationCharts::legendRow() const {
  auto entries = legendEntries(m_products);
  for (const auto& entry : legendEntries(m_sums)) entries.push_back(entry);
  return entries;
}

WalkDerivationCharts::~WalkDerivationCharts() {
  delete m_characteristic;
  delete m_products;
  delete m_sums;
}

void WalkDerivationCharts::update(const core::walk::WalkFrame& f) {
  const auto& c = f.characteristic;
  QList<QPointF> exact, gaussian, walkers;
  for (std::size_t i = 0; i < c.omega.size(); ++i) {
    if (i < c.exact.size()) exact.append({c.omega[i], c.exact[i]});
    if (i < c.gaussian.size()) gaussian.append({c.omega[i], c.gaussian[i]});
    walkers.append({c.omega[i], c.empirical[i]});
  }
  m_exact->replace(exact);
  m_gaussian->replace(gaussian);
  m_walkers->replace(walkers);
  if (!c.omega.empty()) {
    const double last = c.omega.back();
    setAxisTicks(axis(m_characteristic, Qt::Horizontal), 0, last, niceTicks(0, last, 5).step);
  }
  setAxisTicks(axis(m_characteristic, Qt::Vertical), -1, 1, 0.5, 0);
  m_characteristic->setTitle(f.params.is2D() ? QObject::tr("Characteristic function: shown for 1D walks")
                             : c.omega.empty()
                                 ? QObject::tr("Characteristic function: from step 1")
                                 : QObject::tr("Characteristic function after n = %1 steps (%2 walkers)")
                                       .arg(f.step)
                                       .arg(c.sampled));
  m_table.clear();
  if (!c.sites.empty()) {
    m_table = QObject::tr("<b>Coefficient extraction</b> (1/2π)∫φₙ(ω)e<sup>−ikω</sup>dω, trapezoid rule on %1 nodes "
                 "(exact for more than n + |k|):")
                  .arg(c.nodes);
    m_table += "<table cellspacing=6><tr><th>k</th><th>" + QObject::tr("integral") + "</th><th>" + QObject::tr("binomial") +
               "</th></tr>";
    for (std::size_t i = 0; i < c.sites.size(); ++i)
      m_table += QString("<tr><td align=right>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(c.sites[i])
                     .arg(number(c.integral[i], 12))
                     .arg(number(c.binomial[i], 12));
    m_table += "</table>";
  }
}

void WalkDerivationCharts::setBernoulli(double omega, int modes) {
  m_bernoulli = core::walk::bernoulliPanel(omega, modes);
  const auto& b = m_bernoulli;
  QList<QPointF> sinhPartial, sinPartial;
  for (std::size_t i = 0; i < b.terms.size(); ++i) {
    sinhPartial.append({double(b.terms[i]), b.sinhPartial[i]});
    sinPartial.append({double(b.terms[i]), b.sinPartial[i]});
  }
  m_sinhPartial->replace(sinhPartial);
  m_sinPartial->replace(sinPartial);
  m_sinhLimit->replace({{1.0, b.sinhLimit}, {double(modes), b.sinhLimit}});
  m_sinLimit->replace({{1.0, b.sinLimit}, {double(modes), b.sinLimit}});
  fitAxes(m_products);
  setAxisTicks(axis(m_products, Qt::Horizontal), 1, modes, niceTicks(1, modes, 5).step, 0);
  m_products->setTitle(QObject::tr("Partial products at ω = %1<br>%2 → %3, %4 → %5")
                           .arg(number(omega, 3))
                           .arg(number(b.sinhPartial.back(), 5))
                           .arg(number(b.sinhLimit, 5))
                           .arg(number(b.sinPartial.back(), 5))
                           .arg(number(b.sinLimit, 5)));

  m_plusClosed->replace(clipped(b.omegas, b.plusClosed));
  m_plusPartial->replace(clipped(b.omegas, b.plusPartial));
  m_minusClosed->replace(clipped(b.omegas, b.minusClosed));
  m_minusPartial->replace(clipped(b.omegas, b.minusPartial));
  // Poles as vertical dotted lines, joined along the bottom edge.
  QList<QPointF> poles;
  for (int m : b.poles) poles.append({{double(m), -kSumsRange}, {double(m), kSumsRange}, {double(m), -kSumsRange}});
  m_poles->replace(poles);
  m_here->replace({{omega, -kSumsRange}, {omega, kSumsRange}});
  setAxisTicks(axis(m_sums, Qt::Horizontal), 0, core::walk::kBernoulliOmegaMax, 0.5, 0);
  setAxisTicks(axis(m_sums, Qt::Vertical), -kSumsRange, kSumsRange, 2, 0);
  m_sums->setTitle(QObject::tr("Sums at ω = %1, N = %2<br>%3 (closed %4), %5 (closed %6)")
                       .arg(number(omega, 3))
                       .arg(modes)
                       .arg(number(core::walk::plusPartialSum(omega, modes), 5))
                       .arg(number(core::walk::plusSum(omega), 5))
                       .arg(number(core::walk::minusPartialSum(omega, modes), 5))
                       .arg(number(core::walk::minusSum(omega), 5)));
}

}  // namespace kx::widgets
