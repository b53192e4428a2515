#pragma once
// Draws LineLayers as antialiased thick lines with optional dashes. The core
// profile has no wide lines, so each segment becomes a quad, built on the CPU
// in device pixels (the dash pattern runs along on-screen arc length). Rebuilt
// only when the lines or the view change; polylines are small next to the
// other layers.
#include <QOpenGLExtraFunctions>
#include <QOpenGLShaderProgram>
#include <memory>
#include <vector>

#include "widgets/canvas/gl_program.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class LineRenderer {
 public:
  explicit LineRenderer(QOpenGLExtraFunctions& gl) : m_gl(gl) {}
  ~LineRenderer();  ///< needs the context current
  LineRenderer(const LineRenderer&) = delete;
  LineRenderer& operator=(const LineRenderer&) = delete;

  bool initialize(QString* error);
  void draw(const std::vector<LineLayer>& lines, const ViewTransform& transform);

 private:
  bool linesChanged(const std::vector<LineLayer>& lines);
  void rebuild(const std::vector<LineLayer>& lines, const ViewTransform& transform);

  QOpenGLExtraFunctions& m_gl;
  std::unique_ptr<QOpenGLShaderProgram> m_program;
  GLuint m_vao = 0, m_buffer = 0;
  std::vector<std::vector<QVector2D>> m_cachedPoints;
  std::vector<float> m_cachedWidths;
  ViewTransform m_cachedTransform;
  std::vector<std::pair<int, int>> m_ranges;  ///< first vertex and count of each line
};

}  // namespace kx::widgets
