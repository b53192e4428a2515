#pragma once
// Draws PointLayers as round, antialiased point sprites; on a software
// rasteriser, clouds of kSplatMinPoints or more are splatted on the CPU
// instead (see PointSplatter for why).
#include <QOpenGLExtraFunctions>
#include <QOpenGLShaderProgram>
#include <memory>
#include <vector>

#include "widgets/canvas/colormap_textures.h"
#include "widgets/canvas/gl_program.h"
#include "widgets/canvas/image_renderer.h"
#include "widgets/canvas/plot_scene.h"
#include "widgets/canvas/point_splatter.h"

namespace kx::widgets {

class PointRenderer {
 public:
  static constexpr std::size_t kSplatMinPoints = 20000;

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
    std::unique_ptr<PointSplatter> splatter;  ///< software rasteriser, large layers only
  };
  void upload(Slot& slot, const PointLayer& layer);

  QOpenGLExtraFunctions& m_gl;
  ColormapTextures& m_colormaps;
  std::unique_ptr<QOpenGLShaderProgram> m_program;
  std::vector<Slot> m_slots;
  bool m_softwareRasteriser = false;
  std::unique_ptr<ImageRenderer> m_splatImages;
};

}  // namespace kx::widgets
