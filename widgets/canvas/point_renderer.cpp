#include "widgets/canvas/point_renderer.h"

#include <QVector4D>

#include "widgets/canvas/scene_renderer.h"

// Core-profile name, missing from the ES-flavoured headers Qt may include.
#ifndef GL_PROGRAM_POINT_SIZE
#define GL_PROGRAM_POINT_SIZE 0x8642
#endif

namespace kx::widgets {

PointRenderer::PointRenderer(QOpenGLExtraFunctions& gl, ColormapTextures& colormaps)
    : m_gl(gl), m_colormaps(colormaps) {}

PointRenderer::~PointRenderer() {
  for (Slot& slot : m_slots) {
    if (slot.buffer) m_gl.glDeleteBuffers(1, &slot.buffer);
    if (slot.vao) m_gl.glDeleteVertexArrays(1, &slot.vao);
  }
}

bool PointRenderer::initialize(QString* error) {
  m_program = loadProgram("point", error);
  if (!m_program) return false;
  const QString renderer = QString::fromLatin1(reinterpret_cast<const char*>(m_gl.glGetString(GL_RENDERER)));
  m_softwareRasteriser = isSoftwareRasteriser(renderer);
  m_splatImages = std::make_unique<ImageRenderer>(m_gl);
  return m_splatImages->initialize(error);
}

void PointRenderer::upload(Slot& slot, const PointLayer& layer) {
  const bool changed =
      updateCache(slot.cachedPositions, layer.positions) | updateCache(slot.cachedValues, layer.values);
  if (slot.vao && !changed) return;
  if (!slot.vao) {
    m_gl.glGenVertexArrays(1, &slot.vao);
    m_gl.glGenBuffers(1, &slot.buffer);
    m_gl.glBindVertexArray(slot.vao);
    m_gl.glBindBuffer(GL_ARRAY_BUFFER, slot.buffer);
    m_gl.glEnableVertexAttribArray(0);
    m_gl.glEnableVertexAttribArray(1);
    m_gl.glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 3 * sizeof(float), nullptr);
    m_gl.glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, 3 * sizeof(float), reinterpret_cast<void*>(2 * sizeof(float)));
  }
  const bool withValues = layer.values.size() == layer.positions.size();
  std::vector<float> data(3 * layer.positions.size());
  for (std::size_t i = 0; i < layer.positions.size(); ++i) {
    data[3 * i] = layer.positions[i].x();
    data[3 * i + 1] = layer.positions[i].y();
    data[3 * i + 2] = withValues ? layer.values[i] : 0.0f;
  }
  m_gl.glBindBuffer(GL_ARRAY_BUFFER, slot.buffer);
  m_gl.glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(),
                    GL_DYNAMIC_DRAW);
  slot.count = static_cast<int>(layer.positions.size());
}

void PointRenderer::draw(const std::vector<PointLayer>& layers, const ViewTransform& transform) {
  if (m_slots.size() < layers.size()) m_slots.resize(layers.size());
  m_gl.glEnable(GL_PROGRAM_POINT_SIZE);
  m_program->bind();
  setViewUniforms(*m_program, transform);
  m_program->setUniformValue("u_colormap", 0);
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const PointLayer& layer = layers[i];
    Slot& slot = m_slots[i];
    if (m_softwareRasteriser && layer.positions.size() >= kSplatMinPoints) {
      if (!slot.splatter) slot.splatter = std::make_unique<PointSplatter>();
      m_splatImages->draw(slot.splatter->render(layer, transform));
      m_program->bind();
      continue;
    }
    upload(slot, layer);
    if (slot.count == 0) continue;
    m_colormaps.bind(layer.colormap, 0);
    const QColor c = layer.color;
    m_program->setUniformValue("u_useValues", layer.values.size() == layer.positions.size());
    m_program->setUniformValue("u_color", QVector4D(c.redF(), c.greenF(), c.blueF(), c.alphaF()));
    m_program->setUniformValue("u_sizePx", layer.sizePx * transform.devicePixelRatio);
    m_program->setUniformValue("u_range", rangeUniform(layer.vmin, layer.vmax));
    m_gl.glBindVertexArray(slot.vao);
    m_gl.glDrawArrays(GL_POINTS, 0, slot.count);
  }
  m_gl.glBindVertexArray(0);
  m_program->release();
  m_gl.glDisable(GL_PROGRAM_POINT_SIZE);
}

}  // namespace kx::widgets
