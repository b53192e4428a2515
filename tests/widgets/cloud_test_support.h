#pragma once
// The user's point clouds in GUI tests (widgets/cloud): a lab's view shown,
// a CSV file to open, a brush stroke dragged with QTest over a canvas and
// what its points must satisfy.
#include <QDoubleSpinBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/mixture/gaussian_mixture.h"
#include "widgets/canvas/gl_canvas.h"
#include "widgets/cloud/point_brush.h"
#include "widgets/cloud/point_cloud_bar.h"
#include "widgets/lab/lab.h"

namespace kx::testing {

/// The lab's view in `window` at 1280 x 800, shown; null if it never showed.
template <class View>
View* showView(widgets::Lab& lab, QWidget& window) {
  auto* view = static_cast<View*>(lab.createView(&window));
  auto* layout = new QVBoxLayout(&window);
  layout->addWidget(view);
  window.resize(1280, 800);
  window.show();
  return QTest::qWaitForWindowExposed(&window) ? view : nullptr;
}

/// A CSV file in a temporary folder that a test rewrites.
struct TempCsv {
  QTemporaryDir dir;
  QString path = dir.filePath("cloud.csv");
  bool write(const QByteArray& text) const {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
  }
};

/// The ends of a dragged path in data units.
struct Stroke {
  Eigen::Vector2d from, to;
};

/// Turns Draw on with the bar's button (as a user does), then drags over the
/// canvas with QTest from `from` to `to` (fractions of the plot area, y down)
/// in `moves` mouse moves.
inline Stroke drawStroke(widgets::PointCloudBar& bar, widgets::GlCanvas& canvas, QPointF from, QPointF to,
                         int moves = 8) {
  if (!bar.drawButton()->isChecked()) bar.drawButton()->click();
  QWidget* brush = bar.brush();
  const QRectF plot = canvas.plotRect();
  auto pixel = [&](QPointF f) {
    return QPoint(int(plot.left() + f.x() * plot.width()), int(plot.top() + f.y() * plot.height()));
  };
  auto data = [&](QPoint p) {
    const QPointF d = canvas.layout().toData(canvas.view(), QPointF(p));
    return Eigen::Vector2d(d.x(), d.y());
  };
  const QPoint a = pixel(from), b = pixel(to);
  QTest::mousePress(brush, Qt::LeftButton, {}, a);
  for (int k = 1; k <= moves; ++k) QTest::mouseMove(brush, a + (b - a) * k / moves);
  QTest::mouseRelease(brush, Qt::LeftButton, {}, b);
  return {data(a), data(b)};
}

/// The largest distance of the points from the stroke's segment: at most the
/// brush's radius when every point landed within the brush.
inline double farthestFrom(const Stroke& s, const core::mixture::Points& points) {
  double farthest = 0;
  const Eigen::Vector2d d = s.to - s.from;
  for (Eigen::Index i = 0; i < points.rows(); ++i) {
    const Eigen::Vector2d p = points.row(i).transpose().cast<double>();
    const double t = d.squaredNorm() > 0 ? std::clamp((p - s.from).dot(d) / d.squaredNorm(), 0.0, 1.0) : 0.0;
    farthest = std::max(farthest, (p - (s.from + t * d)).norm());
  }
  return farthest;
}

/// What a stroke sprays (core/mixture/brush_stroke.h): one point at the press
/// and one per 1/density of length dragged.
inline double expectedCount(const Stroke& s, double density) {
  return 1 + std::floor((s.to - s.from).norm() * density);
}

}  // namespace kx::testing
