#include "widgets/canvas/gl_program.h"

#include <QVector2D>
#include <QVector4D>

namespace kx::widgets {

std::unique_ptr<QOpenGLShaderProgram> loadProgram(const QString& name, QString* error) {
  auto program = std::make_unique<QOpenGLShaderProgram>();
  const QString base = ":/shaders/" + name;
  if (!program->addShaderFromSourceFile(QOpenGLShader::Vertex, base + ".vert") ||
      !program->addShaderFromSourceFile(QOpenGLShader::Fragment, base + ".frag") || !program->link()) {
    if (error) *error = QString("shader '%1' failed: %2").arg(name, program->log().trimmed());
    return nullptr;
  }
  return program;
}

void setViewUniforms(QOpenGLShaderProgram& program, const ViewTransform& transform) {
  const auto& v = transform.view;
  program.setUniformValue("u_view", QVector4D(v.xMin, v.yMin, v.xMax, v.yMax));
  program.setUniformValue("u_viewportPx", QVector2D(transform.widthPx, transform.heightPx));
}

QVector2D rangeUniform(float vmin, float vmax) {
  const float span = vmax - vmin;
  return QVector2D(vmin, span != 0.0f ? 1.0f / span : 0.0f);
}

GLuint createUnitQuad(QOpenGLExtraFunctions& gl, GLuint* buffer) {
  const float corners[] = {0, 0, 1, 0, 0, 1, 1, 1};
  GLuint vao = 0;
  gl.glGenVertexArrays(1, &vao);
  gl.glBindVertexArray(vao);
  gl.glGenBuffers(1, buffer);
  gl.glBindBuffer(GL_ARRAY_BUFFER, *buffer);
  gl.glBufferData(GL_ARRAY_BUFFER, sizeof(corners), corners, GL_STATIC_DRAW);
  gl.glEnableVertexAttribArray(0);
  gl.glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
  gl.glBindVertexArray(0);
  return vao;
}

}  // namespace kx::widgets
