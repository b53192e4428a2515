// W6 `render` (docs/benchmarks.md): the canvas's frame offscreen at
// 1024 x 768 with 100,000 point sprites, a 512 x 512 heatmap and a 32 x 32
// arrow field, 200 frames whose data all change. A frame = upload the changed
// data, draw the GL layers and the QPainter axes/colourbars as the widget
// does, glFinish. Peer: scripts/bench_peers/render_matplotlib.py. The other
// variants, one per lab, time the lab's view in the window (bench_render_labs.h).
#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <random>

#include "app/bench/bench_render_labs.h"
#include "app/bench/workloads.h"
#include "core/util/stopwatch.h"
#include "widgets/canvas/offscreen_scene_renderer.h"
#include "widgets/lab/lab_registry.h"

namespace kx::bench {
namespace {

using widgets::PlotScene;

// The scene of frame `frame`: a drifting pattern, so every layer's data changes each frame.
void updateScene(PlotScene& scene, int frame, const std::vector<QVector2D>& base) {
  const float phase = 0.05f * frame;
  auto& heat = scene.heatmaps[0];
  for (int j = 0; j < heat.ny; ++j)
    for (int i = 0; i < heat.nx; ++i) {
      const float x = -1 + 2.0f * i / (heat.nx - 1), y = -1 + 2.0f * j / (heat.ny - 1);
      heat.values[j * heat.nx + i] = std::sin(4 * x + phase) * std::cos(3 * y - phase);
    }
  auto& arrows = scene.arrows[0];
  for (std::size_t k = 0; k < arrows.positions.size(); ++k) {
    const QVector2D p = arrows.positions[k];
    arrows.directions[k] = QVector2D(-p.y() + 0.3f * std::sin(phase), p.x() + 0.3f * std::cos(phase));
    arrows.values[k] = arrows.directions[k].length();
  }
  auto& points = scene.points[0];
  const float c = std::cos(phase), s = std::sin(phase);
  for (std::size_t k = 0; k < base.size(); ++k) {
    points.positions[k] = QVector2D(c * base[k].x() - s * base[k].y(), s * base[k].x() + c * base[k].y());
    points.values[k] = base[k].x();
  }
}

PlotScene initialScene(int points, int heatmapSize, int arrowGrid, std::vector<QVector2D>& base, std::uint64_t seed) {
  PlotScene scene;
  scene.view = {-1, 1, -1, 1};
  scene.title = "W6 render";
  scene.xLabel = "x";
  scene.yLabel = "y";
  widgets::HeatmapLayer heat;
  heat.rect = scene.view;
  heat.nx = heat.ny = heatmapSize;
  heat.values.resize(static_cast<std::size_t>(heatmapSize) * heatmapSize);
  heat.vmin = -1;
  heat.vmax = 1;
  heat.colormap = widgets::Colormap::Coolwarm;
  heat.label = "field";
  scene.heatmaps.push_back(std::move(heat));
  widgets::ArrowLayer arrows;
  for (int j = 0; j < arrowGrid; ++j)
    for (int i = 0; i < arrowGrid; ++i)
      arrows.positions.emplace_back(-1 + 2.0f * (i + 0.5f) / arrowGrid, -1 + 2.0f * (j + 0.5f) / arrowGrid);
  arrows.directions.resize(arrows.positions.size());
  arrows.values.resize(arrows.positions.size());
  arrows.vmax = 1.5f;
  arrows.label = "speed";
  scene.arrows.push_back(std::move(arrows));
  std::mt19937_64 rng(seed);
  std::normal_distribution<float> normal(0.0f, 0.35f);
  widgets::PointLayer cloud;
  cloud.sizePx = 2.0f;
  cloud.vmin = -1;
  cloud.vmax = 1;
  cloud.colormap = widgets::Colormap::Magma;
  cloud.color.setAlphaF(0.8f);
  base.resize(points);
  for (auto& p : base) p = QVector2D(normal(rng), normal(rng));
  cloud.positions.resize(points);
  cloud.values.resize(points);
  scene.points.push_back(std::move(cloud));
  return scene;
}

double percentile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(std::lround(q * (v.size() - 1)))];
}

core::Result<QJsonObject> renderSyntheticFrames(const BenchOptions& options) {
  const int frames = options.small ? 20 : 200;
  const QSize size(1024, 768);
  // No multisampling: what the on-screen canvas draws each frame.
  widgets::OffscreenSceneRenderer renderer(0);
  if (!renderer.isValid()) return core::fail("no OpenGL: " + renderer.error().toStdString());
  std::vector<QVector2D> base;
  PlotScene scene = initialScene(100000, 512, 32, base, options.seed);
  updateScene(scene, -1, base);
  renderer.drawFrame(scene, size);  // warm-up: shader compilation, first allocations

  std::vector<double> ms;
  for (int frame = 0; frame < frames; ++frame) {
    updateScene(scene, frame, base);  // the data producer's work, not timed
    core::Stopwatch clock;
    renderer.drawFrame(scene, size);
    ms.push_back(clock.milliseconds());
  }
  double total = 0;
  for (double m : ms) total += m;
  return QJsonObject{{"frames", frames},
                     {"width", size.width()},
                     {"height", size.height()},
                     {"points", 100000},
                     {"heatmap", 512},
                     {"arrows", 32 * 32},
                     {"median_ms", percentile(ms, 0.5)},
                     {"p95_ms", percentile(ms, 0.95)},
                     {"mean_ms", total / frames},
                     {"fps_median", 1000.0 / percentile(ms, 0.5)},
                     {"gl_renderer", renderer.rendererName()}};
}

}  // namespace

BenchWorkload renderWorkload() {
  // "frame": the synthetic scene; one variant per registered lab: its view.
  std::vector<std::string> variants{"frame"};
  for (const auto& entry : widgets::labRegistry()) variants.push_back(entry.id.toStdString());
  return {.name = "render",
          .variants = variants,
          .needsGui = true,
          .run = [](const std::string& variant, const BenchOptions& options) -> core::Result<QJsonObject> {
            return variant == "frame" ? renderSyntheticFrames(options) : renderLabView(variant, options);
          }};
}

}  // namespace kx::bench
