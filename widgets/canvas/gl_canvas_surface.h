#pragma once
// The GL half of GlCanvas: a QOpenGLWidget child that draws the canvas's
// scene in the canvas's view. It exists only where an OpenGL 3.3 context can
// be created (docs/architecture.md, "OpenGL and headless runs": a QOpenGLWidget
// anywhere in a window crashes Qt 6.4 on platforms without GL), and takes no
// mouse input: the canvas does.
#include <QImage>
#include <QOpenGLWidget>
#include <memory>

#include "widgets/canvas/canvas_overlay.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class GlCanvas;
class SceneRenderer;

class GlCanvasSurface : public QOpenGLWidget {
 public:
  GlCanvasSurface(GlCanvas& canvas, bool multisample);
  ~GlCanvasSurface() override;

  /// Why initialisation failed; empty while the surface draws normally.
  QString glError() const { return m_glError; }

 protected:
  void initializeGL() override;
  void paintGL() override;

 private:
  void releaseGl();

  GlCanvas& m_canvas;
  std::unique_ptr<SceneRenderer> m_renderer;
  QString m_glError;

  CanvasOverlay m_overlay;  ///< axes, labels, colourbars, legend, markers
};

}  // namespace kx::widgets
