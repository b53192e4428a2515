#include "widgets/labs/diffusion/diffusion_scene.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

#include "core/diffusion/diffusion_params.h"
#include "core/mixture/point_cloud.h"
#include "widgets/canvas/plot_layout.h"
#include "widgets/panel/schema_text.h"

namespace kx::widgets {
namespace {

namespace dif = core::diffusion;

/// Points drawn per cloud: enough to see the law, few enough to stay legible.
constexpr Eigen::Index kDrawn = 20000;
/// log-density shown over this many nats below the peak (deeper is all one colour).
constexpr float kDepth = 12.0f;

const QColor kTrajectoryColours[] = {QColor(255, 127, 14),  QColor(31, 119, 180),  QColor(214, 39, 40),
                                     QColor(44, 160, 44),   QColor(148, 103, 189), QColor(140, 86, 75),
                                     QColor(227, 119, 194), QColor(188, 189, 34)};

HeatmapLayer heatmap(const dif::DensityGrid& g, const QString& label) {
  HeatmapLayer h;
  h.rect = {g.x0, g.x1, g.y0, g.y1};
  h.nx = g.nx;
  h.ny = g.ny;
  h.values = g.logDensity;
  const float peak = h.values.empty() ? 0.0f : *std::max_element(h.values.begin(), h.values.end());
  h.vmax = peak;
  h.vmin = peak - kDepth;
  for (float& v : h.values) v = std::max(v, h.vmin);
  h.colormap = Colormap::Viridis;
  h.label = label;
  return h;
}

PointLayer cloud(const core::mixture::Points& p, QColor colour) {
  PointLayer layer;
  const Eigen::Index n = std::min(kDrawn, p.rows());
  layer.positions.reserve(std::size_t(n));
  for (Eigen::Index i = 0; i < n; ++i) layer.positions.emplace_back(p(i, 0), p(i, 1));
  layer.color = colour;
  layer.sizePx = 2.5f;
  return layer;
}

void componentMarkers(const core::mixture::GaussianMixture& target, PlotScene& scene) {
  for (const auto& c : target.components)
    scene.markers.push_back({.position = QPointF(c.mean.x(), c.mean.y()),
                             .color = QColor(255, 255, 255, 200),
                             .shape = Marker::Shape::Cross,
                             .sizePx = 7});
}

// A point cloud's own points as rings on the sampling canvas: a sample
// inside one is a copy of a training point (docs/math.md §3.10), which a dot
// alone, stacked on its copies, does not show.
void trainingRings(const core::mixture::GaussianMixture& target, PlotScene& scene) {
  if (!core::mixture::isPointCloud(target)) return;
  const auto points = core::mixture::cloudPoints(target);
  for (Eigen::Index i = 0; i < points.rows(); ++i)
    scene.markers.push_back(
        {.position = QPointF(points(i, 0), points(i, 1)), .color = QColor(0, 210, 255), .filled = false, .sizePx = 7});
}

}  // namespace

PlotScene forwardScene(const dif::DiffusionFrame& f) {
  PlotScene s;
  const auto& g = f.forwardDensity;
  const double h = f.viewHalfWidth;
  s.view = {-h, h, -h, h};
  // VP shows how much of the data is left (ᾱ), VE how wide the heat kernel is (σ, docs/math.md §3.9).
  const auto schedule = core::diffusion::continuousSchedule(f.params.sampler);
  const bool heat = core::diffusion::isVarianceExploding(schedule.kind);
  s.title = (heat ? QCoreApplication::translate("DiffusionScene", "Forward: t = %1, σ = %2")
                  : QCoreApplication::translate("DiffusionScene", "Forward: t = %1, ᾱ = %2"))
                .arg(f.forwardTime, 0, 'f', 3)
                .arg(heat ? schedule.betaBar(f.forwardTime) : schedule.alphaBar(f.forwardTime), 0, 'g', 3);
  s.xLabel = "x";
  s.yLabel = "y";
  if (!f.errorMap.logDensity.empty()) {
    // The trained network against the exact eps* (learned score).
    HeatmapLayer e = heatmap(f.errorMap, "log₁₀ |ε_θ − ε*|");
    e.vmin = -2.5f;
    e.vmax = 0.5f;
    e.values = f.errorMap.logDensity;
    for (float& v : e.values) v = std::clamp(v, e.vmin, e.vmax);
    e.colormap = Colormap::Magma;
    s.heatmaps.push_back(std::move(e));
    s.title = QCoreApplication::translate("DiffusionScene", "Learned vs exact noise prediction at t = %1")
                  .arg(f.errorTime, 0, 'f', 2);
  } else if (!g.logDensity.empty()) {
    s.heatmaps.push_back(heatmap(g, QCoreApplication::translate("DiffusionScene", "log p_t (exact)")));
  }
  s.points.push_back(cloud(f.forwardParticles, QColor(255, 255, 255, 170)));
  componentMarkers(f.target, s);
  return s;
}

HeatmapLayer coveringView(HeatmapLayer h, const core::PlaneRect& view) {
  if (h.nx <= 0 || h.ny <= 0 || h.values.size() != std::size_t(h.nx) * std::size_t(h.ny)) return h;
  const double dx = h.rect.width() / h.nx, dy = h.rect.height() / h.ny;
  auto cells = [](double gap, double d) { return gap > 0 ? int(std::ceil(gap / d - 1e-9)) : 0; };
  const int left = cells(h.rect.xMin - view.xMin, dx), right = cells(view.xMax - h.rect.xMax, dx);
  const int bottom = cells(h.rect.yMin - view.yMin, dy), top = cells(view.yMax - h.rect.yMax, dy);
  if (left + right + bottom + top == 0) return h;
  // Edge cells repeated outward (what a clamped texture shows): the log
  // density there is already at the colour scale's floor (2 view boxes out).
  const int nx = h.nx + left + right, ny = h.ny + bottom + top;
  std::vector<float> values(std::size_t(nx) * std::size_t(ny));
  for (int j = 0; j < ny; ++j) {
    const int sj = std::clamp(j - bottom, 0, h.ny - 1);
    for (int i = 0; i < nx; ++i)
      values[std::size_t(j) * nx + i] = h.values[std::size_t(sj) * h.nx + std::clamp(i - left, 0, h.nx - 1)];
  }
  h.rect = {h.rect.xMin - left * dx, h.rect.xMax + right * dx, h.rect.yMin - bottom * dy, h.rect.yMax + top * dy};
  h.nx = nx;
  h.ny = ny;
  h.values = std::move(values);
  return h;
}

PlotScene fittedToField(PlotScene scene, const QRectF& figure) {
  // Equal units around the scene's view box (withEqualAspect), then once more
  // measuring the plot area with the widened view: its tick labels can
  // differ, and the plot area with them.
  const core::PlaneRect box = scene.view;
  scene = withEqualAspect(std::move(scene), figure);
  const QRectF plot = PlotLayout::compute(figure, scene, scene.view).plot;
  if (plot.width() > 0 && plot.height() > 0 && box.width() > 0 && box.height() > 0) {
    const double units = std::max(box.width() / plot.width(), box.height() / plot.height());
    const double cx = 0.5 * (box.xMin + box.xMax), cy = 0.5 * (box.yMin + box.yMax);
    const double hx = 0.5 * units * plot.width(), hy = 0.5 * units * plot.height();
    scene.view = {cx - hx, cx + hx, cy - hy, cy + hy};
  }
  for (auto& h : scene.heatmaps) h = coveringView(std::move(h), scene.view);
  return scene;
}

PlotScene samplingScene(const dif::DiffusionFrame& f) {
  PlotScene s;
  const auto& g = f.density;
  const double h = f.viewHalfWidth;
  s.view = {-h, h, -h, h};
  if (f.training) {
    s.title = QCoreApplication::translate("DiffusionScene", "Training the ε-network: step %1 / %2")
                  .arg(f.losses ? f.losses->size() : 0)
                  .arg(f.params.trainSteps);
  } else {
    s.title = QCoreApplication::translate("DiffusionScene", "%1 · step %2/%3 · t = %4 · %5 evals%6")
                  .arg(choiceNameOf(dif::diffusionSchema(), "sampler", dif::samplerName(f.params.sampler.kind)))
                  .arg(f.step)
                  .arg(f.stepCount)
                  .arg(f.level.time, 0, 'f', 3)
                  .arg(f.evaluations)
                  .arg(f.params.learned ? QCoreApplication::translate("DiffusionScene", " (learned)") : QString());
  }
  s.xLabel = "x";
  s.yLabel = "y";
  if (!g.logDensity.empty())
    s.heatmaps.push_back(heatmap(g, QCoreApplication::translate("DiffusionScene", "log p_t (exact)")));
  // Score arrows: its direction, shaded by |eps| = betaBar |score| (about 1
  // where the noise dominates; the data's own score at t = 0, betaBar = 0).
  ArrowLayer arrows;
  const float b = float(std::max(f.level.betaBar, 0.1));
  for (std::size_t k = 0; k < f.arrows.at.size(); ++k) {
    arrows.positions.emplace_back(f.arrows.at[k].x(), f.arrows.at[k].y());
    arrows.directions.emplace_back(f.arrows.score[k].x(), f.arrows.score[k].y());
    arrows.values.push_back(std::min(3.0f, b * f.arrows.score[k].norm()));
  }
  arrows.vmin = -2;  // the upper part of the grey ramp: light on the dark field
  arrows.vmax = 3;
  arrows.colormap = Colormap::Gray;
  arrows.lengthPx = 11;
  if (!arrows.positions.empty()) s.arrows.push_back(std::move(arrows));
  s.points.push_back(cloud(f.particles, QColor(255, 255, 255, 170)));
  trainingRings(f.target, s);
  for (std::size_t k = 0; k < f.trajectories.size(); ++k) {
    LineLayer line;
    for (const auto& p : f.trajectories[k]) line.points.emplace_back(p.x(), p.y());
    line.color = kTrajectoryColours[k % std::size(kTrajectoryColours)];
    line.widthPx = 1.6f;
    if (k == 0) line.legend = QCoreApplication::translate("DiffusionScene", "trajectories");
    s.lines.push_back(std::move(line));
  }
  if (!f.trajectories.empty()) {
    // The first tracked particle and its Tweedie estimate of the clean point.
    addTweedie(s, f.tracked, f.x0Hat, QColor(255, 127, 14), "x_t", "x̂₀");
  }
  return s;
}

void addTweedie(PlotScene& scene, const Eigen::Vector2f& x, const Eigen::Vector2f& hat, const QColor& color,
                const QString& label, const QString& hatLabel) {
  scene.lines.push_back(
      {.points = {QVector2D(x.x(), x.y()), QVector2D(hat.x(), hat.y())}, .color = color, .widthPx = 1.2f, .dashed = true});
  scene.markers.push_back({.position = QPointF(x.x(), x.y()), .label = label, .color = color});
  scene.markers.push_back(
      {.position = QPointF(hat.x(), hat.y()), .label = hatLabel, .color = color, .shape = Marker::Shape::Diamond});
}

}  // namespace kx::widgets
