#pragma once
// Where the parts of a figure go: the plot area inside a figure rectangle,
// leaving room for tick labels, axis titles, the title and the colourbars.
// Logical units throughout (the paint device's pixel ratio handles HiDPI), so
// the widget and every exporter place things identically.
#include <QFont>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <vector>

#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

/// Distances of the figure's furniture, in logical pixels.
namespace figure_metrics {
inline constexpr double kPad = 10;  ///< figure edge to the outermost text
inline constexpr double kTickLength = 5;
inline constexpr double kTickGap = 3;   ///< tick end to its label
inline constexpr double kTitleGap = 6;  ///< axis title to tick labels
inline constexpr double kBarWidth = 14;
inline constexpr double kBarGap = 18;  ///< plot (or the previous colourbar block) to a colourbar
}  // namespace figure_metrics

/// One colourbar: each heatmap and arrow layer with a label gets one.
struct ColorbarSpec {
  Colormap colormap = Colormap::Viridis;
  float vmin = 0, vmax = 1;
  QString label;
};

std::vector<ColorbarSpec> colorbarSpecs(const PlotScene& scene);

/// The fonts of a figure (DejaVu Sans, sizes in logical pixels).
struct FigureFonts {
  QFont tick, label, title;
  FigureFonts();
};

struct PlotLayout {
  QRectF figure;
  QRectF plot;                    ///< the data window maps onto this rectangle
  std::vector<QRectF> colorbars;  ///< the bars themselves, one per ColorbarSpec

  static PlotLayout compute(const QRectF& figure, const PlotScene& scene, const core::PlaneRect& view);

  /// The plot area as a GL viewport (origin bottom-left) of a framebuffer of this height in device pixels.
  QRect plotViewport(qreal devicePixelRatio, int framebufferHeightPx) const;

  QPointF toPixel(const core::PlaneRect& view, QPointF data) const;
  QPointF toData(const core::PlaneRect& view, QPointF pixel) const;
};

/// Widens the scene's view so that one unit of x and of y take the same length
/// on a figure drawn into `figure` (circles stay round: 2D walks, the
/// diffusion and GAN planes).
PlotScene withEqualAspect(PlotScene scene, const QRectF& figure);

/// Tick counts that suit an axis of this many logical pixels.
int xTickTarget(double widthPx);
int yTickTarget(double heightPx);

}  // namespace kx::widgets
