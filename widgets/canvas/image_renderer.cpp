#include "widgets/canvas/image_renderer.h"

#include "widgets/canvas/gl_program.h"

namespace kx::widgets {

ImageRenderer::~ImageRenderer() {
  if (m_texture) m_gl.glDeleteTextures(1, &m_texture);
  if (m_quad) m_gl.glDeleteBuffers(1, &m_quad);
  if (m_vao) m_gl.glDeleteVertexArrays(1, &m_vao);
}

bool ImageRenderer::initialize(QString* error) {
  m_program = loadProgram("image", error);
  if (!m_program) return false;
  m_vao = createUnitQuad(m_gl, &m_quad);
  m_gl.glGenTextures(1, &m_texture);
  m_gl.glBindTexture(GL_TEXTURE_2D, m_texture);
  // One image pixel per framebuffer pixel: nearest keeps text crisp.
  m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  return true;
}

void ImageRenderer::draw(const QImage& image) {
  if (image.isNull()) return;
  m_gl.glActiveTexture(GL_TEXTURE0);
  m_gl.glBindTexture(GL_TEXTURE_2D, m_texture);
  if (image.cacheKey() != m_uploadedKey) {
    const QImage rgba = image.convertToFormat(QImage::Format_RGBA8888_Premultiplied);
    m_gl.glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    if (rgba.size() != m_textureSize) {
      m_gl.glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, rgba.width(), rgba.height(), 0, GL_RGBA, GL_UNSIGNED_BYTE,
                        rgba.constBits());
      m_textureSize = rgba.size();
    } else {
      m_gl.glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, rgba.width(), rgba.height(), GL_RGBA, GL_UNSIGNED_BYTE,
                           rgba.constBits());
    }
    m_uploadedKey = image.cacheKey();
  }
  m_gl.glEnable(GL_BLEND);
  m_gl.glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // premultiplied "over"; alpha stays 1
  m_program->bind();
  m_program->setUniformValue("u_image", 0);
  m_gl.glBindVertexArray(m_vao);
  m_gl.glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
  m_gl.glBindVertexArray(0);
  m_program->release();
  // Back to the blending every other layer uses (see SceneRenderer::render).
  m_gl.glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

}  // namespace kx::widgets
