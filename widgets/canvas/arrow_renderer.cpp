#include "widgets/canvas/arrow_renderer.h"

#include <array>

namespace kx::widgets {
namespace {

// The arrow, one unit long along +x and centred on its anchor: a shaft and a
// head, as triangles; the head is about 3.5 shaft widths wide and long (a
// little stubbier than matplotlib's quiver, so 14 px arrows stay legible).
constexpr float kTail = -0.5f, kNeck = 0.12f, kTip = 0.5f, kShaft = 0.055f, kHead = 0.2f;
constexpr std::array<float, 18> kMesh = {kTail, -kShaft, kNeck, -kShaft, kNeck, kShaft,  // shaft
                                         kTail, -kShaft, kNeck, kShaft,  kTail, kShaft,  //
                                         kNeck, -kHead,  kTip,  0.0f,    kNeck, kHead};  // head

}  // namespace

ArrowRenderer::ArrowRenderer(QOpenGLExtraFunctions& gl, ColormapTextures& colormaps)
    : m_gl(gl), m_colormaps(colormaps) {}

ArrowRenderer::~ArrowRenderer() {
  for (Slot& slot : m_slots) {
    if (slot.instances) m_gl.glDeleteBuffers(1, &slot.instances);
    if (slot.vao) m_gl.glDeleteVertexArrays(1, &slot.vao);
  }
  if (m_mesh) m_gl.glDeleteBuffers(1, &m_mesh);
}

bool ArrowRenderer::initialize(QString* error) {
  m_program = loadProgram("arrow", error);
  if (!m_program) return false;
  m_gl.glGenBuffers(1, &m_mesh);
  m_gl.glBindBuffer(GL_ARRAY_BUFFER, m_mesh);
  m_gl.glBufferData(GL_ARRAY_BUFFER, sizeof(kMesh), kMesh.data(), GL_STATIC_DRAW);
  m_meshVertices = static_cast<int>(kMesh.size() / 2);
  return true;
}

void ArrowRenderer::upload(Slot& slot, const ArrowLayer& layer) {
  const bool changed = updateCache(slot.cachedPositions, layer.positions) |
                       updateCache(slot.cachedDirections, layer.directions) |
                       updateCache(slot.cachedValues, layer.values);
  if (slot.vao && !changed) return;
  if (!slot.vao) {
    m_gl.glGenVertexArrays(1, &slot.vao);
    m_gl.glGenBuffers(1, &slot.instances);
    m_gl.glBindVertexArray(slot.vao);
    m_gl.glBindBuffer(GL_ARRAY_BUFFER, m_mesh);
    m_gl.glEnableVertexAttribArray(0);
    m_gl.glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    m_gl.glBindBuffer(GL_ARRAY_BUFFER, slot.instances);
    const GLsizei stride = 5 * sizeof(float);
    for (GLuint attribute : {1u, 2u, 3u}) {
      m_gl.glEnableVertexAttribArray(attribute);
      m_gl.glVertexAttribDivisor(attribute, 1);
    }
    m_gl.glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, nullptr);
    m_gl.glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(2 * sizeof(float)));
    m_gl.glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(4 * sizeof(float)));
  }
  // Interleaved (x, y, dx, dy, value); arrows without a direction or value are skipped.
  const std::size_t n = std::min({layer.positions.size(), layer.directions.size(), layer.values.size()});
  std::vector<float> data(5 * n);
  for (std::size_t i = 0; i < n; ++i) {
    float* d = &data[5 * i];
    d[0] = layer.positions[i].x();
    d[1] = layer.positions[i].y();
    d[2] = layer.directions[i].x();
    d[3] = layer.directions[i].y();
    d[4] = layer.values[i];
  }
  m_gl.glBindBuffer(GL_ARRAY_BUFFER, slot.instances);
  m_gl.glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(),
                    GL_DYNAMIC_DRAW);
  slot.count = static_cast<int>(n);
}

void ArrowRenderer::draw(const std::vector<ArrowLayer>& layers, const ViewTransform& transform) {
  if (m_slots.size() < layers.size()) m_slots.resize(layers.size());
  m_program->bind();
  setViewUniforms(*m_program, transform);
  m_program->setUniformValue("u_colormap", 0);
  for (std::size_t i = 0; i < layers.size(); ++i) {
    Slot& slot = m_slots[i];
    upload(slot, layers[i]);
    if (slot.count == 0) continue;
    m_colormaps.bind(layers[i].colormap, 0);
    m_program->setUniformValue("u_lengthPx", layers[i].lengthPx * transform.devicePixelRatio);
    m_program->setUniformValue("u_range", rangeUniform(layers[i].vmin, layers[i].vmax));
    m_gl.glBindVertexArray(slot.vao);
    m_gl.glDrawArraysInstanced(GL_TRIANGLES, 0, m_meshVertices, slot.count);
  }
  m_gl.glBindVertexArray(0);
  m_program->release();
}

}  // namespace kx::widgets
