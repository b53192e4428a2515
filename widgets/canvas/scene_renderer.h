#pragma once
// Draws the GL layers of a PlotScene into the plot area of the current
// framebuffer: heatmaps, then lines, arrows and points. Owns one renderer per
// kind of layer; each uploads only the data that changed since the last frame.
// Create, use and destroy it with the same context current.
#include <QImage>
#include <QRect>
#include <QString>
#include <QSurfaceFormat>
#include <memory>

#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class ColormapTextures;
class HeatmapRenderer;
class LineRenderer;
class ArrowRenderer;
class PointRenderer;
class ImageRenderer;

class SceneRenderer {
 public:
  SceneRenderer();
  ~SceneRenderer();
  SceneRenderer(const SceneRenderer&) = delete;
  SceneRenderer& operator=(const SceneRenderer&) = delete;

  /// Compiles the shaders; false with a readable reason if the context cannot run them.
  bool initialize(QString* error);

  /// Draws `scene` seen through `view` into `viewportPx` (GL framebuffer
  /// pixels, origin bottom-left) on a white background. `devicePixelRatio`
  /// scales the on-screen sizes (arrow length, point size, line width).
  /// Without `drawLines` the polylines are left to a vector painter.
  void render(const PlotScene& scene, const core::PlaneRect& view, const QRect& viewportPx, float devicePixelRatio,
              bool drawLines = true);

  /// Composites `overlay` (see overlayImage()) over the framebuffer region `viewportPx`.
  void drawOverlay(const QImage& overlay, const QRect& viewportPx);

 private:
  std::unique_ptr<ColormapTextures> m_colormaps;
  std::unique_ptr<HeatmapRenderer> m_heatmaps;
  std::unique_ptr<LineRenderer> m_lines;
  std::unique_ptr<ArrowRenderer> m_arrows;
  std::unique_ptr<PointRenderer> m_points;
  std::unique_ptr<ImageRenderer> m_overlay;  ///< the furniture image
};

/// The GL version the canvas asks for (3.3 core), and whether the current context provides it.
QSurfaceFormat canvasSurfaceFormat();
QString currentContextProblem();

/// Whether a GL_RENDERER string names a CPU rasteriser (llvmpipe and the like),
/// where per-primitive costs and multisampling are expensive.
bool isSoftwareRasteriser(const QString& glRenderer);

}  // namespace kx::widgets
