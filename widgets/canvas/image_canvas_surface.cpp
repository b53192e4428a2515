#include "widgets/canvas/image_canvas_surface.h"

#include <QPainter>

#include "widgets/canvas/gl_canvas.h"
#include "widgets/canvas/offscreen_scene_renderer.h"

namespace kx::widgets {

ImageCanvasSurface::ImageCanvasSurface(GlCanvas& canvas) : QWidget(&canvas), m_canvas(canvas) {
  setAttribute(Qt::WA_TransparentForMouseEvents);  // pan, zoom and clicks belong to the canvas
  setAttribute(Qt::WA_OpaquePaintEvent);           // every pixel is painted
}

ImageCanvasSurface::~ImageCanvasSurface() = default;

void ImageCanvasSurface::paintEvent(QPaintEvent*) {
  if (!m_renderer && m_glError.isEmpty()) {
    // No multisampling: on a CPU rasteriser it costs ~65% more per frame (W6).
    m_renderer = std::make_unique<OffscreenSceneRenderer>(0);
    if (!m_renderer->isValid()) m_glError = m_renderer->error();
  }
  if (!m_glError.isEmpty()) return GlCanvas::paintUnavailable(*this, m_glError);
  const CanvasPaint p = m_canvas.paintState(devicePixelRatioF());
  QImage layers = m_renderer->renderLayers(*p.scene, p.view, p.layout, p.sizePx, p.devicePixelRatio);
  layers.setDevicePixelRatio(p.devicePixelRatio);
  QPainter painter(this);
  painter.drawImage(QPointF(0, 0), layers);
  painter.drawImage(QPointF(0, 0), m_overlay.image(*p.scene, p.view, p.layout, p.sizePx, p.devicePixelRatio));
}

}  // namespace kx::widgets
