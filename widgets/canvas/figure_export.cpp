#include "widgets/canvas/figure_export.h"

#include "widgets/canvas/offscreen_scene_renderer.h"
#include "widgets/canvas/plot_layout.h"
#include "widgets/canvas/scene_overlay_painter.h"

namespace kx::widgets {
namespace {

/// The renderer of the innermost SharedOffscreenRenderer on this thread.
thread_local OffscreenSceneRenderer* t_shared = nullptr;

/// Calls `draw` with the shared renderer, or with one made for this call.
template <class Draw>
auto withRenderer(Draw draw) {
  if (t_shared) return draw(*t_shared);
  OffscreenSceneRenderer renderer;
  return draw(renderer);
}

}  // namespace

SharedOffscreenRenderer::SharedOffscreenRenderer() {
  if (t_shared) return;  // an outer one is already shared
  m_renderer = std::make_unique<OffscreenSceneRenderer>();
  t_shared = m_renderer.get();
}

SharedOffscreenRenderer::~SharedOffscreenRenderer() {
  if (m_renderer) t_shared = nullptr;
}

QImage renderSceneImage(const PlotScene& scene, QSize logicalSize, qreal devicePixelRatio, QString* error) {
  if (logicalSize.isEmpty() || !(devicePixelRatio > 0)) {
    if (error) *error = "empty image size";
    return {};
  }
  return withRenderer([&](OffscreenSceneRenderer& renderer) {
    QImage image;
    if (renderer.isValid()) image = renderer.renderFigure(scene, scene.view, logicalSize, devicePixelRatio);
    if (image.isNull() && error)
      *error = renderer.isValid() ? QString("cannot render a %1 x %2 image offscreen")
                                        .arg(logicalSize.width() * devicePixelRatio)
                                        .arg(logicalSize.height() * devicePixelRatio)
                                  : renderer.error();
    return image;
  });
}

void paintSceneFigure(QPainter& painter, const QRectF& target, const PlotScene& scene, qreal pixelRatio) {
  const PlotLayout layout = PlotLayout::compute(target, scene, scene.view);
  const SceneOverlayPainter overlay(scene, scene.view, layout);
  overlay.paintBackground(painter);

  const QSize sizePx = (layout.plot.size() * pixelRatio).toSize();
  withRenderer([&](OffscreenSceneRenderer& renderer) {
    const QImage plotImage =
        renderer.isValid() ? renderer.renderPlotArea(scene, scene.view, sizePx, pixelRatio, false) : QImage();
    if (!plotImage.isNull()) {
      painter.drawImage(layout.plot, plotImage);
    } else {
      painter.fillRect(layout.plot, QColor(245, 245, 245));
      painter.setPen(Qt::darkRed);
      painter.drawText(
          layout.plot, Qt::AlignCenter | Qt::TextWordWrap,
          "Plot layers not drawn: " + (renderer.isValid() ? "offscreen rendering failed" : renderer.error()));
    }
  });
  overlay.paintLines(painter);
  overlay.paintDecorations(painter);
}

}  // namespace kx::widgets
