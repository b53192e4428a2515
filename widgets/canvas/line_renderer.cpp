#include "widgets/canvas/line_renderer.h"

#include <QVector4D>
#include <cmath>

namespace kx::widgets {
namespace {

// Dash pattern in units of the line width, as linePen() draws it for vector output.
constexpr float kDashOn = 4.0f, kDashOff = 3.0f;

}  // namespace

LineRenderer::~LineRenderer() {
  if (m_buffer) m_gl.glDeleteBuffers(1, &m_buffer);
  if (m_vao) m_gl.glDeleteVertexArrays(1, &m_vao);
}

bool LineRenderer::initialize(QString* error) {
  m_program = loadProgram("line", error);
  if (!m_program) return false;
  m_gl.glGenVertexArrays(1, &m_vao);
  m_gl.glGenBuffers(1, &m_buffer);
  m_gl.glBindVertexArray(m_vao);
  m_gl.glBindBuffer(GL_ARRAY_BUFFER, m_buffer);
  m_gl.glEnableVertexAttribArray(0);
  m_gl.glEnableVertexAttribArray(1);
  m_gl.glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), nullptr);
  m_gl.glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, 4 * sizeof(float), reinterpret_cast<void*>(2 * sizeof(float)));
  m_gl.glBindVertexArray(0);
  return true;
}

bool LineRenderer::linesChanged(const std::vector<LineLayer>& lines) {
  bool changed = m_cachedPoints.size() != lines.size();
  m_cachedPoints.resize(lines.size());
  m_cachedWidths.resize(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    changed |= updateCache(m_cachedPoints[i], lines[i].points);
    changed |= m_cachedWidths[i] != lines[i].widthPx;
    m_cachedWidths[i] = lines[i].widthPx;
  }
  return changed;
}

void LineRenderer::rebuild(const std::vector<LineLayer>& lines, const ViewTransform& transform) {
  const auto& v = transform.view;
  const float sx = transform.widthPx / static_cast<float>(v.width());
  const float sy = transform.heightPx / static_cast<float>(v.height());
  std::vector<float> vertices;
  m_ranges.clear();
  for (const LineLayer& line : lines) {
    const int first = static_cast<int>(vertices.size() / 4);
    const float halfWidth = 0.5f * line.widthPx * transform.devicePixelRatio;
    const float across = halfWidth + 1.0f;  // one pixel of antialiasing fringe
    float along = 0;
    for (std::size_t k = 1; k < line.points.size(); ++k) {
      const QVector2D a = line.points[k - 1], b = line.points[k];
      if (std::isnan(a.x()) || std::isnan(a.y()) || std::isnan(b.x()) || std::isnan(b.y())) continue;
      const QVector2D pa((a.x() - v.xMin) * sx, (a.y() - v.yMin) * sy);
      const QVector2D pb((b.x() - v.xMin) * sx, (b.y() - v.yMin) * sy);
      const float length = (pb - pa).length();
      if (!(length > 1e-4f)) continue;
      const QVector2D dir = (pb - pa) / length, normal(-dir.y(), dir.x());
      // Square caps half a width long cover the joints between segments.
      const QVector2D start = pa - dir * halfWidth, end = pb + dir * halfWidth;
      const float a0 = along - halfWidth, a1 = along + length + halfWidth;
      const QVector2D corners[4] = {start - normal * across, start + normal * across, end - normal * across,
                                    end + normal * across};
      const float frames[4][2] = {{-across, a0}, {across, a0}, {-across, a1}, {across, a1}};
      for (int c : {0, 1, 2, 2, 1, 3})
        vertices.insert(vertices.end(), {corners[c].x(), corners[c].y(), frames[c][0], frames[c][1]});
      along += length;
    }
    m_ranges.emplace_back(first, static_cast<int>(vertices.size() / 4) - first);
  }
  m_gl.glBindBuffer(GL_ARRAY_BUFFER, m_buffer);
  m_gl.glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(float)), vertices.data(),
                    GL_DYNAMIC_DRAW);
}

void LineRenderer::draw(const std::vector<LineLayer>& lines, const ViewTransform& transform) {
  if (lines.empty()) return;
  const bool changed = linesChanged(lines);
  if (changed || !(transform == m_cachedTransform) || m_ranges.size() != lines.size()) {
    rebuild(lines, transform);
    m_cachedTransform = transform;
  }
  m_program->bind();
  setViewUniforms(*m_program, transform);
  m_gl.glBindVertexArray(m_vao);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const LineLayer& line = lines[i];
    if (m_ranges[i].second == 0) continue;
    const float width = line.widthPx * transform.devicePixelRatio;
    const QColor c = line.color;
    m_program->setUniformValue("u_color", QVector4D(c.redF(), c.greenF(), c.blueF(), c.alphaF()));
    m_program->setUniformValue("u_halfWidthPx", 0.5f * width);
    m_program->setUniformValue(
        "u_dash", line.dashed ? QVector2D(kDashOn * width, (kDashOn + kDashOff) * width) : QVector2D(0, 0));
    m_gl.glDrawArrays(GL_TRIANGLES, m_ranges[i].first, m_ranges[i].second);
  }
  m_gl.glBindVertexArray(0);
  m_program->release();
}

}  // namespace kx::widgets
