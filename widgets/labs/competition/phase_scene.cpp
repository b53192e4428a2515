#include "widgets/labs/competition/phase_scene.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

#include "widgets/labs/competition/competition_scene.h"
#include "widgets/labs/competition/model_names.h"

namespace kx::widgets {
namespace {

LineLayer curve(const std::vector<Eigen::Vector2d>& points, const QColor& color, float width) {
  LineLayer line;
  for (const auto& x : points) line.points.push_back(v2(x));
  line.color = color;
  line.widthPx = width;
  return line;
}

// One legend entry per kind: on the first of its lines.
void addCurves(PlotScene& scene, const std::vector<core::Curve>& curves, const QColor& color, const QString& legend) {
  for (std::size_t k = 0; k < curves.size(); ++k) {
    scene.lines.push_back(curve(curves[k], color, 2.4f));
    if (k == 0) scene.lines.back().legend = legend;
  }
}

}  // namespace

QString orbitText(const core::PeriodicOrbit& orbit) {
  if (orbit.neutral)
    return QCoreApplication::translate("PhaseScene", "closed orbit, T = %1").arg(orbit.period, 0, 'g', 5);
  return (orbit.multiplier < 1
              ? QCoreApplication::translate("PhaseScene", "limit cycle, T = %1 (attracting, multiplier %2)")
              : QCoreApplication::translate("PhaseScene", "limit cycle, T = %1 (repelling, multiplier %2)"))
      .arg(orbit.period, 0, 'g', 5)
      .arg(orbit.multiplier, 0, 'g', 3);
}

PlotScene phaseScene(const core::PhaseFrame& frame) {
  const auto& in = frame.inputs;
  PlotScene scene;
  scene.view = in.window;
  scene.title = modelTitle(in.model.id);
  if (!frame.orbits.empty()) scene.title += " — " + orbitText(frame.orbits.front().orbit);
  scene.xLabel = "x";
  scene.yLabel = "y";

  // Without a flow texture the arrows carry the speed colours, as in the
  // competition model's plain quiver plot.
  const auto& ag = frame.arrows;
  ArrowLayer arrows;
  float maxSpeed = 0;
  for (int j = 0; j < ag.ny; ++j)
    for (int i = 0; i < ag.nx; ++i) {
      if (!(ag.speed(j, i) > 0) || !std::isfinite(ag.speed(j, i))) continue;
      arrows.positions.emplace_back(static_cast<float>(ag.x(i)), static_cast<float>(ag.y(j)));
      arrows.directions.emplace_back(ag.u(j, i), ag.v(j, i));
      arrows.values.push_back(ag.speed(j, i));
      maxSpeed = std::max(maxSpeed, ag.speed(j, i));
    }
  arrows.vmax = maxSpeed > 0 ? maxSpeed : 1.0f;
  arrows.label = QCoreApplication::translate("CompetitionScene", "speed |F|");
  arrows.lengthPx = 13;
  scene.arrows.push_back(std::move(arrows));

  bool labelled[2] = {false, false};
  for (const auto& n : frame.nullclines) {
    LineLayer line = curve(n.points, n.component == 0 ? QColor(0, 90, 200) : QColor(200, 40, 40), 1.6f);
    line.dashed = true;
    if (!labelled[n.component]) line.legend = n.component == 0 ? "dx/dt = 0" : "dy/dt = 0";
    labelled[n.component] = true;
    scene.lines.push_back(std::move(line));
  }
  addCurves(scene, frame.stableManifolds, QColor(90, 0, 120),
            QCoreApplication::translate("PhaseScene", "stable manifold"));
  addCurves(scene, frame.unstableManifolds, QColor(230, 120, 0),
            QCoreApplication::translate("PhaseScene", "unstable manifold"));

  for (std::size_t k = 0; k < frame.trajectories.size(); ++k) {
    LineLayer line = curve(frame.trajectories[k].x, trajectoryColor(static_cast<int>(k)),
                           static_cast<int>(k) == in.selected ? 3.0f : 1.8f);
    Marker start;
    start.position = QPointF(in.seeds[k](0), in.seeds[k](1));
    start.color = line.color;
    start.shape = Marker::Shape::Square;
    start.sizePx = static_cast<int>(k) == in.selected ? 9 : 6;
    scene.lines.push_back(std::move(line));
    scene.markers.push_back(start);
  }
  // Over the trajectories that wind onto them.
  for (const auto& o : frame.orbits) {
    scene.lines.push_back(curve(o.orbit.points, QColor(0, 150, 70), 3.2f));
    scene.lines.back().legend = orbitText(o.orbit);
  }
  for (const auto& e : frame.equilibria)
    if (in.window.contains(e.x(0), e.x(1))) scene.markers.push_back(equilibriumMarker(e, true));
  return scene;
}

}  // namespace kx::widgets
