#pragma once
// Draws PointLayers as round, antialiased point sprites.
#include <QOpenGLExtraFunctions>
#include <QOpenGLShaderProgram>
#include <memory>
#include <vector>

#include "widgets/canvas/colormap_textures.h"
#include "widgets/canvas/gl_program.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class PointRenderer {
 public:
  PointRenderer(QOpenGLExtraFunctions& gl, ColormapTextures& colormaps);
  ~PointRenderer();  ///< needs the context current
  PointRenderer(const PointRenderer&) = delete;
  PointRenderer& operator=(const PointRenderer&) = delete;

  bool initialize(QString* error);
  void draw(const std::vector<PointLayer>& layers, const ViewTransform& transform);

 private:
  struct Slot {
    GLuint vao = 0, buffer = 0;
    int count = 0;
    std::vector<QVector2D> cachedPositions;
    std::vector<float> cachedValues;
  };
  void upload(Slot& slot, const PointLayer& layer);

  QOpenGLExtraFunctions& m_gl;
  ColormapTextures& m_colormaps;
  std::unique_ptr<QOpenGLShaderProgram> m_program;
  std::vector<Slot> m_slots;
};

}  // namespace kx::widgets
