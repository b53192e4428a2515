#include "widgets/canvas/scene_renderer.h"

#include <QOpenGLContext>
#include <QSurfaceFormat>

#include "widgets/canvas/arrow_renderer.h"
#include "widgets/canvas/colormap_textures.h"
#include "widgets/canvas/heatmap_renderer.h"
#include "widgets/canvas/image_renderer.h"
#include "widgets/canvas/line_renderer.h"
#include "widgets/canvas/point_renderer.h"

namespace kx::widgets {

QSurfaceFormat canvasSurfaceFormat() {
  QSurfaceFormat format;
  format.setRenderableType(QSurfaceFormat::OpenGL);
  format.setVersion(3, 3);
  format.setProfile(QSurfaceFormat::CoreProfile);
  format.setAlphaBufferSize(8);
  return format;
}

QString currentContextProblem() {
  QOpenGLContext* context = QOpenGLContext::currentContext();
  if (!context || !context->isValid()) return "no current OpenGL context";
  if (context->isOpenGLES()) return "OpenGL ES context; desktop OpenGL 3.3 core is required";
  const auto [major, minor] = context->format().version();
  if (major < 3 || (major == 3 && minor < 3))
    return QString("OpenGL %1.%2 context; 3.3 or later is required").arg(major).arg(minor);
  return {};
}

bool isSoftwareRasteriser(const QString& glRenderer) {
  return glRenderer.contains("llvmpipe") || glRenderer.contains("softpipe") || glRenderer.contains("swrast") ||
         glRenderer.contains("SwiftShader");
}

SceneRenderer::SceneRenderer() = default;
SceneRenderer::~SceneRenderer() = default;

bool SceneRenderer::initialize(QString* error) {
  if (const QString problem = currentContextProblem(); !problem.isEmpty()) {
    if (error) *error = problem;
    return false;
  }
  QOpenGLExtraFunctions& gl = *QOpenGLContext::currentContext()->extraFunctions();
  m_colormaps = std::make_unique<ColormapTextures>(gl);
  m_heatmaps = std::make_unique<HeatmapRenderer>(gl, *m_colormaps);
  m_lines = std::make_unique<LineRenderer>(gl);
  m_arrows = std::make_unique<ArrowRenderer>(gl, *m_colormaps);
  m_points = std::make_unique<PointRenderer>(gl, *m_colormaps);
  m_overlay = std::make_unique<ImageRenderer>(gl);
  return m_heatmaps->initialize(error) && m_lines->initialize(error) && m_arrows->initialize(error) &&
         m_points->initialize(error) && m_overlay->initialize(error);
}

void SceneRenderer::render(const PlotScene& scene, const core::PlaneRect& view, const QRect& viewportPx,
                           float devicePixelRatio, bool drawLines) {
  QOpenGLExtraFunctions& gl = *QOpenGLContext::currentContext()->extraFunctions();
  gl.glViewport(viewportPx.x(), viewportPx.y(), viewportPx.width(), viewportPx.height());
  gl.glEnable(GL_SCISSOR_TEST);
  gl.glScissor(viewportPx.x(), viewportPx.y(), viewportPx.width(), viewportPx.height());
  gl.glClearColor(1, 1, 1, 1);
  gl.glClear(GL_COLOR_BUFFER_BIT);
  gl.glDisable(GL_DEPTH_TEST);
  gl.glDisable(GL_CULL_FACE);
  gl.glEnable(GL_BLEND);
  // Alpha accumulates to 1 so the window compositor shows what the FBO holds
  // (docs/architecture.md, "OpenGL and headless runs").
  gl.glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);

  const ViewTransform transform{view, static_cast<float>(viewportPx.width()), static_cast<float>(viewportPx.height()),
                                devicePixelRatio};
  if (view.width() > 0 && view.height() > 0) {
    m_heatmaps->draw(scene.heatmaps, transform);
    if (drawLines) m_lines->draw(scene.lines, transform);
    m_arrows->draw(scene.arrows, transform);
    m_points->draw(scene.points, transform);
  }
  gl.glDisable(GL_SCISSOR_TEST);
  gl.glDisable(GL_BLEND);
  gl.glActiveTexture(GL_TEXTURE0);
}

void SceneRenderer::drawOverlay(const QImage& overlay, const QRect& viewportPx) {
  QOpenGLExtraFunctions& gl = *QOpenGLContext::currentContext()->extraFunctions();
  gl.glViewport(viewportPx.x(), viewportPx.y(), viewportPx.width(), viewportPx.height());
  m_overlay->draw(overlay);
}

}  // namespace kx::widgets
