#include "widgets/labs/gan/gan_surface_view.h"

#include <QMatrix4x4>
#include <QMouseEvent>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "widgets/canvas/colormap.h"
#include "widgets/canvas/colormap_preference.h"
#include "widgets/canvas/gl_program.h"
#include "widgets/canvas/scene_renderer.h"
#include "widgets/lab/live_texts.h"

namespace kx::widgets {
namespace {

// Relief: the energy range maps to this height over the [-1, 1]^2 plane, so
// pits read clearly without the surface becoming a wall.
constexpr float kRelief = 0.6f;

struct Vertex {
  float position[3], normal[3], color[3];
};

}  // namespace

GanSurfaceView::GanSurfaceView(QWidget* parent) : QOpenGLWidget(parent) {
  setFormat(canvasSurfaceFormat());
  setMinimumSize(200, 200);
  liveTexts(this, [this] { setToolTip(tr("Drag: orbit · wheel: zoom")); });
  connect(&ColormapPreference::instance(), &ColormapPreference::changed, this, [this] {
    m_dirty = true;  // the vertex colours follow the app's colormap
    update();
  });
}

GanSurfaceView::~GanSurfaceView() {
  // ~QOpenGLWidget destroys the context after this object's members are gone:
  // its aboutToBeDestroyed must not reach releaseGl() then.
  if (context()) disconnect(context(), nullptr, this, nullptr);
  releaseGl();
}

void GanSurfaceView::releaseGl() {
  if (!context()) return;
  makeCurrent();
  m_vao.destroy();
  m_vertices.destroy();
  m_indices.destroy();
  m_program.reset();
  doneCurrent();
}

void GanSurfaceView::setFrame(std::shared_ptr<const core::gan::GanFrame> frame) {
  m_frame = std::move(frame);
  m_dirty = true;
  update();
}

void GanSurfaceView::setOrbit(float yaw, float pitch) {
  m_yaw = yaw;
  m_pitch = std::clamp(pitch, -89.0f, 89.0f);
  update();
}

void GanSurfaceView::initializeGL() {
  initializeOpenGLFunctions();
  connect(context(), &QOpenGLContext::aboutToBeDestroyed, this, &GanSurfaceView::releaseGl, Qt::DirectConnection);
  m_program = loadProgram("gan_surface", &m_error);
  m_vao.create();
  m_vertices.create();
  m_indices.create();
  m_dirty = true;
}

void GanSurfaceView::upload() {
  m_dirty = false;
  m_indexCount = m_surfaceVertices = m_pointCount = 0;
  if (!m_frame || m_frame->gridSize < 2) return;
  const auto& f = *m_frame;
  const int n = f.gridSize;
  // The energy and its colour range come with the frame (built on the worker).
  const std::vector<float>& u = f.landscape.energy;
  const float lo = f.landscape.range.lo, hi = f.landscape.range.hi;
  if (u.size() != std::size_t(n) * std::size_t(n) || !(hi > lo)) return;
  auto height = [&](int i, int j) {
    const float t = std::clamp((u[std::size_t(j) * n + i] - lo) / (hi - lo), 0.0f, 1.0f);
    return t * kRelief;
  };
  auto planeX = [&](float c) { return -1.0f + 2.0f * (c + 0.5f) / n; };
  const Colormap map = resolveColormap(Colormap::Viridis);  // as the 2D heatmap
  std::vector<Vertex> vertices;
  vertices.reserve(std::size_t(n) * n + std::size_t(f.real.rows() + f.fake.rows()));
  const float step = 2.0f / n;
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) {
      // Central differences for the normal (one-sided at the border).
      const float dx = (height(std::min(i + 1, n - 1), j) - height(std::max(i - 1, 0), j)) /
                       (step * float(std::min(i + 1, n - 1) - std::max(i - 1, 0)));
      const float dy = (height(i, std::min(j + 1, n - 1)) - height(i, std::max(j - 1, 0))) /
                       (step * float(std::min(j + 1, n - 1) - std::max(j - 1, 0)));
      const float len = std::sqrt(dx * dx + dy * dy + 1);
      const QColor c = colormapColor(map, height(i, j) / kRelief);
      vertices.push_back({{planeX(float(i)), planeX(float(j)), height(i, j)},
                          {-dx / len, -dy / len, 1 / len},
                          {float(c.redF()), float(c.greenF()), float(c.blueF())}});
    }
  m_surfaceVertices = int(vertices.size());
  // Samples sit on the surface at their nearest grid cell's height, a hair above it.
  auto addPoints = [&](const core::nn::Mat<float>& points, QColor color) {
    for (Eigen::Index r = 0; r < points.rows(); ++r) {
      const double gx = (points(r, 0) - f.window.xMin) / f.window.width() * n - 0.5;
      const double gy = (points(r, 1) - f.window.yMin) / f.window.height() * n - 0.5;
      if (!(gx >= 0 && gx <= n - 1 && gy >= 0 && gy <= n - 1)) continue;
      const float z = height(int(std::lround(gx)), int(std::lround(gy))) + 0.01f;
      vertices.push_back({{-1.0f + 2.0f * float(gx + 0.5) / n, -1.0f + 2.0f * float(gy + 0.5) / n, z},
                          {0, 0, 1},
                          {float(color.redF()), float(color.greenF()), float(color.blueF())}});
    }
  };
  addPoints(f.real, QColor(40, 200, 255));
  addPoints(f.fake, QColor(255, 80, 80));
  m_pointCount = int(vertices.size()) - m_surfaceVertices;
  std::vector<unsigned> indices;
  for (int j = 0; j + 1 < n; ++j)
    for (int i = 0; i + 1 < n; ++i) {
      const unsigned a = unsigned(j * n + i), b = a + 1, c = a + unsigned(n), d = c + 1;
      indices.insert(indices.end(), {a, b, d, a, d, c});
    }
  m_indexCount = int(indices.size());

