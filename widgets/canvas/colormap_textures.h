#pragma once
// The colormap tables as 256 x 1 RGBA textures, created on first use and
// shared by every layer of one GL context.
#include <QOpenGLExtraFunctions>
#include <array>

#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class ColormapTextures {
 public:
  explicit ColormapTextures(QOpenGLExtraFunctions& gl) : m_gl(gl) {}
  ~ColormapTextures();  ///< needs the context current
  ColormapTextures(const ColormapTextures&) = delete;
  ColormapTextures& operator=(const ColormapTextures&) = delete;

  /// Binds the texture of resolveColormap(requested) (the user's choice for
  /// Viridis) to texture unit `unit`.
  void bind(Colormap requested, int unit);

 private:
  QOpenGLExtraFunctions& m_gl;
  std::array<GLuint, 5> m_textures{};
};

}  // namespace kx::widgets
