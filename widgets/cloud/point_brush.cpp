#include "widgets/cloud/point_brush.h"

#include <QMouseEvent>
#include <QPainter>

#include "core/mixture/point_cloud.h"
#include "widgets/canvas/gl_canvas.h"

namespace kx::widgets {

PointBrush::PointBrush(GlCanvas* canvas) : QWidget(canvas), m_canvas(canvas) {
  setMouseTracking(true);  // the disc follows the cursor before a press
  setCursor(Qt::CrossCursor);
  setGeometry(canvas->rect());
  canvas->installEventFilter(this);
  hide();
}

QString PointBrush::limitMessage() {
  return tr("A point cloud holds at most %1 points: the rest of the stroke was left out.")
      .arg(core::mixture::kMaxCloudPoints);
}

void PointBrush::setActive(bool on) {
  m_stroke.reset();
  m_cursor.reset();
  setVisible(on);
  if (on) raise();  // above the canvas's GL surface
}

bool PointBrush::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_canvas && event->type() == QEvent::Resize) setGeometry(m_canvas->rect());
  return QWidget::eventFilter(watched, event);
}

Eigen::Vector2d PointBrush::toData(QPointF pixel) const {
  const QPointF at = m_canvas->layout().toData(m_canvas->view(), pixel);
  return {at.x(), at.y()};
}

void PointBrush::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return event->ignore();
  m_stroke.emplace(m_radius, m_density, ++m_strokes);
  m_stroke->moveTo(toData(event->position()));
  update();
}

void PointBrush::mouseMoveEvent(QMouseEvent* event) {
  m_cursor = event->position();
  if (m_stroke) m_stroke->moveTo(toData(event->position()));
  update();
}

void PointBrush::mouseReleaseEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton || !m_stroke) return event->ignore();
  m_stroke->moveTo(toData(event->position()));
  const core::mixture::Points points = m_stroke->points();
  m_stroke.reset();
  update();
  emit stroke(points);
}

void PointBrush::leaveEvent(QEvent*) {
  m_cursor.reset();
  update();
}

void PointBrush::paintEvent(QPaintEvent*) {
  const PlotLayout layout = m_canvas->layout();
  const auto view = m_canvas->view();
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setClipRect(layout.plot);
  if (m_stroke) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(20, 20, 20));
    const core::mixture::Points points = m_stroke->points();
    for (Eigen::Index i = 0; i < points.rows(); ++i)
      painter.drawEllipse(layout.toPixel(view, QPointF(points(i, 0), points(i, 1))), 1.5, 1.5);
  }
  if (m_cursor) {
    const double rx = m_radius / view.width() * layout.plot.width();
    const double ry = m_radius / view.height() * layout.plot.height();
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(20, 20, 20, 160), 1.0, Qt::DashLine));
    painter.drawEllipse(*m_cursor, rx, ry);
  }
}

}  // namespace kx::widgets