  m_vao.bind();
  m_vertices.bind();
  m_vertices.allocate(vertices.data(), int(vertices.size() * sizeof(Vertex)));
  m_indices.bind();
  m_indices.allocate(indices.data(), int(indices.size() * sizeof(unsigned)));
  for (int k = 0; k < 3; ++k) {
    glEnableVertexAttribArray(GLuint(k));
    glVertexAttribPointer(GLuint(k), 3, GL_FLOAT, GL_FALSE, sizeof(Vertex),
                          reinterpret_cast<const void*>(std::size_t(k) * 3 * sizeof(float)));
  }
  m_vao.release();
}

void GanSurfaceView::paintGL() {
  glClearColor(0.97f, 0.97f, 0.98f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
  if (!m_program) return;
  if (m_dirty) upload();
  if (m_indexCount == 0) return;
  glEnable(GL_DEPTH_TEST);
  glEnable(GL_PROGRAM_POINT_SIZE);
  QMatrix4x4 projection, view;
  projection.perspective(35.0f, float(width()) / float(std::max(1, height())), 0.1f, 20.0f);
  const float yaw = qDegreesToRadians(m_yaw), pitch = qDegreesToRadians(m_pitch);
  const QVector3D eye(m_distance * std::cos(pitch) * std::sin(yaw), -m_distance * std::cos(pitch) * std::cos(yaw),
                      m_distance * std::sin(pitch) + kRelief / 2);
  const QVector3D centre(0, 0, kRelief / 2);
  view.lookAt(eye, centre, QVector3D(0, 0, 1));
  m_program->bind();
  m_program->setUniformValue("u_mvp", projection * view);
  m_program->setUniformValue("u_light", QVector3D(-0.4f, -0.5f, 0.77f).normalized());
  m_program->setUniformValue("u_eye", (eye - centre).normalized());
  m_vao.bind();
  m_program->setUniformValue("u_lit", true);
  m_program->setUniformValue("u_pointSize", 1.0f);
  glDrawElements(GL_TRIANGLES, m_indexCount, GL_UNSIGNED_INT, nullptr);
  m_program->setUniformValue("u_lit", false);
  m_program->setUniformValue("u_pointSize", float(3.0 * devicePixelRatioF()));
  glDrawArrays(GL_POINTS, m_surfaceVertices, m_pointCount);
  m_vao.release();
  m_program->release();
}

void GanSurfaceView::mousePressEvent(QMouseEvent* event) { m_last = event->position().toPoint(); }

void GanSurfaceView::mouseMoveEvent(QMouseEvent* event) {
  if (!(event->buttons() & Qt::LeftButton)) return;
  const QPoint d = event->position().toPoint() - m_last;
  m_last = event->position().toPoint();
  setOrbit(m_yaw + 0.4f * float(d.x()), m_pitch + 0.4f * float(d.y()));
}

void GanSurfaceView::wheelEvent(QWheelEvent* event) {
  m_distance = std::clamp(m_distance * std::pow(0.999f, float(event->angleDelta().y())), 1.5f, 10.0f);
  update();
}

}  // namespace kx::widgets
