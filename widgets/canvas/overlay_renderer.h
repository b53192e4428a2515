#pragma once
// Composites the QPainter-drawn figure furniture (axes, labels, colourbars,
// legend, markers), painted by the raster engine into a transparent image,
// over the GL layers. Painting with the raster engine rather than QPainter on
// the GL framebuffer keeps the widget's text identical to the exported
// figures, and avoids the GL paint engine's state interplay with raw GL
// (on this Qt and Mesa, QPainter on QOpenGLWidget drew nothing after raw GL).
#include <QImage>
#include <QOpenGLExtraFunctions>
#include <QOpenGLShaderProgram>
#include <memory>

namespace kx::widgets {

class OverlayRenderer {
 public:
  explicit OverlayRenderer(QOpenGLExtraFunctions& gl) : m_gl(gl) {}
  ~OverlayRenderer();  ///< needs the context current
  OverlayRenderer(const OverlayRenderer&) = delete;
  OverlayRenderer& operator=(const OverlayRenderer&) = delete;

  bool initialize(QString* error);
  /// Draws `image` (premultiplied alpha, the size of the viewport) over the
  /// whole current viewport; uploads it only when it is a different image.
  void draw(const QImage& image);

 private:
  QOpenGLExtraFunctions& m_gl;
  std::unique_ptr<QOpenGLShaderProgram> m_program;
  GLuint m_vao = 0, m_quad = 0, m_texture = 0;
  qint64 m_uploadedKey = 0;
  QSize m_textureSize;
};

}  // namespace kx::widgets
