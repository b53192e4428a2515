#pragma once
// The brush that draws a point cloud on a GlCanvas (issue 18), shared by the
// diffusion and GAN labs: while active, a transparent layer over the canvas
// takes the left button, sprays points along the drag (core/mixture/
// brush_stroke.h) and shows them and the brush's disc; on release the stroke
// is handed over whole, so a lab recomputes once per stroke. The wheel still
// zooms the canvas underneath; inactive, the layer is hidden and a drag pans.
#include <QWidget>
#include <cstdint>
#include <optional>

#include "core/mixture/brush_stroke.h"

namespace kx::widgets {

class GlCanvas;

class PointBrush : public QWidget {
  Q_OBJECT
 public:
  /// A child of `canvas`, covering it.
  explicit PointBrush(GlCanvas* canvas);

  void setActive(bool on);
  bool active() const { return isVisible(); }
  /// The disc's radius and the points per unit of path length, in data units.
  void setRadius(double radius) { m_radius = radius; }
  void setDensity(double density) { m_density = density; }
  double radius() const { return m_radius; }
  double density() const { return m_density; }
  /// What a lab says when a stroke would take a cloud past kMaxCloudPoints.
  static QString limitMessage();

 signals:
  /// A finished stroke's points (at least one).
  void stroke(const kx::core::mixture::Points& points);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;
  void mouseMoveEvent(QMouseEvent* event) override;
  void mouseReleaseEvent(QMouseEvent* event) override;
  void leaveEvent(QEvent* event) override;
  void paintEvent(QPaintEvent* event) override;

 private:
  Eigen::Vector2d toData(QPointF pixel) const;

  GlCanvas* m_canvas;
  double m_radius = 0.2, m_density = 30;
  std::uint64_t m_strokes = 0;  ///< seeds: each stroke its own points
  std::optional<core::mixture::BrushStroke> m_stroke;
  std::optional<QPointF> m_cursor;
};

}  // namespace kx::widgets
