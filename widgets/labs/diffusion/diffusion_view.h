#pragma once
// The diffusion lab's view: the forward process (click to add a component,
// or draw a point cloud) and
// the sampler side by side, the quality charts below, a status line on top.
#include <QLabel>
#include <QPushButton>
#include <QWidget>

namespace kx::widgets {

class DiffusionLab;
class GlCanvas;
class LabChartView;
class PointCloudBar;

class DiffusionView : public QWidget {
  Q_OBJECT
 public:
  DiffusionView(DiffusionLab* lab, QWidget* parent = nullptr);

  GlCanvas* forwardCanvas() const { return m_forward; }
  GlCanvas* samplingCanvas() const { return m_sampling; }
  QLabel* statusLabel() const { return m_status; }
  /// The samplers' legend shared by the quality and coverage charts.
  QLabel* samplerLegend() const { return m_samplerLegend; }
  QPushButton* exportAnimationButton() const { return m_exportAnimation; }
  /// Open, draw and clear the point cloud (widgets/cloud/point_cloud_bar.h).
  PointCloudBar* cloudBar() const { return m_cloudBar; }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void refresh();

  DiffusionLab* m_lab;
  GlCanvas *m_forward, *m_sampling;
  QLabel* m_status;
  QLabel* m_samplerLegend;
  QPushButton *m_clear, *m_exportAnimation;
  PointCloudBar* m_cloudBar;
  LabChartView *m_qualityView, *m_coverageView, *m_lossView, *m_likelihoodView;
};

}  // namespace kx::widgets
