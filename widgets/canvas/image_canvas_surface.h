#pragma once
// The canvas's surface on a software rasteriser (llvmpipe): a plain widget
// that draws the GL layers offscreen, reads them back and paints them with
// the furniture. A QOpenGLWidget anywhere in a window makes Qt compose the
// whole window through OpenGL at every repaint, which on a CPU rasteriser
// cost tens of milliseconds a frame whatever changed (docs/benchmarks.md, "W6
// per lab"); this keeps the window on the raster backing store. On a GPU the
// canvas keeps its QOpenGLWidget (GlCanvasSurface).
#include <QWidget>
#include <memory>

#include "widgets/canvas/canvas_overlay.h"

namespace kx::widgets {

class GlCanvas;
class OffscreenSceneRenderer;

class ImageCanvasSurface : public QWidget {
 public:
  explicit ImageCanvasSurface(GlCanvas& canvas);
  ~ImageCanvasSurface() override;

  /// Why the offscreen renderer failed; empty while it draws.
  QString glError() const { return m_glError; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  GlCanvas& m_canvas;
  std::unique_ptr<OffscreenSceneRenderer> m_renderer;  ///< made at the first paint (GUI thread)
  CanvasOverlay m_overlay;
  QString m_glError;
};

}  // namespace kx::widgets
