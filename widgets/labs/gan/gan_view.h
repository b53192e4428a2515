#pragma once
// The GAN lab's interactive view: the energy landscape (GL canvas) beside the
// loss and quality charts, with step-D / step-G / slow-motion / restart
// controls, the user's point cloud (open, draw, clear) and a banner when
// training diverges.
#include <QWidget>

#include "core/gan/gan_frame.h"

class QLabel;
class QPushButton;

namespace kx::widgets {

class GanLab;
class GlCanvas;
class LabChartView;
class GanSurfaceView;
class PointCloudBar;

class GanView : public QWidget {
  Q_OBJECT
 public:
  GanView(GanLab* lab, QWidget* parent = nullptr);

  GlCanvas* canvas() const { return m_canvas; }
  QLabel* banner() const { return m_banner; }
  QLabel* stepLabel() const { return m_step; }
  /// The 3D landscape; null until its tab has been opened.
  GanSurfaceView* surface() const { return m_surface; }
  /// Open, draw and clear the point cloud (widgets/cloud/point_cloud_bar.h).
  PointCloudBar* cloudBar() const { return m_cloudBar; }

 private:
  GanLab* m_lab;
  GlCanvas* m_canvas;
  GanSurfaceView* m_surface = nullptr;
  LabChartView* m_lossView;
  LabChartView* m_qualityView;
  LabChartView* m_samplingView;  ///< shown in place of the losses while sampling
  QLabel* m_banner;
  QLabel* m_step;
  PointCloudBar* m_cloudBar;

  QString stepText(long long generatorSteps, long long discriminatorSteps) const;
  /// The training's steps, or the Langevin run's step and acceptance rate.
  QString stepText(const core::gan::GanFrame& frame) const;
};

}  // namespace kx::widgets
