#include "widgets/canvas/colormap_textures.h"

#include "widgets/canvas/colormap.h"
#include "widgets/canvas/colormap_preference.h"

namespace kx::widgets {

ColormapTextures::~ColormapTextures() {
  for (GLuint& t : m_textures)
    if (t) m_gl.glDeleteTextures(1, &t);
}

void ColormapTextures::bind(Colormap requested, int unit) {
  const Colormap map = resolveColormap(requested);  // one texture per drawn map: a new choice needs no refresh
  GLuint& texture = m_textures[static_cast<int>(map)];
  m_gl.glActiveTexture(GL_TEXTURE0 + unit);
  if (texture) {
    m_gl.glBindTexture(GL_TEXTURE_2D, texture);
    return;
  }
  std::array<unsigned char, 256 * 4> rgba{};
  const auto& table = colormapTable(map);
  for (int i = 0; i < 256; ++i) {
    rgba[4 * i] = static_cast<unsigned char>(qRed(table[i]));
    rgba[4 * i + 1] = static_cast<unsigned char>(qGreen(table[i]));
    rgba[4 * i + 2] = static_cast<unsigned char>(qBlue(table[i]));
    rgba[4 * i + 3] = 255;
  }
  m_gl.glGenTextures(1, &texture);
  m_gl.glBindTexture(GL_TEXTURE_2D, texture);
  m_gl.glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, 256, 1, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
  m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
}

}  // namespace kx::widgets
