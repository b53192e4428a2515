#include "widgets/canvas/image_canvas_surface.h"

#include <QPainter>
#include <cmath>

#include "widgets/canvas/gl_canvas.h"
#include "widgets/canvas/offscreen_scene_renderer.h"

namespace kx::widgets {

ImageCanvasSurface::ImageCanvasSurface(GlCanvas& canvas) : QWidget(&canvas), m_canvas(canvas) {
  setAttribute(Qt::WA_TransparentForMouseEvents);  // pan, zoom and clicks belong to the canvas
  setAttribute(Qt::WA_OpaquePaintEvent);           // every pixel is painted
}

ImageCanvasSurface::~ImageCanvasSurface() = default;

void ImageCanvasSurface::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  if (!m_renderer && m_glError.isEmpty()) {
    // No multisampling: on a CPU rasteriser it costs ~65% more per frame (W6).
    m_renderer = std::make_unique<OffscreenSceneRenderer>(0);
    if (!m_renderer->isValid()) m_glError = m_renderer->error();
  }
  if (!m_glError.isEmpty()) {
    painter.fillRect(rect(), QColor(250, 250, 250));
    painter.setPen(QColor(150, 20, 20));
    painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                     "The plot cannot be drawn: OpenGL 3.3 is unavailable.\n" + m_glError);
    return;
  }
  static const PlotScene empty;
  const PlotScene& scene = m_canvas.scene() ? *m_canvas.scene() : empty;
  const core::PlaneRect view = m_canvas.view();
  const PlotLayout layout = m_canvas.layout();
  const qreal dpr = devicePixelRatioF();
  const QSize sizePx(static_cast<int>(std::lround(width() * dpr)), static_cast<int>(std::lround(height() * dpr)));
  QImage layers = m_renderer->renderLayers(scene, view, layout, sizePx, dpr);
  layers.setDevicePixelRatio(dpr);
  painter.drawImage(QPointF(0, 0), layers);
  painter.drawImage(QPointF(0, 0), m_overlay.image(scene, view, layout, sizePx, dpr));
}

}  // namespace kx::widgets
