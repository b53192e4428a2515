#include "widgets/labs/walk/walk_convergence_chart.h"

#include <QLogValueAxis>
#include <cmath>
#include <limits>

#include "core/walk/walk_analysis.h"
#include "widgets/charts/chart_support.h"

namespace kx::widgets {

using core::walk::BarrierKind;

WalkConvergenceChart::WalkConvergenceChart()
    : m_chart(makeLogLogChart({}, {}, {})), m_order(std::numeric_limits<double>::quiet_NaN()) {
  m_errorLine = addLineSeries(m_chart, {}, QColor(20, 60, 140), 1.4);
  m_error = addScatter(m_chart, {}, QColor(20, 60, 140), 8);
  m_first = addLineSeries(m_chart, {}, QColor(150, 150, 150), 1.4, Qt::DashLine);
  m_second = addLineSeries(m_chart, {}, QColor(213, 94, 0), 1.4, Qt::DotLine);
  showInLegend(m_chart, m_errorLine, false);
  setTexts();
}

WalkConvergenceChart::~WalkConvergenceChart() { delete m_chart; }

void WalkConvergenceChart::setTexts() {
  setChartTitles(m_chart, tr("Path integral: error against the number of kernels"), tr("kernels N (Δt = t/N)"),
                 tr("max |composed − closed form| / peak"));
  m_error->setName(tr("composed kernels"));
  m_first->setName(tr("∝ 1/N"));
  m_second->setName(tr("∝ 1/N²"));
}

void WalkConvergenceChart::update(const core::walk::WalkFrame& f) {
  const auto& p = f.propagator;
  QList<QPointF> error, first, second;
  for (std::size_t k = 0; k < p.convergenceSlices.size(); ++k)
    if (p.convergenceError[k] > 0) error.append({double(p.convergenceSlices[k]), p.convergenceError[k]});
  // The references start at the first point, so slopes compare by eye.
  if (error.size() >= 2) {
    const QPointF a = error.front(), b = error.back();
    const double ratio = b.x() / a.x();
    first = {a, {b.x(), a.y() / ratio}};
    second = {a, {b.x(), a.y() / (ratio * ratio)}};
  }
  m_error->replace(error);
  m_errorLine->replace(error);
  m_first->replace(first);
  m_second->replace(second);
  m_order = std::numeric_limits<double>::quiet_NaN();
  if (error.size() >= 3) {
    std::vector<double> logN, logE;
    for (qsizetype k = error.size() - 3; k < error.size(); ++k) {
      logN.push_back(std::log(error[k].x()));
      logE.push_back(std::log(error[k].y()));
    }
    m_order = -core::walk::fitLine(logN, logE).slope;
  }
  fitAxes(m_chart);
  if (auto* x = qobject_cast<QLogValueAxis*>(m_chart->axes(Qt::Horizontal).value(0)); x && !error.isEmpty())
    setLogRange(x, 1, 100);
  // A label at every decade: the chart sits on a page of its own, often
  // updated while hidden, when setLogRange would measure no room for them.
  for (auto* axis : m_chart->axes())
    if (auto* log = qobject_cast<QLogValueAxis*>(axis)) log->setBase(10);

  QString setup;
  if (p.setup.omega != 0)
    setup = tr("potential ω = %1, against Mehler's kernel").arg(p.setup.omega);
  else if (p.setup.rate != 0)
    setup = tr("Euler kernels of the pull k = %1, against the exact law").arg(p.setup.rate);
  else if (p.setup.barrier != BarrierKind::None)
    setup = tr("with the barrier, against the image solution");
  else
    setup = tr("free walk: Gaussian kernels compose exactly");
  if (p.convergenceSlices.empty())
    m_chart->setTitle(tr("Path integral: the kernels' convergence shows from step 2 of a 1D walk with a variance"));
  else if (std::isfinite(m_order) && (p.setup.omega != 0 || p.setup.rate != 0 || p.setup.barrier != BarrierKind::None))
    m_chart->setTitle(tr("Path integral, %1: order %2").arg(setup).arg(m_order, 0, 'f', 2));
  else
    m_chart->setTitle(tr("Path integral, %1").arg(setup));
}

}  // namespace kx::widgets
