#include "widgets/labs/walk/walk_scene.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

#include "core/walk/ornstein_uhlenbeck.h"
#include "widgets/canvas/plot_layout.h"

namespace kx::widgets {
namespace {

using core::walk::BarrierKind;
using core::walk::WalkFrame;
using core::walk::WalkKind;
using core::walk::WalkParams;

/// Walkers drawn in the 1D strip at the current step.
constexpr Eigen::Index kStripWalkers = 20000;

/// Spread of the position after n steps along x: the standard deviation, or
/// for Cauchy steps (no variance) the scale n s of the sum, a Cauchy law
/// again (docs/math.md §2.2).
double spread(const WalkParams& w, double n) {
  if (w.kind == WalkKind::Cauchy1D) return w.scale * n;
  if (w.kind == WalkKind::OrnsteinUhlenbeck1D) return std::sqrt(core::walk::ouVariance(w.stepVariance(), w.rate, n));
  return std::sqrt(w.stepVariance() * n);
}

/// A deterministic offset in [0, 1) per walker (a hash): spreads the cloud of
/// walkers at the current step into a strip, so its density reads as the law.
float jitter(int i) {
  std::uint32_t h = static_cast<std::uint32_t>(i) * 2654435761u;
  h ^= h >> 15;
  h *= 2246822519u;
  h ^= h >> 13;
  return float(h & 0xFFFFFF) / float(0x1000000);
}

QString kindTitle(const WalkParams& w) {
  switch (w.kind) {
    case WalkKind::Lattice1D:
      return QCoreApplication::translate("WalkScene", "1D lattice walk (p = %1)").arg(w.p, 0, 'g', 3);
    case WalkKind::Gaussian1D:
      return QCoreApplication::translate("WalkScene", "1D Gaussian steps (σ = %1)").arg(w.scale, 0, 'g', 3);
    case WalkKind::Uniform1D:
      return QCoreApplication::translate("WalkScene", "1D uniform steps (±%1)").arg(w.scale, 0, 'g', 3);
    case WalkKind::Cauchy1D:
      return QCoreApplication::translate("WalkScene", "1D Cauchy steps (scale %1)").arg(w.scale, 0, 'g', 3);
    case WalkKind::Lattice2D:
      return QCoreApplication::translate("WalkScene", "2D lattice walk (p = %1)").arg(w.p, 0, 'g', 3);
    case WalkKind::Gaussian2D:
      return QCoreApplication::translate("WalkScene", "2D Gaussian steps (σ = %1)").arg(w.scale, 0, 'g', 3);
    case WalkKind::OrnsteinUhlenbeck1D:
      return QCoreApplication::translate("WalkScene", "1D Ornstein–Uhlenbeck walk (k = %1, √α = %2)")
          .arg(w.rate, 0, 'g', 3)
          .arg(w.scale, 0, 'g', 3);
  }
  return {};
}

QString barrierText(const WalkParams& w) {
  if (w.barrier == BarrierKind::None) return {};
  return (w.barrier == BarrierKind::Absorbing
              ? QCoreApplication::translate("WalkScene", ", absorbing barrier at x = %1")
              : QCoreApplication::translate("WalkScene", ", reflecting barrier at x = %1"))
      .arg(w.barrierAt, 0, 'g', 4);
}

void addTrails(PlotScene& scene, const WalkFrame& f, bool spaceTime) {
  if (!f.trails) return;
  for (std::size_t k = 0; k < f.trails->size(); ++k) {
    const auto& path = (*f.trails)[k];
    LineLayer line;
    const int last = std::min<int>(f.step, static_cast<int>(path.size()) - 1);
    // Long paths are thinned to ~4000 vertices (a pixel column holds fewer).
    const int stride = std::max(1, last / 4000);
    for (int t = 0; t <= last; t += stride)
      line.points.emplace_back(spaceTime ? QVector2D(float(t), path[t].x()) : QVector2D(path[t].x(), path[t].y()));
    if (last % stride != 0)
      line.points.emplace_back(spaceTime ? QVector2D(float(last), path[last].x())
                                         : QVector2D(path[last].x(), path[last].y()));
    line.color = walkTrailColor(static_cast<int>(k));
    line.widthPx = 1.6f;
    if (k == 0) line.legend = QCoreApplication::translate("WalkScene", "highlighted walkers");
    scene.lines.push_back(std::move(line));
  }
}

void addBarrier(PlotScene& scene, const WalkParams& w, bool horizontal) {
  if (w.barrier == BarrierKind::None) return;
  LineLayer line;
  const auto& v = scene.view;
  const float b = float(w.barrierAt);
  line.points = horizontal ? std::vector<QVector2D>{{float(v.xMin), b}, {float(v.xMax), b}}
                           : std::vector<QVector2D>{{b, float(v.yMin)}, {b, float(v.yMax)}};
  line.color = QColor(200, 30, 30);
  line.widthPx = 2.5f;
  line.legend = w.barrier == BarrierKind::Absorbing ? QCoreApplication::translate("WalkScene", "absorbing barrier")
                                                    : QCoreApplication::translate("WalkScene", "reflecting barrier");
  scene.lines.push_back(std::move(line));
}

/// The histogram of S_n as a profile lying on its side, left of the current
/// step: the law the cloud of walkers has at that step.
void addProfile(PlotScene& scene, const WalkFrame& f) {
  const auto& h = f.summary1D.histogram;
  if (h.counts.empty()) return;
  const double peak = *std::max_element(h.counts.begin(), h.counts.end());
  if (!(peak > 0)) return;
  const double depth = 0.12 * f.params.steps;  // the tallest bin reaches back 12 % of the time axis
  LineLayer profile;
  for (std::size_t i = 0; i < h.counts.size(); ++i) {
    const float t = float(f.step - depth * h.counts[i] / peak);
    profile.points.emplace_back(t, float(h.edge(i)));
    profile.points.emplace_back(t, float(h.edge(i + 1)));
  }
  profile.color = QColor(20, 60, 140);
  profile.widthPx = 1.8f;
  profile.legend = QCoreApplication::translate("WalkScene", "histogram of S_n");
  scene.lines.push_back(std::move(profile));
}

PlotScene spaceTimeScene(const WalkFrame& f) {
  const WalkParams& w = f.params;
  PlotScene scene;
  const double n = w.steps, mean = w.stepMean();
  const double reach = (w.kind == WalkKind::Cauchy1D ? 4.0 : 3.6) * spread(w, n);
  double lo = std::min(0.0, mean * n) - reach, hi = std::max(0.0, mean * n) + reach;
  if (w.barrier != BarrierKind::None) {
    // Keep the barrier in view, with a margin beyond it.
    lo = std::min(lo, w.barrierAt - 0.1 * reach);
    hi = std::max(hi, w.barrierAt + 0.1 * reach);
  }
  scene.view = {0, n, lo, hi};
  scene.xLabel = QCoreApplication::translate("WalkScene", "step n");
  scene.yLabel = QCoreApplication::translate("WalkScene", "position S_n");
  scene.title = QCoreApplication::translate("WalkScene", "%1%2 — step %3 of %4")
                    .arg(kindTitle(w), barrierText(w))
                    .arg(f.step)
                    .arg(w.steps);

  // Envelopes: mean ± sd and ± 2 sd of the normal law (Cauchy: ± the scale).
  for (int k : {1, 2}) {
    for (int sign : {-1, 1}) {
      LineLayer env;
      for (int i = 0; i <= 200; ++i) {
        const double t = n * i / 200.0;
        env.points.emplace_back(float(t), float(mean * t + sign * k * spread(w, t)));
      }
      env.color = k == 1 ? QColor(90, 90, 90) : QColor(160, 160, 160);
      env.dashed = true;
      env.widthPx = 1.2f;
      if (sign == 1 && k == 1)
        env.legend = w.kind == WalkKind::Cauchy1D ? QCoreApplication::translate("WalkScene", "±1, ±2 × n·scale")
                                                  : QCoreApplication::translate("WalkScene", "mean ± 1, 2 sd");
      scene.lines.push_back(std::move(env));
    }
  }
  addTrails(scene, f, true);
  addBarrier(scene, w, true);

  // The cloud at the current step: a strip 2.5 % of the time axis wide,
  // ending at the step, so its density shows the law of S_n.
  PointLayer cloud;
  // At most kStripWalkers of them: the strip is ~20 px wide, more points only
  // saturate it and slow the animation (llvmpipe draws ~1.5 M sprites/s);
  // walkers are independent, so the first ones are a fair sample.
  const float width = float(0.025 * n);
  const Eigen::Index shown = std::min<Eigen::Index>(f.x.size(), kStripWalkers);
  cloud.positions.reserve(static_cast<std::size_t>(shown));
  for (Eigen::Index i = 0; i < shown; ++i) cloud.positions.emplace_back(float(f.step) - width * jitter(int(i)), f.x(i));
  // Translucent, so that where walkers pile up (the centre) reads darker.
  cloud.color = shown > 5000 ? QColor(20, 60, 140, 70) : QColor(20, 60, 140, 160);
  cloud.sizePx = shown > 5000 ? 1.5f : 2.5f;
  scene.points.push_back(std::move(cloud));
  addProfile(scene, f);
  return scene;
}

PlotScene planeScene(const WalkFrame& f) {
  const WalkParams& w = f.params;
  PlotScene scene;
  const double n = w.steps;
  const double sdAxis = std::sqrt(w.kind == WalkKind::Lattice2D ? 0.5 * n : w.stepVariance() * n);
  const double cx = w.stepMean() * n, cy = w.kind == WalkKind::Lattice2D ? w.stepMean() * n : 0.0;
  double half = 3.8 * sdAxis;
  if (w.barrier != BarrierKind::None) half = std::max(half, std::abs(w.barrierAt - cx) * 1.15);
  scene.view = {cx - half, cx + half, cy - half, cy + half};
  scene.xLabel = "x";
  scene.yLabel = "y";
  scene.title = QCoreApplication::translate("WalkScene", "%1%2 — step %3 of %4")
                    .arg(kindTitle(w), barrierText(w))
                    .arg(f.step)
                    .arg(w.steps);

  PointLayer cloud;
  cloud.positions.reserve(static_cast<std::size_t>(f.x.size()));
  for (Eigen::Index i = 0; i < f.x.size(); ++i) cloud.positions.emplace_back(f.x(i), f.y(i));
  // Faint enough that the highlighted paths (drawn below the points on
  // screen) show through the crowd.
  cloud.color = f.x.size() > 5000 ? QColor(20, 60, 140, 45) : QColor(20, 60, 140, 150);
  cloud.sizePx = f.x.size() > 20000 ? 1.5f : 2.5f;
  scene.points.push_back(std::move(cloud));
  addTrails(scene, f, false);
  addBarrier(scene, w, false);
  Marker origin;
  origin.position = {0, 0};
  origin.label = QCoreApplication::translate("WalkScene", "start");
  origin.shape = Marker::Shape::Cross;
  origin.color = QColor(200, 30, 30);
  scene.markers.push_back(origin);
  return scene;
}

}  // namespace

QColor walkTrailColor(int k) {
  static const QColor palette[] = {QColor(213, 94, 0),  QColor(0, 158, 115),  QColor(204, 121, 167),
                                   QColor(230, 159, 0), QColor(86, 180, 233), QColor(0, 0, 0)};
  return palette[k % 6];
}

PlotScene walkScene(const WalkFrame& frame) { return frame.params.is2D() ? planeScene(frame) : spaceTimeScene(frame); }

}  // namespace kx::widgets
