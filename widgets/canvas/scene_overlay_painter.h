#pragma once
// Everything of a figure that QPainter draws: the axes frame with ticks and
// labels, the title, colourbars, the legend, the markers with their labels
// and, for vector exports, the polylines. The widget, the PNG renderer and the
// SVG/PDF painter all use this one class, so a figure looks the same anywhere.
#include <QImage>
#include <QPainter>
#include <utility>
#include <vector>

#include "widgets/canvas/plot_layout.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class SceneOverlayPainter {
 public:
  SceneOverlayPainter(const PlotScene& scene, const core::PlaneRect& view, const PlotLayout& layout);

  /// White figure background outside the plot area (the plot area is the GL image).
  void paintBackground(QPainter& painter) const;
  /// The polylines as vector paths, clipped to the plot area.
  void paintLines(QPainter& painter) const;
  /// Frame, ticks, labels, title, colourbars, legend and markers.
  void paintDecorations(QPainter& painter) const;
  /// The box of each visible marker's label, placed so that labels cover no
  /// other label or marker where the plot leaves room.
  std::vector<std::pair<const Marker*, QRectF>> labelBoxes() const;

 private:
  void paintAxes(QPainter& painter) const;
  void paintColorbar(QPainter& painter, const ColorbarSpec& spec, const QRectF& bar) const;
  void paintLegend(QPainter& painter) const;
  void paintMarkers(QPainter& painter) const;
  /// Where a marker's label box goes: near it, inside the plot, clear of `taken`.
  QRectF placeLabel(const QFontMetricsF& metrics, const Marker& marker, const std::vector<QRectF>& taken) const;

  const PlotScene& m_scene;
  core::PlaneRect m_view;
  const PlotLayout& m_layout;
  FigureFonts m_fonts;
};

/// The furniture as a transparent image of `sizePx` device pixels (white
/// outside the plot area), for compositing over the GL layers.
QImage overlayImage(const PlotScene& scene, const core::PlaneRect& view, const PlotLayout& layout, QSize sizePx,
                    qreal devicePixelRatio);

/// Whether two scenes have the same furniture (title, labels, colourbars,
/// legend, markers): then an overlay image of one serves the other, however
/// different their data.
bool sameDecorations(const PlotScene& a, const PlotScene& b);

/// The scene without its bulk data (grids, point and arrow arrays, polyline
/// points): enough to paint, and compare, its furniture.
PlotScene decorationsOf(const PlotScene& scene);

/// The pen a polyline of the scene is drawn with (shared with the GL dash pattern).
QPen linePen(const LineLayer& line);

}  // namespace kx::widgets
