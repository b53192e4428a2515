#pragma once
// Small helpers of the canvas tests: scenes with known content and pixel probes.
#include <QImage>
#include <cmath>

#include "widgets/canvas/plot_scene.h"

namespace kx::widgets::testing {

/// Not (nearly) white.
inline bool isInk(QRgb c) { return qRed(c) < 200 || qGreen(c) < 200 || qBlue(c) < 200; }

inline int colourDistance(QColor a, QColor b) {
  return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

/// A heatmap whose value is x across `view`, from vmin at the left to vmax at the right.
inline HeatmapLayer rampHeatmap(const core::PlaneRect& view, Colormap map) {
  HeatmapLayer h;
  h.rect = view;
  h.nx = 64;
  h.ny = 8;
  h.colormap = map;
  h.vmin = 0;
  h.vmax = 1;
  for (int j = 0; j < h.ny; ++j)
    for (int i = 0; i < h.nx; ++i) h.values.push_back(static_cast<float>(i) / (h.nx - 1));
  return h;
}

/// A realistic figure: a rotating vector field coloured by speed over a faint
/// heatmap, two trajectories, markers, axis labels and colourbars.
inline PlotScene exampleScene() {
  PlotScene s;
  s.view = {-3, 3, -2, 2};
  s.title = "Damped rotation: direction field";
  s.xLabel = "x₁ (position)";
  s.yLabel = "x₂ (velocity)";
  HeatmapLayer h;
  h.rect = s.view;
  h.nx = h.ny = 128;
  h.colormap = Colormap::Gray;
  h.vmin = -1.0f;
  h.vmax = 6.0f;
  h.opacity = 0.25f;
  ArrowLayer a;
  a.label = "speed |ẋ|";
  a.vmin = 0;
  a.vmax = 4;
  for (int j = 0; j < h.ny; ++j)
    for (int i = 0; i < h.nx; ++i) {
      const double x = -3 + 6.0 * (i + 0.5) / h.nx, y = -2 + 4.0 * (j + 0.5) / h.ny;
      h.values.push_back(static_cast<float>(std::hypot(x, y)));
    }
  for (int j = 0; j < 17; ++j)
    for (int i = 0; i < 25; ++i) {
      const float x = -3 + 6.0f * (i + 0.5f) / 25, y = -2 + 4.0f * (j + 0.5f) / 17;
      const QVector2D v(y, -x - 0.3f * y);
      a.positions.emplace_back(x, y);
      a.directions.push_back(v);
      a.values.push_back(v.length());
    }
  s.heatmaps.push_back(h);
  s.arrows.push_back(a);
  for (int k = 0; k < 2; ++k) {
    LineLayer line;
    line.color = k == 0 ? QColor(214, 39, 40) : QColor(31, 119, 180);
    line.widthPx = 2.0f;
    line.dashed = k == 1;
    line.legend = k == 0 ? "trajectory from (2.5, 0)" : "trajectory from (−1, 1.5)";
    double x = k == 0 ? 2.5 : -1, y = k == 0 ? 0 : 1.5;
    for (int n = 0; n < 4000; ++n) {
      line.points.emplace_back(x, y);
      const double dx = y, dy = -x - 0.3 * y;
      x += 0.005 * dx;
      y += 0.005 * dy;
    }
    s.lines.push_back(line);
  }
  s.markers.push_back({QPointF(0, 0), "stable focus", QColor(20, 20, 20), Marker::Shape::Circle});
  s.markers.push_back({QPointF(2.5, 0), "start", QColor(214, 39, 40), Marker::Shape::Square});
  s.markers.push_back({QPointF(2.9, 1.9), "corner", QColor(44, 160, 44), Marker::Shape::Diamond});
  return s;
}

}  // namespace kx::widgets::testing
