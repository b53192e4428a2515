#include "widgets/canvas/heatmap_renderer.h"

#include <QVector4D>

namespace kx::widgets {

HeatmapRenderer::HeatmapRenderer(QOpenGLExtraFunctions& gl, ColormapTextures& colormaps)
    : m_gl(gl), m_colormaps(colormaps) {}

HeatmapRenderer::~HeatmapRenderer() {
  for (Slot& slot : m_slots) {
    if (slot.values) m_gl.glDeleteTextures(1, &slot.values);
    if (slot.shade) m_gl.glDeleteTextures(1, &slot.shade);
  }
  if (m_white) m_gl.glDeleteTextures(1, &m_white);
  if (m_quad) m_gl.glDeleteBuffers(1, &m_quad);
  if (m_vao) m_gl.glDeleteVertexArrays(1, &m_vao);
}

bool HeatmapRenderer::initialize(QString* error) {
  m_program = loadProgram("heatmap", error);
  if (!m_program) return false;
  m_vao = createUnitQuad(m_gl, &m_quad);
  // The shade of layers without one: a single white texel.
  const float one = 1.0f;
  int nx = 0, ny = 0;
  uploadTexture(m_white, nx, ny, 1, 1, &one);
  return true;
}

void HeatmapRenderer::uploadTexture(GLuint& texture, int& allocatedNx, int& allocatedNy, int nx, int ny,
                                    const float* data) {
  if (!texture) {
    m_gl.glGenTextures(1, &texture);
    m_gl.glBindTexture(GL_TEXTURE_2D, texture);
    m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    m_gl.glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  }
  m_gl.glBindTexture(GL_TEXTURE_2D, texture);
  m_gl.glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  if (nx != allocatedNx || ny != allocatedNy) {
    m_gl.glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, nx, ny, 0, GL_RED, GL_FLOAT, data);
    allocatedNx = nx;
    allocatedNy = ny;
  } else {
    m_gl.glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, nx, ny, GL_RED, GL_FLOAT, data);
  }
}

void HeatmapRenderer::upload(Slot& slot, const HeatmapLayer& layer) {
  if (updateCache(slot.cachedValues, layer.values) || slot.nx != layer.nx || slot.ny != layer.ny)
    uploadTexture(slot.values, slot.nx, slot.ny, layer.nx, layer.ny, layer.values.data());
  if (!layer.shade.empty() &&
      (updateCache(slot.cachedShade, layer.shade) || slot.shadeNx != layer.nx || slot.shadeNy != layer.ny))
    uploadTexture(slot.shade, slot.shadeNx, slot.shadeNy, layer.nx, layer.ny, layer.shade.data());
}

void HeatmapRenderer::draw(const std::vector<HeatmapLayer>& layers, const ViewTransform& transform) {
  if (m_slots.size() < layers.size()) m_slots.resize(layers.size());
  m_program->bind();
  setViewUniforms(*m_program, transform);
  m_program->setUniformValue("u_values", 0);
  m_program->setUniformValue("u_shade", 1);
  m_program->setUniformValue("u_colormap", 2);
  m_gl.glBindVertexArray(m_vao);
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const HeatmapLayer& layer = layers[i];
    if (layer.nx <= 0 || layer.ny <= 0 || layer.values.size() != std::size_t(layer.nx) * layer.ny) continue;
    const bool shaded = layer.shade.size() == layer.values.size();
    Slot& slot = m_slots[i];
    upload(slot, layer);
    m_gl.glActiveTexture(GL_TEXTURE0);
    m_gl.glBindTexture(GL_TEXTURE_2D, slot.values);
    m_gl.glActiveTexture(GL_TEXTURE1);
    m_gl.glBindTexture(GL_TEXTURE_2D, shaded ? slot.shade : m_white);
    m_colormaps.bind(layer.colormap, 2);
    const auto& r = layer.rect;
    m_program->setUniformValue("u_rect", QVector4D(r.xMin, r.yMin, r.xMax, r.yMax));
    m_program->setUniformValue("u_range", rangeUniform(layer.vmin, layer.vmax));
    m_program->setUniformValue("u_opacity", layer.opacity);
    m_program->setUniformValue("u_shaded", shaded);
    // An opaque layer replaces what is below: blending it would only make a
    // software rasteriser read the framebuffer back for every pixel.
    if (layer.opacity >= 1.0f) m_gl.glDisable(GL_BLEND);
    m_gl.glDrawArrays(GL_TRIANGLE_STRIP, 0, 4);
    m_gl.glEnable(GL_BLEND);
  }
  m_gl.glBindVertexArray(0);
  m_program->release();
}

}  // namespace kx::widgets
