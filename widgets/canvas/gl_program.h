#pragma once
// Shared pieces of the GL layer renderers: building a program from the
// shader files embedded as resources (:/shaders/NAME.vert, NAME.frag), and
// the data-to-clip-space uniforms every layer uses.
#include <QOpenGLExtraFunctions>
#include <QOpenGLShaderProgram>
#include <QString>
#include <QVector2D>
#include <cstring>
#include <memory>
#include <vector>

#include "core/util/plane_rect.h"

namespace kx::widgets {

/// The program of shaders/NAME.vert + NAME.frag, or null with the compiler's message in `error`.
std::unique_ptr<QOpenGLShaderProgram> loadProgram(const QString& name, QString* error);

/// What a layer needs to place itself: the data window and the size of the viewport in device pixels.
struct ViewTransform {
  core::PlaneRect view;
  float widthPx = 1, heightPx = 1;
  float devicePixelRatio = 1;

  bool operator==(const ViewTransform&) const = default;
};

/// Sets u_view (xMin, yMin, xMax, yMax) and u_viewportPx on the bound program.
void setViewUniforms(QOpenGLShaderProgram& program, const ViewTransform& transform);

/// Copies `data` into `cache` when they differ and says whether they did:
/// layers upload to the GPU only what changed since the last frame.
template <typename T>
bool updateCache(std::vector<T>& cache, const std::vector<T>& data) {
  if (cache.size() == data.size() &&
      (data.empty() || std::memcmp(cache.data(), data.data(), data.size() * sizeof(T)) == 0))
    return false;
  cache = data;
  return true;
}

/// A vertex array of the unit square's corners (0,0) (1,0) (0,1) (1,1) as
/// attribute 0, for a triangle strip; its buffer goes to `buffer`. The layers
/// that draw one textured rectangle (heatmaps, images) stretch it in the shader.
GLuint createUnitQuad(QOpenGLExtraFunctions& gl, GLuint* buffer);

/// u_range = (vmin, 1 / (vmax - vmin)), guarded against an empty range.
QVector2D rangeUniform(float vmin, float vmax);

}  // namespace kx::widgets
