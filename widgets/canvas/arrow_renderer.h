#pragma once
// Draws ArrowLayers as instanced triangles: one small arrow mesh, one
// instance (position, direction, value) per arrow.
#include <QOpenGLExtraFunctions>
#include <QOpenGLShaderProgram>
#include <memory>
#include <vector>

#include "widgets/canvas/colormap_textures.h"
#include "widgets/canvas/gl_program.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class ArrowRenderer {
 public:
  ArrowRenderer(QOpenGLExtraFunctions& gl, ColormapTextures& colormaps);
  ~ArrowRenderer();  ///< needs the context current
  ArrowRenderer(const ArrowRenderer&) = delete;
  ArrowRenderer& operator=(const ArrowRenderer&) = delete;

  bool initialize(QString* error);
  void draw(const std::vector<ArrowLayer>& layers, const ViewTransform& transform);

 private:
  struct Slot {
    GLuint vao = 0, instances = 0;
    int count = 0;
    std::vector<QVector2D> cachedPositions, cachedDirections;
    std::vector<float> cachedValues;
  };
  void upload(Slot& slot, const ArrowLayer& layer);

  QOpenGLExtraFunctions& m_gl;
  ColormapTextures& m_colormaps;
  std::unique_ptr<QOpenGLShaderProgram> m_program;
  GLuint m_mesh = 0;
  int m_meshVertices = 0;
  std::vector<Slot> m_slots;
};

}  // namespace kx::widgets
