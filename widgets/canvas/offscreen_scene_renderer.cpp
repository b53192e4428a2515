#include "widgets/canvas/offscreen_scene_renderer.h"

#include <QOpenGLExtraFunctions>
#include <QPainter>

#include "widgets/canvas/plot_layout.h"
#include "widgets/canvas/scene_overlay_painter.h"
#include "widgets/canvas/scene_renderer.h"

namespace kx::widgets {

OffscreenSceneRenderer::OffscreenSceneRenderer(int samples) : m_samples(samples) {
  const QSurfaceFormat format = canvasSurfaceFormat();
  m_surface.setFormat(format);
  m_surface.create();
  m_context.setFormat(format);
  if (!m_surface.isValid()) {
    m_error = "cannot create an offscreen surface (needs a display: run under X or xvfb-run)";
    return;
  }
  if (!m_context.create()) {
    m_error = "cannot create an OpenGL context";
    return;
  }
  if (!m_context.makeCurrent(&m_surface)) {
    m_error = "cannot make the OpenGL context current";
    return;
  }
  auto renderer = std::make_unique<SceneRenderer>();
  if (renderer->initialize(&m_error)) m_renderer = std::move(renderer);
  m_context.doneCurrent();
}

OffscreenSceneRenderer::~OffscreenSceneRenderer() {
  if (!m_context.isValid()) return;
  // GL objects go while their context is current, exactly once.
  m_context.makeCurrent(&m_surface);
  m_renderer.reset();
  m_fbo.reset();
  m_context.doneCurrent();
}

QString OffscreenSceneRenderer::rendererName() {
  if (!m_context.makeCurrent(&m_surface)) return {};
  auto& gl = *m_context.functions();
  const QString name = QString("%1, %2").arg(reinterpret_cast<const char*>(gl.glGetString(GL_RENDERER)),
                                             reinterpret_cast<const char*>(gl.glGetString(GL_VERSION)));
  m_context.doneCurrent();
  return name;
}

bool OffscreenSceneRenderer::bindFramebuffer(QSize sizePx) {
  if (!isValid() || sizePx.isEmpty() || !m_context.makeCurrent(&m_surface)) return false;
  if (!m_fbo || m_fbo->size() != sizePx) {
    QOpenGLFramebufferObjectFormat format;
    format.setSamples(m_samples);
    m_fbo = std::make_unique<QOpenGLFramebufferObject>(sizePx, format);
  }
  if (!m_fbo->isValid() || !m_fbo->bind()) return false;
  auto& gl = *m_context.functions();
  gl.glViewport(0, 0, sizePx.width(), sizePx.height());
  gl.glClearColor(1, 1, 1, 1);
  gl.glClear(GL_COLOR_BUFFER_BIT);
  return true;
}

QImage OffscreenSceneRenderer::readFramebuffer() {
  QImage image = m_fbo->toImage().convertToFormat(QImage::Format_RGB32);
  m_fbo->release();
  m_context.doneCurrent();
  return image;
}

QImage OffscreenSceneRenderer::renderPlotArea(const PlotScene& scene, const core::PlaneRect& view, QSize sizePx,
                                              qreal devicePixelRatio, bool drawLines) {
  if (!bindFramebuffer(sizePx)) return {};
  m_renderer->render(scene, view, QRect(QPoint(0, 0), sizePx), static_cast<float>(devicePixelRatio), drawLines);
  return readFramebuffer();
}

QImage OffscreenSceneRenderer::renderLayers(const PlotScene& scene, const core::PlaneRect& view,
                                            const PlotLayout& layout, QSize sizePx, qreal devicePixelRatio) {
  if (!bindFramebuffer(sizePx)) return {};
  m_renderer->render(scene, view, layout.plotViewport(devicePixelRatio, sizePx.height()),
                     static_cast<float>(devicePixelRatio));
  return readFramebuffer();
}

QImage OffscreenSceneRenderer::renderFigure(const PlotScene& scene, const core::PlaneRect& view, QSize logicalSize,
                                            qreal devicePixelRatio) {
  const QSize sizePx = (QSizeF(logicalSize) * devicePixelRatio).toSize();
  const PlotLayout layout = PlotLayout::compute(QRectF(QPointF(0, 0), QSizeF(logicalSize)), scene, view);
  QImage image = renderLayers(scene, view, layout, sizePx, devicePixelRatio);
  if (image.isNull()) return {};
  // The furniture is painted by the raster engine on the read-back image: exact
  // text rendering, independent of the GL paint engine.
  image.setDevicePixelRatio(devicePixelRatio);
  QPainter painter(&image);
  SceneOverlayPainter(scene, view, layout).paintDecorations(painter);
  return image;
}

void OffscreenSceneRenderer::drawFrame(const PlotScene& scene, QSize logicalSize) {
  if (!bindFramebuffer(logicalSize)) return;
  const PlotLayout layout = PlotLayout::compute(QRectF(QPointF(0, 0), QSizeF(logicalSize)), scene, scene.view);
  m_renderer->render(scene, scene.view, layout.plotViewport(1.0, logicalSize.height()), 1.0f);
  // As the widget does: the furniture is repainted only when it changes.
  if (m_overlay.size() != logicalSize || !(m_overlayView == scene.view) || !sameDecorations(m_overlayScene, scene)) {
    m_overlay = overlayImage(scene, scene.view, layout, logicalSize, 1.0);
    m_overlayView = scene.view;
    m_overlayScene = decorationsOf(scene);
  }
  m_renderer->drawOverlay(m_overlay, QRect(QPoint(0, 0), logicalSize));
  m_context.functions()->glFinish();
  m_fbo->release();
  m_context.doneCurrent();
}

}  // namespace kx::widgets
