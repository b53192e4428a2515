#pragma once
// The diffusion lab (issue 5, docs/math.md §3): a 2D Gaussian-mixture target
// (preset, or the user's own components clicked onto the forward canvas),
// the forward process at a chosen time with its exact noised density, and a
// sampler (DDPM, DDIM, probability-flow ODE, reverse SDE) animated from the
// same seeded noise with trajectories, score arrows and x0-hat; then W3's
// quality and the quality-versus-evaluations curves of every sampler.
#include <QChart>
#include <QLineSeries>
#include <QSize>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "core/diffusion/diffusion_frame.h"
#include "widgets/canvas/plot_scene.h"
#include "widgets/cloud/cloud_target.h"
#include "widgets/lab/lab.h"

namespace kx::widgets {

struct DiffusionRun;
class DiffusionLikelihood;
class RequestThread;

class DiffusionLab : public LabOf<core::diffusion::DiffusionFrame>, public CloudTarget {
  Q_OBJECT
 public:
  explicit DiffusionLab(QObject* parent = nullptr);
  ~DiffusionLab() override;

  QWidget* createView(QWidget* parent) override;
  void paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const override;
  QString csvData() const override;
  QJsonObject saveState() const override;
  core::Status restoreState(const QJsonObject& state) override;
  QStringList stateKeys() const override { return {"components", "cloud"}; }
  void retranslateFigures() override;

  /// Adds a component of the user's own target at `at` (switches the target
  /// to "custom", starting from the current target's components).
  void addComponent(QPointF at, double stddev = 0.15);
  void clearComponents();
  const std::vector<core::mixture::Component>& customComponents() const { return m_custom; }
  // openCloud() and addCloudPoints() (widgets/cloud/cloud_target.h) make
  // the cloud the target ("cloud"); a stroke extends the cloud when it is the
  // target, else starts a new one.
  /// Empties the cloud (the cloud target then says how to get one).
  void clearCloud();
  const core::mixture::Points& cloud() const { return m_cloud; }
  /// The mixture the current inputs name; empty when "custom" has no components.
  core::mixture::GaussianMixture target() const;

  /// The likelihood view (§3.6): both log-densities of `at` on the worker;
  /// the result shows in the status line and as a marker on the sampler plot.
  void probeLikelihood(QPointF at);
  DiffusionLikelihood* likelihood() const { return m_likelihood; }

  /// Tweedie's x0-hat (docs/math.md §3.7) of a hovered point at the shown
  /// frame's time and score, computed on a request thread; drawn on the
  /// sampler plot and recomputed for every new frame until clearHover().
  void probeTweedie(QPointF at);
  void clearHover();
  /// The hovered point and its x0-hat once computed (for the status line and tests).
  std::optional<std::pair<Eigen::Vector2f, Eigen::Vector2f>> hoverEstimate() const { return m_hoverEstimate; }
  /// True while a hover request waits or runs.
  bool hoverPending() const;

  /// Frames of the current run's sampling animation (one per segment).
  int animationFrames() const;
  /// That animation: the sampler plot of each frame.
  core::Result<Animation> animation() const override;

  /// Animation frames per second; 0: as fast as possible (default without a view).
  void setFramesPerSecond(double fps) { control()->pace = fps; }

  std::shared_ptr<const core::diffusion::DiffusionFrame> frame() const { return m_frame; }
  std::shared_ptr<const PlotScene> forward() const { return m_forward; }
  std::shared_ptr<const PlotScene> sampling() const { return m_sampling; }
  QChart* qualityChart() const { return m_quality; }
  QChart* coverageChart() const { return m_coverage; }
  QChart* lossChart() const { return m_loss; }
  /// Sampler runs started so far (a forward-slider move continues the
  /// current run instead of starting one).
  int runsStarted() const { return m_runsStarted; }

 protected:
  std::unique_ptr<core::Job> makeJob() override;
  void show(std::shared_ptr<const core::diffusion::DiffusionFrame> frame) override;
  void resetState() override;

 private:
  void updateCharts();
  void setChartTexts();
  void rebuildScenes();
  /// True when the inputs differ from the current run's only in forward_t.
  bool onlyForwardTimeMoved(const core::mixture::GaussianMixture& mixture) const;
  core::mixture::Points strokeBase() const override;
  /// Makes `cloud` the target (selecting "cloud" or recomputing).
  void useCloud(core::mixture::Points cloud) override;
  void cloudMessage(const QString& text) override { emit message(text); }

  std::vector<core::mixture::Component> m_custom;
  core::mixture::Points m_cloud;
  // The current run and the inputs it was made from.
  std::shared_ptr<DiffusionRun> m_run;
  core::ParamValues m_runValues;
  core::mixture::GaussianMixture m_runTarget;
  int m_runsStarted = 0;
  std::shared_ptr<const core::diffusion::DiffusionFrame> m_frame;
  std::shared_ptr<const PlotScene> m_forward, m_sampling;
  QChart* m_quality;
  QChart* m_coverage;
  QChart* m_loss;
  DiffusionLikelihood* m_likelihood;
  RequestThread* m_requests;
  std::optional<QPointF> m_hover;
  std::optional<std::pair<Eigen::Vector2f, Eigen::Vector2f>> m_hoverEstimate;
};

/// The lab list's factory (widgets/lab/registered_labs.h).
std::unique_ptr<Lab> makeDiffusionLab();

}  // namespace kx::widgets
