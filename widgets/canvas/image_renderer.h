#pragma once
// Composites a premultiplied image over the current viewport. Two uses: the
// figure furniture (axes, labels, colourbars, legend, markers), painted by the
// raster engine into a transparent image, and large point clouds splatted on
// the CPU (PointSplatter). Painting the furniture with the raster engine
// rather than QPainter on the GL framebuffer keeps the widget's text identical
// to the exported figures, and avoids the GL paint engine's state interplay
// with raw GL (on this Qt and Mesa, QPainter on a QOpenGLWidget drew nothing
// once raw GL had run in paintGL).
#include <QImage>
#include <QOpenGLExtraFunctions>
#include <QOpenGLShaderProgram>
#include <QString>
#include <memory>

namespace kx::widgets {

class ImageRenderer {
 public:
  explicit ImageRenderer(QOpenGLExtraFunctions& gl) : m_gl(gl) {}
  ~ImageRenderer();  ///< needs the context current
  ImageRenderer(const ImageRenderer&) = delete;
  ImageRenderer& operator=(const ImageRenderer&) = delete;

  bool initialize(QString* error);
  /// Draws `image` (premultiplied alpha, the size of the viewport) over the
  /// whole current viewport; uploads it only when it is a different image.
  /// Leaves blending on, with the layers' usual blend function.
  void draw(const QImage& image);

 private:
  QOpenGLExtraFunctions& m_gl;
  std::unique_ptr<QOpenGLShaderProgram> m_program;
  GLuint m_vao = 0, m_quad = 0, m_texture = 0;
  qint64 m_uploadedKey = 0;
  QSize m_textureSize;
};

}  // namespace kx::widgets
