#pragma once
// Renders scenes without a window: an offscreen surface, its own GL context
// and a framebuffer object. Used by the PNG/SVG/PDF exporters and by the W6
// benchmark. Create and use it on the GUI thread (QOffscreenSurface needs it).
#include <QImage>
#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFramebufferObject>
#include <memory>

#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class SceneRenderer;
struct PlotLayout;

class OffscreenSceneRenderer {
 public:
  /// `samples`: multisampling of the framebuffer (4 smooths arrow edges in exports).
  explicit OffscreenSceneRenderer(int samples = 4);
  ~OffscreenSceneRenderer();
  OffscreenSceneRenderer(const OffscreenSceneRenderer&) = delete;
  OffscreenSceneRenderer& operator=(const OffscreenSceneRenderer&) = delete;

  bool isValid() const { return m_renderer != nullptr; }
  /// Why there is no GL, when !isValid().
  const QString& error() const { return m_error; }
  /// GL_RENDERER and GL_VERSION of the context.
  QString rendererName();

  /// The whole figure: GL plot area plus the QPainter axes, labels, colourbars,
  /// legend and markers, at logicalSize * devicePixelRatio pixels.
  QImage renderFigure(const PlotScene& scene, const core::PlaneRect& view, QSize logicalSize, qreal devicePixelRatio);

  /// A canvas's GL layers, laid out as `layout`, on a white image of `sizePx`
  /// device pixels (without the furniture): what the canvas draws on a
  /// software rasteriser (ImageCanvasSurface), and renderFigure's base.
  QImage renderLayers(const PlotScene& scene, const core::PlaneRect& view, const PlotLayout& layout, QSize sizePx,
                      qreal devicePixelRatio);

  /// The plot area alone (GL layers, white background), `sizePx` device pixels.
  QImage renderPlotArea(const PlotScene& scene, const core::PlaneRect& view, QSize sizePx, qreal devicePixelRatio,
                        bool drawLines);

  /// One frame as the on-screen canvas draws it when the data and the view
  /// change (GL layers, the furniture painted into an image and composited),
  /// finished with glFinish and not read back: what the W6 benchmark times.
  void drawFrame(const PlotScene& scene, QSize logicalSize);

 private:
  bool bindFramebuffer(QSize sizePx);
  QImage readFramebuffer();

  int m_samples;
  QOffscreenSurface m_surface;
  QOpenGLContext m_context;
  std::unique_ptr<QOpenGLFramebufferObject> m_fbo;
  std::unique_ptr<SceneRenderer> m_renderer;
  QString m_error;
  // drawFrame's furniture and what it was painted from (the scene without its data).
  QImage m_overlay;
  core::PlaneRect m_overlayView;
  PlotScene m_overlayScene;
};

}  // namespace kx::widgets
