#pragma once
// The user's own points, the same in the diffusion and GAN labs (issue 18):
// "Open point cloud…" (a CSV file, core/mixture/point_csv.h), a "Draw" toggle
// with the brush's size and density (widgets/cloud/point_brush.h over the
// lab's canvas) and "Clear points". The bar only asks: the lab reads the file,
// keeps the points and says what went wrong.
#include <QWidget>

#include "core/mixture/gaussian_mixture.h"

class QDoubleSpinBox;
class QPushButton;

namespace kx::widgets {

class GlCanvas;
class PointBrush;

class PointCloudBar : public QWidget {
  Q_OBJECT
 public:
  /// Draws on `canvas` (the brush is the canvas's child).
  PointCloudBar(GlCanvas* canvas, QWidget* parent);

  QPushButton* openButton() const { return m_open; }
  QPushButton* drawButton() const { return m_draw; }
  QPushButton* clearButton() const { return m_clear; }
  QDoubleSpinBox* sizeBox() const { return m_size; }
  QDoubleSpinBox* densityBox() const { return m_density; }
  PointBrush* brush() const { return m_brush; }

 signals:
  /// The user chose this file in "Open point cloud…".
  void openRequested(const QString& path);
  /// A drawn stroke's points.
  void stroke(const kx::core::mixture::Points& points);
  void clearRequested();

 private:
  PointBrush* m_brush;
  QPushButton *m_open, *m_draw, *m_clear;
  QDoubleSpinBox *m_size, *m_density;
};

}  // namespace kx::widgets
