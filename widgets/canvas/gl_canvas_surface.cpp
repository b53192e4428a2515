#include "widgets/canvas/gl_canvas_surface.h"

#include <QOpenGLContext>
#include <QOpenGLFunctions>
#include <QPainter>
#include <cmath>

#include "widgets/canvas/gl_canvas.h"
#include "widgets/canvas/scene_renderer.h"

namespace kx::widgets {

GlCanvasSurface::GlCanvasSurface(GlCanvas& canvas, bool multisample) : QOpenGLWidget(&canvas), m_canvas(canvas) {
  setAttribute(Qt::WA_TransparentForMouseEvents);  // pan, zoom and clicks belong to the canvas
  QSurfaceFormat format = canvasSurfaceFormat();
  if (multisample) format.setSamples(4);
  setFormat(format);
}

GlCanvasSurface::~GlCanvasSurface() {
  // Clean up here and not again on aboutToBeDestroyed (docs/architecture.md,
  // "OpenGL and headless runs").
  if (context()) disconnect(context(), &QOpenGLContext::aboutToBeDestroyed, this, nullptr);
  releaseGl();
}

void GlCanvasSurface::releaseGl() {
  if (!m_renderer) return;
  makeCurrent();
  m_renderer.reset();
  doneCurrent();
}

void GlCanvasSurface::initializeGL() {
  connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &GlCanvasSurface::releaseGl);
  if (const QString problem = currentContextProblem(); !problem.isEmpty()) {
    m_glError = problem;
    return;
  }
  auto renderer = std::make_unique<SceneRenderer>();
  if (renderer->initialize(&m_glError)) m_renderer = std::move(renderer);
}

void GlCanvasSurface::paintMessage(const QString& text) {
  QPainter painter(this);
  painter.fillRect(rect(), QColor(250, 250, 250));
  painter.setPen(QColor(150, 20, 20));
  painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                   "The plot cannot be drawn: OpenGL 3.3 is unavailable.\n" + text);
}

void GlCanvasSurface::paintGL() {
  if (!m_renderer) {
    paintMessage(m_glError.isEmpty() ? "OpenGL initialisation failed" : m_glError);
    return;
  }
  static const PlotScene empty;
  const PlotScene& scene = m_canvas.scene() ? *m_canvas.scene() : empty;
  const core::PlaneRect view = m_canvas.view();
  const PlotLayout layout = m_canvas.layout();
  const qreal dpr = devicePixelRatioF();
  const QSize sizePx(static_cast<int>(std::lround(width() * dpr)), static_cast<int>(std::lround(height() * dpr)));
  auto& gl = *context()->functions();
  gl.glClearColor(1, 1, 1, 1);
  gl.glClear(GL_COLOR_BUFFER_BIT);
  m_renderer->render(scene, view, layout.plotViewport(dpr, sizePx.height()), static_cast<float>(dpr));
  m_renderer->drawOverlay(m_overlay.image(scene, view, layout, sizePx, dpr), QRect(QPoint(0, 0), sizePx));
}

}  // namespace kx::widgets
