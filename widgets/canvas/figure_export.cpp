#include "widgets/canvas/figure_export.h"

#include "widgets/canvas/offscreen_scene_renderer.h"
#include "widgets/canvas/plot_layout.h"
#include "widgets/canvas/scene_overlay_painter.h"

namespace kx::widgets {

QImage renderSceneImage(const PlotScene& scene, QSize logicalSize, qreal devicePixelRatio, QString* error) {
  if (logicalSize.isEmpty() || !(devicePixelRatio > 0)) {
    if (error) *error = "empty image size";
    return {};
  }
  OffscreenSceneRenderer renderer;
  QImage image;
  if (renderer.isValid()) image = renderer.renderFigure(scene, scene.view, logicalSize, devicePixelRatio);
  if (image.isNull() && error)
    *error = renderer.isValid() ? QString("cannot render a %1 x %2 image offscreen")
                                      .arg(logicalSize.width() * devicePixelRatio)
                                      .arg(logicalSize.height() * devicePixelRatio)
                                : renderer.error();
  return image;
}

void paintSceneFigure(QPainter& painter, const QRectF& target, const PlotScene& scene, qreal pixelRatio) {
  const PlotLayout layout = PlotLayout::compute(target, scene, scene.view);
  const SceneOverlayPainter overlay(scene, scene.view, layout);
  overlay.paintBackground(painter);

  OffscreenSceneRenderer renderer;
  const QSize sizePx = (layout.plot.size() * pixelRatio).toSize();
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
  overlay.paintLines(painter);
  overlay.paintDecorations(painter);
}

}  // namespace kx::widgets
