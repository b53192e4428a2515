#include "widgets/canvas/gl_canvas_surface.h"

#include <QOpenGLContext>
#include <QOpenGLFunctions>

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

void GlCanvasSurface::paintGL() {
  if (!m_renderer) {
    GlCanvas::paintUnavailable(*this, m_glError.isEmpty() ? "OpenGL initialisation failed" : m_glError);
    return;
  }
  const CanvasPaint p = m_canvas.paintState(devicePixelRatioF());
  auto& gl = *context()->functions();
  gl.glClearColor(1, 1, 1, 1);
  gl.glClear(GL_COLOR_BUFFER_BIT);
  m_renderer->render(*p.scene, p.view, p.layout.plotViewport(p.devicePixelRatio, p.sizePx.height()),
                     static_cast<float>(p.devicePixelRatio));
  m_renderer->drawOverlay(m_overlay.image(*p.scene, p.view, p.layout, p.sizePx, p.devicePixelRatio),
                          QRect(QPoint(0, 0), p.sizePx));
}

}  // namespace kx::widgets
