#pragma once
// What a 2D figure shows, as plain data: the one description that the on-screen
// canvas, the offscreen PNG renderer and the SVG/PDF exporter all draw from.
// Coordinates are data units; sizes are logical pixels (scaled for high DPI).
#include <QColor>
#include <QPointF>
#include <QString>
#include <QVector2D>
#include <vector>

#include "core/util/plane_rect.h"

namespace kx::widgets {

enum class Colormap { Viridis, Magma, Cividis, Coolwarm, Gray };

/// A scalar field on a regular grid, colour-mapped; optionally multiplied by a
/// second grid in [0, 1] (`shade`, e.g. line-integral convolution texture).
struct HeatmapLayer {
  core::PlaneRect rect;
  int nx = 0, ny = 0;
  std::vector<float> values;  ///< nx * ny, row-major, row 0 at rect.yMin
  std::vector<float> shade;   ///< empty, or nx * ny values in [0, 1]
  float vmin = 0, vmax = 1;
  Colormap colormap = Colormap::Viridis;
  float opacity = 1.0f;
  QString label;  ///< colourbar title; empty: no colourbar
};

/// Arrows of equal on-screen length, pointing along `directions` (data units;
/// normalised on screen), coloured by `values` through the colormap.
struct ArrowLayer {
  std::vector<QVector2D> positions;
  std::vector<QVector2D> directions;
  std::vector<float> values;
  float vmin = 0, vmax = 1;
  Colormap colormap = Colormap::Viridis;
  float lengthPx = 14.0f;
  QString label;  ///< colourbar title; empty: no colourbar
};

/// Round point sprites; one colour, or per-point colours from `values`.
struct PointLayer {
  std::vector<QVector2D> positions;
  std::vector<float> values;  ///< empty: every point uses `color`
  float vmin = 0, vmax = 1;
  Colormap colormap = Colormap::Viridis;
  QColor color = QColor(30, 30, 30);
  float sizePx = 3.0f;
};

/// A polyline; a NaN point breaks it into separate pieces.
struct LineLayer {
  std::vector<QVector2D> points;
  QColor color = Qt::black;
  float widthPx = 1.5f;
  bool dashed = false;
  QString legend;  ///< shown in the legend when not empty
};

/// A labelled point of interest (equilibria, picked particles, ...).
struct Marker {
  enum class Shape { Circle, Square, Diamond, Cross };
  QPointF position;
  QString label;
  QColor color = Qt::black;
  Shape shape = Shape::Circle;
  bool filled = true;
  float sizePx = 9.0f;
};

struct PlotScene {
  core::PlaneRect view;  ///< the data window shown
  QString title;
  QString xLabel, yLabel;
  std::vector<HeatmapLayer> heatmaps;  ///< drawn first, in order
  std::vector<LineLayer> lines;
  std::vector<ArrowLayer> arrows;
  std::vector<PointLayer> points;
  std::vector<Marker> markers;  ///< drawn last, with their labels
};

}  // namespace kx::widgets
