#pragma once
// The GAN lab's energy landscape as a lit 3D height field the user can orbit
// (issue 6, docs/math.md §4.1): height = U = -D over the frame's window, coloured
// as the 2D heatmap, with the real (blue) and generated (red) samples drawn
// on the surface. Drag to orbit, wheel to zoom.
#include <QOpenGLBuffer>
#include <QOpenGLExtraFunctions>
#include <QOpenGLShaderProgram>
#include <QOpenGLVertexArrayObject>
#include <QOpenGLWidget>
#include <memory>

#include "core/gan/gan_frame.h"

namespace kx::widgets {

class GanSurfaceView : public QOpenGLWidget, protected QOpenGLExtraFunctions {
  Q_OBJECT
 public:
  explicit GanSurfaceView(QWidget* parent = nullptr);
  ~GanSurfaceView() override;

  void setFrame(std::shared_ptr<const core::gan::GanFrame> frame);
  /// Orbit angles in degrees (yaw about the vertical, pitch above the plane).
  void setOrbit(float yaw, float pitch);
  float yaw() const { return m_yaw; }
  float pitch() const { return m_pitch; }
  /// Empty, or why nothing can be drawn (no shaders, no GL).
  QString error() const { return m_error; }

 protected:
  void initializeGL() override;
  void paintGL() override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void wheelEvent(QWheelEvent* event) override;

 private:
  void upload();
  void releaseGl();

  std::shared_ptr<const core::gan::GanFrame> m_frame;
  bool m_dirty = false;
  std::unique_ptr<QOpenGLShaderProgram> m_program;
  QOpenGLVertexArrayObject m_vao;
  QOpenGLBuffer m_vertices{QOpenGLBuffer::VertexBuffer};
  QOpenGLBuffer m_indices{QOpenGLBuffer::IndexBuffer};
  int m_indexCount = 0, m_surfaceVertices = 0, m_pointCount = 0;
  float m_yaw = -35, m_pitch = 35, m_distance = 3.4f;
  QPoint m_last;
  QString m_error;
};

}  // namespace kx::widgets
