#include "widgets/labs/gan/gan_scene.h"

#include <QCoreApplication>
#include <cmath>

namespace kx::widgets {
namespace {

using core::gan::GanFrame;

// The scene's texts, translated in the context "GanScene".
struct GanScene {
  Q_DECLARE_TR_FUNCTIONS(GanScene)
};

// x, y pairs (NaN pairs for breaks, as core/gan/gan_landscape.h lays them out) as scene points.
std::vector<QVector2D> polyline(const std::vector<float>& xy) {
  std::vector<QVector2D> points;
  points.reserve(xy.size() / 2);
  for (std::size_t i = 0; i + 1 < xy.size(); i += 2) points.emplace_back(xy[i], xy[i + 1]);
  return points;
}

std::vector<QVector2D> rows(const core::nn::Mat<float>& m, bool finiteOnly) {
  std::vector<QVector2D> out;
  out.reserve(std::size_t(m.rows()));
  for (Eigen::Index i = 0; i < m.rows(); ++i)
    if (!finiteOnly || m.row(i).allFinite()) out.emplace_back(m(i, 0), m(i, 1));
  return out;
}

}  // namespace

GanTitle ganTitleOf(const GanFrame& f) {
  GanTitle t{f.generatorSteps, std::nullopt, 0};
  if (f.sampling) {
    t.sampler = f.sampling->spec;
    t.samplerStep = f.sampling->step;
  }
  return t;
}

QString ganSceneTitle(const GanTitle& t, bool withStep) {
  if (!t.sampler) {
    if (!withStep) return GanScene::tr("Energy U = −D");
    return GanScene::tr("Energy U = −D after %1 generator steps").arg(t.generatorSteps);
  }
  const QString method =
      t.sampler->mode == core::gan::LangevinMode::Mala ? GanScene::tr("MALA") : GanScene::tr("Langevin");
  const QString what = t.sampler->space == core::gan::SamplingSpace::Latent
                           ? GanScene::tr("%1 on U(G(z)) + ½‖z‖², particles shown as G(z)").arg(method)
                           : GanScene::tr("%1 on the energy U = −D").arg(method);
  if (!withStep) return what;
  return GanScene::tr("%1: step %2 of %3").arg(what).arg(t.samplerStep).arg(t.sampler->steps);
}

namespace {

void addParticles(PlotScene& s, const core::gan::ParticleState& p) {
  // A few particles' paths under the whole cloud, so the cloud shows where they went.
  LineLayer trails;
  trails.color = QColor(255, 120, 230, 150);
  trails.widthPx = 1.0f;
  trails.legend = GanScene::tr("particle paths");
  for (const auto& trail : p.trails) {
    for (Eigen::Index i = 0; i < trail.rows(); ++i) trails.points.emplace_back(trail(i, 0), trail(i, 1));
    trails.points.emplace_back(NAN, NAN);
  }
  s.lines.push_back(std::move(trails));
  PointLayer particles;
  particles.color = QColor(255, 255, 255);
  particles.sizePx = 2.5f;
  particles.positions = rows(p.particles, true);
  s.points.push_back(std::move(particles));
  LineLayer key;
  key.color = particles.color;
  key.widthPx = 3;
  key.legend = GanScene::tr("Langevin particles");
  s.lines.push_back(std::move(key));
  if (p.spec.space == core::gan::SamplingSpace::Data && p.spec.start == core::gan::ParticleStart::Point)
    s.markers.push_back({QPointF(p.spec.startX, p.spec.startY), GanScene::tr("start"), QColor(255, 120, 230),
                         Marker::Shape::Cross, false, 11});
}

}  // namespace

PlotScene ganScene(const GanFrame& f, const GanSceneOptions& options) {
  const core::gan::Landscape& land = f.landscape;
  PlotScene s;
  s.view = f.window;
  s.title = ganSceneTitle(ganTitleOf(f), options.stepInTitle);
  s.xLabel = "x₁";
  s.yLabel = "x₂";
  HeatmapLayer heat;
  heat.rect = f.window;
  heat.nx = heat.ny = f.gridSize;
  heat.values = land.energy;
  heat.vmin = land.range.lo;
  heat.vmax = land.range.hi;
  heat.colormap = Colormap::Viridis;  // the app's sequential map (View > Colormap)
  heat.label = GanScene::tr("energy U = −D");
  s.heatmaps.push_back(std::move(heat));
  // Contours (the pits' rims): thin lines in one layer, so they cost one draw call.
  LineLayer contours;
  contours.color = QColor(255, 255, 255, 110);
  contours.widthPx = 0.8f;
  contours.points = polyline(land.contours);
  s.lines.push_back(std::move(contours));

  if (options.mesh && !land.mesh.empty()) {
    LineLayer mesh;
    mesh.color = QColor(255, 170, 60, 150);
    mesh.widthPx = 0.9f;
    mesh.legend = GanScene::tr("G(noise grid)");
    mesh.points = polyline(land.mesh);
    s.lines.push_back(std::move(mesh));
  }

  // While sampling, the generator's push is yesterday's news: the particles move instead.
  if (options.arrows && !f.sampling && f.push.rows() == f.fake.rows()) {
    // Every third fake sample's push, coloured by its size: long arrows where the slope is steep.
    ArrowLayer arrows;
    float top = 0;
    for (Eigen::Index i = 0; i < f.fake.rows(); i += 3) {
      const float n = f.push.row(i).norm();
      if (!std::isfinite(n) || n == 0) continue;
      arrows.positions.emplace_back(f.fake(i, 0), f.fake(i, 1));
      arrows.directions.emplace_back(f.push(i, 0), f.push(i, 1));
      arrows.values.push_back(n);
      top = std::max(top, n);
    }
    // Magma from its middle (orange) to its top (pale yellow): visible on the
    // dark pits and the light ridges alike; brighter = pushed harder.
    arrows.vmax = top > 0 ? top : 1;
    arrows.vmin = -arrows.vmax;
    arrows.colormap = Colormap::Magma;
    arrows.lengthPx = 13;
    s.arrows.push_back(std::move(arrows));
  }

  PointLayer real;
  real.color = QColor(40, 200, 255);
  real.sizePx = 3.5f;
  real.positions = rows(f.real, false);
  PointLayer fake;
  fake.color = QColor(255, 80, 80);
  fake.sizePx = 3.5f;
  fake.positions = rows(f.fake, true);
  s.points.push_back(std::move(real));
  s.points.push_back(std::move(fake));
  // Legend entries for the two point sets (markers off-screen carry no label: use lines' legend).
  LineLayer realKey, fakeKey;
  realKey.color = QColor(40, 200, 255);
  realKey.legend = GanScene::tr("real samples");
  fakeKey.color = QColor(255, 80, 80);
  fakeKey.legend = GanScene::tr("generated samples");
  s.lines.push_back(std::move(realKey));
  s.lines.push_back(std::move(fakeKey));
  if (f.sampling) addParticles(s, *f.sampling);
  return s;
}

}  // namespace kx::widgets
