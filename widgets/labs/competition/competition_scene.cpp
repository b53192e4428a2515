#include "widgets/labs/competition/competition_scene.h"

#include <QCoreApplication>
#include <cmath>

namespace kx::widgets {
namespace {

using core::EquilibriumType;

// The names core/ode gives equilibria and outcomes (English, no Qt), so that
// lupdate lists them; they are translated where the scene shows them.
[[maybe_unused]] constexpr const char* kCoreNames[] = {
    QT_TRANSLATE_NOOP("CompetitionScene", "stable node"),    QT_TRANSLATE_NOOP("CompetitionScene", "unstable node"),
    QT_TRANSLATE_NOOP("CompetitionScene", "saddle"),         QT_TRANSLATE_NOOP("CompetitionScene", "stable focus"),
    QT_TRANSLATE_NOOP("CompetitionScene", "unstable focus"), QT_TRANSLATE_NOOP("CompetitionScene", "centre"),
    QT_TRANSLATE_NOOP("CompetitionScene", "degenerate"),     QT_TRANSLATE_NOOP("CompetitionScene", "coexistence"),
    QT_TRANSLATE_NOOP("CompetitionScene", "species 1 wins"), QT_TRANSLATE_NOOP("CompetitionScene", "species 2 wins"),
    QT_TRANSLATE_NOOP("CompetitionScene", "bistable")};

}  // namespace

QString coreName(const std::string& name) { return QCoreApplication::translate("CompetitionScene", name.c_str()); }

QVector2D v2(const Eigen::Vector2d& x) { return QVector2D(static_cast<float>(x(0)), static_cast<float>(x(1))); }

namespace {

QString eigenText(const core::Equilibrium& e) {
  auto one = [](std::complex<double> z) {
    if (std::abs(z.imag()) < 1e-12) return QString::number(z.real(), 'g', 3);
    return QString("%1%2%3i").arg(z.real(), 0, 'g', 3).arg(z.imag() < 0 ? "−" : "+").arg(std::abs(z.imag()), 0, 'g', 3);
  };
  return "λ = " + one(e.eigenvalues[0]) + ", " + one(e.eigenvalues[1]);
}

}  // namespace

Marker equilibriumMarker(const core::Equilibrium& e, bool namedByCoordinates) {
  Marker m;
  m.position = QPointF(e.x(0), e.x(1));
  const QString name = QString::fromStdString(e.name);
  m.label = namedByCoordinates ? QString("%1: %2, %3").arg(name, coreName(core::typeName(e.type)), eigenText(e))
                               : QString("%1 (%2, %3): %4, %5")
                                     .arg(name)
                                     .arg(e.x(0), 0, 'f', 1)
                                     .arg(e.x(1), 0, 'f', 1)
                                     .arg(coreName(core::typeName(e.type)))
                                     .arg(eigenText(e));
  const bool stable = e.type == EquilibriumType::StableNode || e.type == EquilibriumType::StableFocus;
  m.color = stable ? QColor(0, 140, 60) : e.type == EquilibriumType::Saddle ? QColor(230, 120, 0) : QColor(200, 30, 30);
  m.shape = e.type == EquilibriumType::Saddle ? Marker::Shape::Diamond : Marker::Shape::Circle;
  m.filled = stable;
  m.sizePx = 11;
  return m;
}

QColor trajectoryColor(int index) {
  static const QColor palette[] = {QColor(0, 0, 0),     QColor(0, 114, 178),   QColor(213, 94, 0),
                                   QColor(0, 158, 115), QColor(204, 121, 167), QColor(86, 180, 233),
                                   QColor(230, 159, 0), QColor(120, 120, 120)};
  return palette[index % 8];
}

PlotScene competitionScene(const core::CompetitionFrame& frame) {
  const auto& in = frame.inputs;
  PlotScene scene;
  scene.view = in.window;
  scene.title = QCoreApplication::translate("CompetitionScene", "Competition — %1 (σ₁ = %2, σ₂ = %3)")
                    .arg(coreName(core::outcomeName(frame.outcome)))
                    .arg(in.model.sigma1(), 0, 'g', 3)
                    .arg(in.model.sigma2(), 0, 'g', 3);
  scene.xLabel = QCoreApplication::translate("CompetitionScene", "x₁ (species 1)");
  scene.yLabel = QCoreApplication::translate("CompetitionScene", "x₂ (species 2)");

  const auto& ff = frame.flowField;
  const float maxSpeed = ff.speed.size() ? ff.speed.maxCoeff() : 1.0f;
  const bool flow = in.flow;
  if (flow) {
    HeatmapLayer heat;
    heat.rect = ff.rect;
    heat.nx = ff.nx;
    heat.ny = ff.ny;
    heat.values.resize(static_cast<std::size_t>(ff.nx) * ff.ny);
    // Eigen arrays are column-major (ny x nx); the layer wants row-major rows.
    for (int j = 0; j < ff.ny; ++j)
      for (int i = 0; i < ff.nx; ++i) heat.values[static_cast<std::size_t>(j) * ff.nx + i] = ff.speed(j, i);
    if (!frame.flowTexture.empty()) {
      heat.shade.resize(frame.flowTexture.size());
      // Keep the colours readable: the texture modulates brightness by +-35 %.
      for (std::size_t k = 0; k < heat.shade.size(); ++k) heat.shade[k] = 0.65f + 0.35f * frame.flowTexture[k];
    }
    heat.vmin = 0;
    heat.vmax = maxSpeed;
    heat.colormap = Colormap::Viridis;
    heat.label = QCoreApplication::translate("CompetitionScene", "speed |F|");
    scene.heatmaps.push_back(std::move(heat));
  }

  ArrowLayer arrows;
  const auto& ag = frame.arrows;
  for (int j = 0; j < ag.ny; ++j)
    for (int i = 0; i < ag.nx; ++i) {
      if (ag.speed(j, i) <= 0) continue;
      arrows.positions.emplace_back(static_cast<float>(ag.x(i)), static_cast<float>(ag.y(j)));
      arrows.directions.emplace_back(ag.u(j, i), ag.v(j, i));
      arrows.values.push_back(flow ? 1.0f : ag.speed(j, i));
    }
  // Over the speed-coloured flow the arrows are white; alone they carry the
  // speed colours themselves, as in the essay's quiver plot.
  arrows.colormap = flow ? Colormap::Gray : Colormap::Viridis;
  arrows.vmin = 0;
  arrows.vmax = flow ? 1.0f : maxSpeed;
  arrows.label = flow ? QString() : QCoreApplication::translate("CompetitionScene", "speed |F|");
  arrows.lengthPx = 13;
  scene.arrows.push_back(std::move(arrows));

  for (const auto& n : frame.nullclines) {
    LineLayer line;
    line.points = {v2(n.from), v2(n.to)};
    line.color = n.species == 1 ? QColor(0, 90, 200) : QColor(200, 40, 40);
    line.dashed = true;
    line.widthPx = 1.6f;
    // One legend entry per species, on its non-trivial branch (the axes are
    // nullclines too, unlabelled).
    if (!n.onAxis) line.legend = n.species == 1 ? "dx₁/dt = 0" : "dx₂/dt = 0";
    scene.lines.push_back(std::move(line));
  }

  for (const auto& branch : frame.separatrices) {
    LineLayer line;
    for (const auto& x : branch) line.points.push_back(v2(x));
    line.color = QColor(90, 0, 120);
    line.widthPx = 3.0f;
    scene.lines.push_back(std::move(line));
  }
  if (!frame.separatrices.empty())
    scene.lines[scene.lines.size() - 1].legend = QCoreApplication::translate("CompetitionScene", "separatrix");

  for (std::size_t k = 0; k < frame.trajectories.size(); ++k) {
    LineLayer line;
    for (const auto& x : frame.trajectories[k].x) line.points.push_back(v2(x));
    line.color = trajectoryColor(static_cast<int>(k));
    line.widthPx = static_cast<int>(k) == in.selected ? 3.0f : 1.8f;
    scene.lines.push_back(std::move(line));
    Marker start;
    start.position = QPointF(in.seeds[k](0), in.seeds[k](1));
    start.color = line.color;
    start.shape = Marker::Shape::Square;
    start.sizePx = static_cast<int>(k) == in.selected ? 9 : 6;
    scene.markers.push_back(start);
  }
  for (const auto& e : frame.equilibria)
    if (in.window.contains(e.x(0), e.x(1))) scene.markers.push_back(equilibriumMarker(e, false));
  return scene;
}

}  // namespace kx::widgets
