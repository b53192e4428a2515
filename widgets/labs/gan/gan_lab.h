#pragma once
// The GAN energy lab (issue 6, docs/math.md §4): a generator and a discriminator
// trained on a 2D target, the discriminator drawn as an energy landscape the
// generated samples fall into ("dig pits, then jump in", §4.1).
#include <QChart>
#include <QLineSeries>
#include <memory>

#include "core/gan/gan_job.h"
#include "widgets/labs/gan/gan_sampling_chart.h"
#include "widgets/labs/gan/gan_scene.h"
#include "widgets/canvas/plot_scene.h"
#include "widgets/cloud/cloud_target.h"
#include "widgets/lab/lab.h"

namespace kx::widgets {

class GanLab : public LabOf<core::gan::GanFrame>, public CloudTarget {
  Q_OBJECT
 public:
  explicit GanLab(QObject* parent = nullptr);
  ~GanLab() override;

  QWidget* createView(QWidget* parent) override;
  void paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const override;
  QString csvData() const override;
  bool animated() const override { return true; }
  bool keepsRunningWhenHidden() const override { return true; }
  void retranslateFigures() override;
  /// Drawn points, the point cloud and the latest trained weights (a core/nn
  /// weights file, base64).
  QJsonObject saveState() const override;
  core::Status restoreState(const QJsonObject& state) override;
  QStringList stateKeys() const override { return {"drawn", "cloud", "weights"}; }

  /// One update of only the discriminator / only the generator (pauses).
  void stepDiscriminator();
  void stepGenerator();
  /// Slow motion: a frame after every generator step.
  void setSlowMotion(bool on);
  bool slowMotion() const { return m_slow; }
  /// Back to the same initial weights (same seed), keeping the parameters.
  void restart();
  /// Releases the Langevin particles at `x` (one undo step: start = point,
  /// its coordinates, and MALA if sampling was off). A finished training is
  /// sampled again, not retrained.
  void releaseParticlesAt(const Eigen::Vector2d& x);

  /// User-drawn data: a small Gaussian at each point replaces the preset
  /// (refused with a message while a point cloud is the data).
  void addDataPoint(const Eigen::Vector2d& x);
  void clearDrawnData();
  const std::vector<Eigen::Vector2d>& drawnPoints() const { return m_drawn; }

  // The user's point cloud as the data (core/mixture/point_cloud.h), opened
  // or drawn (widgets/cloud/cloud_target.h; strokes append): it replaces the
  // preset and the drawn Gaussians, and training restarts on it.
  void clearCloud();
  const core::mixture::Points& cloud() const { return m_cloud; }

  /// The training data: the point cloud, the drawn Gaussians or the chosen preset.
  core::mixture::GaussianMixture target() const;
  std::shared_ptr<const core::gan::GanFrame> frame() const { return m_frame; }
  std::shared_ptr<const PlotScene> scene() const { return m_scene; }
  QChart* lossChart() const { return m_lossChart; }
  QChart* qualityChart() const { return m_qualityChart; }
  QChart* samplingChart() const { return m_samplingChart.chart(); }
  /// Every landscape shown since the last restart, titled with its step.
  core::Result<Animation> animation() const override;

 protected:
  std::unique_ptr<core::Job> makeJob() override;
  void show(std::shared_ptr<const core::gan::GanFrame> frame) override;
  void resetState() override;

 private:
  void showFirstFrame();
  /// recompute(), then the first frame even while paused.
  void restartJob();
  void setChartTexts();
  void updateCharts();
  void clearCharts();
  core::mixture::Points strokeBase() const override { return m_cloud; }
  void useCloud(core::mixture::Points cloud) override;
  void cloudMessage(const QString& text) override { emit message(text); }

  std::vector<Eigen::Vector2d> m_drawn;
  core::mixture::Points m_cloud = core::mixture::Points(0, 2);
  std::shared_ptr<const core::gan::GanWeights> m_start;  ///< restored weights for the next job
  std::shared_ptr<const core::gan::GanFrame> m_frame;
  std::shared_ptr<const PlotScene> m_scene;
  /// The scenes of this run and their generator steps, for the animation
  /// export (at most kMaxRecorded).
  struct Recorded {
    std::shared_ptr<const PlotScene> scene;
    GanTitle title;
  };
  std::vector<Recorded> m_history;
  /// History entries already in the charts (appended, not rebuilt, per frame).
  std::size_t m_lossShown = 0, m_qualityShown = 0;
  std::uint64_t m_shownRun = 0;  ///< GanFrame::run of the frames shown
  /// The last frame of a finished training and the values it was trained
  /// with: new Langevin settings sample it again instead of retraining
  /// (core::gan::sameTraining). Cleared when the data or the weights change.
  std::shared_ptr<const core::gan::GanFrame> m_trained;
  core::ParamValues m_trainedValues;
  bool m_slow = false;
  QChart* m_lossChart;
  QChart* m_qualityChart;
  QLineSeries *m_dLoss, *m_gLoss, *m_sw1, *m_modes, *m_hq;
  GanSamplingChart m_samplingChart;
};

/// The lab list's factory (widgets/lab/registered_labs.h).
std::unique_ptr<Lab> makeGanLab();

}  // namespace kx::widgets
