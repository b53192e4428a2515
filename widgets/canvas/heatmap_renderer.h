#pragma once
// Draws HeatmapLayers: a float texture per layer (and its shade), colour-mapped
// in the fragment shader through a 256 x 1 colormap texture.
#include <QOpenGLExtraFunctions>
#include <QOpenGLShaderProgram>
#include <memory>
#include <vector>

#include "widgets/canvas/colormap_textures.h"
#include "widgets/canvas/gl_program.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class HeatmapRenderer {
 public:
  HeatmapRenderer(QOpenGLExtraFunctions& gl, ColormapTextures& colormaps);
  ~HeatmapRenderer();  ///< needs the context current
  HeatmapRenderer(const HeatmapRenderer&) = delete;
  HeatmapRenderer& operator=(const HeatmapRenderer&) = delete;

  bool initialize(QString* error);
  void draw(const std::vector<HeatmapLayer>& layers, const ViewTransform& transform);

 private:
  struct Slot {
    GLuint values = 0, shade = 0;
    int nx = 0, ny = 0, shadeNx = 0, shadeNy = 0;
    std::vector<float> cachedValues, cachedShade;
  };
  void upload(Slot& slot, const HeatmapLayer& layer);
  void uploadTexture(GLuint& texture, int& allocatedNx, int& allocatedNy, int nx, int ny, const float* data);

  QOpenGLExtraFunctions& m_gl;
  ColormapTextures& m_colormaps;
  std::unique_ptr<QOpenGLShaderProgram> m_program;
  GLuint m_vao = 0, m_quad = 0, m_white = 0;
  std::vector<Slot> m_slots;
};

}  // namespace kx::widgets
