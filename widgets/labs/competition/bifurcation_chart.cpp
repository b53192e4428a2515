#include "widgets/labs/competition/bifurcation_chart.h"

#include <QCoreApplication>
#include <QLegendMarker>

#include "widgets/charts/chart_support.h"

namespace kx::widgets {
namespace {

bool stable(core::EquilibriumType type) {
  return type == core::EquilibriumType::StableNode || type == core::EquilibriumType::StableFocus;
}

}  // namespace

QChart* makeBifurcationChart() { return makeChart(QString(), QString(), "x"); }

void showBifurcation(QChart* chart, const core::BifurcationFrame& frame) {
  chart->removeAllSeries();
  const auto& in = frame.inputs;
  const QString name = QString::fromStdString(in.model.parameters[static_cast<std::size_t>(in.range.parameter)].name);
  chart->setTitle(QCoreApplication::translate("BifurcationChart", "Bifurcation in %1").arg(name));
  chart->axes(Qt::Horizontal).first()->setTitleText(name);
  // A branch is split into runs of one stability, each a series; only the
  // first run of each kind is named, so the legend has one entry per kind.
  QLineSeries* named[2] = {nullptr, nullptr};
  for (const auto& branch : frame.diagram.branches) {
    std::size_t k = 0;
    while (k < branch.size()) {
      const bool s = stable(branch[k].equilibrium.type);
      QList<QPointF> run;
      // Each run starts at the previous run's last point: no gap at a change.
      if (k > 0) run.append({branch[k - 1].parameter, branch[k - 1].equilibrium.x(0)});
      while (k < branch.size() && stable(branch[k].equilibrium.type) == s) {
        run.append({branch[k].parameter, branch[k].equilibrium.x(0)});
        ++k;
      }
      auto* series = addLineSeries(chart,
                                   s ? QCoreApplication::translate("BifurcationChart", "stable")
                                     : QCoreApplication::translate("BifurcationChart", "unstable"),
                                   s ? QColor(0, 140, 60) : QColor(200, 30, 30), 2.0, s ? Qt::SolidLine : Qt::DashLine);
      series->replace(run);
      if (named[s])
        chart->legend()->markers(series).first()->setVisible(false);
      else
        named[s] = series;
    }
  }
  auto* hopf = addScatter(chart, QCoreApplication::translate("BifurcationChart", "Hopf"), QColor(0, 90, 200), 10,
                          QScatterSeries::MarkerShapeRectangle);
  auto* zero =
      addScatter(chart, QCoreApplication::translate("BifurcationChart", "zero eigenvalue"), QColor(90, 0, 120), 10);
  for (const auto& m : frame.diagram.marks)
    (m.kind == core::BifurcationKind::Hopf ? hopf : zero)->append(m.parameter, m.x(0));
  if (!frame.diagram.cycles.empty()) {
    auto* cycle = addScatter(chart, QCoreApplication::translate("BifurcationChart", "limit cycle: min and max x"),
                             QColor(0, 150, 70), 6);
    for (const auto& c : frame.diagram.cycles) {
      cycle->append(c.parameter, c.xMin);
      cycle->append(c.parameter, c.xMax);
    }
  }
  fitAxes(chart);
}

}  // namespace kx::widgets
