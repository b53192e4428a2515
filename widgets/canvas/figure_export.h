#pragma once
// Figures of a scene for files: the exporters of the shell call these.
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QSize>
#include <QString>
#include <memory>

#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class OffscreenSceneRenderer;

/// While one lives, the figures drawn on its (GUI) thread share one offscreen
/// GL context. Without it each call makes a context and compiles the shaders
/// again, which dominated an animation's export (docs/benchmarks.md, W7).
class SharedOffscreenRenderer {
 public:
  SharedOffscreenRenderer();
  ~SharedOffscreenRenderer();
  SharedOffscreenRenderer(const SharedOffscreenRenderer&) = delete;
  SharedOffscreenRenderer& operator=(const SharedOffscreenRenderer&) = delete;

 private:
  std::unique_ptr<OffscreenSceneRenderer> m_renderer;
};

/// The whole figure (GL plot area plus axes, labels, colourbars, legend and
/// markers) rendered offscreen at logicalSize * devicePixelRatio pixels, with
/// text and line widths scaled by the ratio: a 2x export is a crisp 1x one.
/// A null image, and the reason in `error`, when OpenGL is unavailable.
/// GUI thread only.
QImage renderSceneImage(const PlotScene& scene, QSize logicalSize, qreal devicePixelRatio, QString* error = nullptr);

/// Draws the figure into any painter (QSvgGenerator, QPdfWriter, QImage) in
/// `target` (painter units): the GL layers as one embedded image rendered at
/// target size * `pixelRatio`, everything else, polylines included, as vectors
/// (polylines then lie above the arrows and points, not below as on screen).
/// Fonts are sized in painter units taken as logical pixels: give a QPdfWriter
/// a resolution of 96, or scale the painter, so text keeps its on-screen size.
/// Without OpenGL the plot area says so and the vector parts are still drawn.
/// GUI thread only.
void paintSceneFigure(QPainter& painter, const QRectF& target, const PlotScene& scene, qreal pixelRatio);

}  // namespace kx::widgets
