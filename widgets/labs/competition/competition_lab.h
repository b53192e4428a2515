#pragma once
// The Competition lab (docs/math.md §1, §7): the phase plane of the essay's
// two-species model or of any planar model from the gallery or typed by the
// user, trajectories from clicked points, their time series, the error of the
// chosen integrator against a tight reference (the essay's model), and the
// bifurcation diagram in a chosen parameter.
#include <QChart>
#include <QLineSeries>
#include <memory>

#include "core/ode/competition_job.h"
#include "core/phase/bifurcation_job.h"
#include "core/phase/phase_job.h"
#include "widgets/canvas/plot_scene.h"
#include "widgets/lab/lab.h"

namespace kx::widgets {

class CompetitionLab : public Lab {
  Q_OBJECT
 public:
  explicit CompetitionLab(QObject* parent = nullptr);
  ~CompetitionLab() override;

  QWidget* createView(QWidget* parent) override;
  void paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const override;
  QString csvData() const override;
  /// The phase portrait with its trajectories growing (competition_animation.cpp).
  core::Result<Animation> animation() const override;
  QJsonObject saveState() const override;
  core::Status restoreState(const QJsonObject& state) override;
  QStringList stateKeys() const override { return {"window", "seeds", "selected"}; }
  /// The model JSON's schema (widgets/labs/competition/model_json.h): its
  /// parameters' sliders and the settings; an invalid model is an error.
  core::Result<core::ParamSchema> schemaFor(const QJsonObject& model) const override;

  /// Switches to `spec` with its default parameters and view window (one
  /// undo step); a model that does not compile is an error and nothing changes.
  core::Status chooseModel(const core::PlanarModelSpec& spec);
  /// The model in force: the essay's competition model unless another was chosen.
  const core::PlanarModelSpec& modelSpec() const { return m_spec; }
  /// The parameter the bifurcation diagram sweeps (index into modelSpec().parameters).
  int sweep() const { return m_sweep; }
  void setSweep(int index);

  /// Starts a trajectory at `x`, or selects an existing one whose start lies
  /// within `pickRadius` (data units) of it.
  void clickAt(const Eigen::Vector2d& x, double pickRadius);
  void removeNear(const Eigen::Vector2d& x, double pickRadius);
  void clearTrajectories();
  void setWindow(const core::PlaneRect& window);
  /// Also rebuilds the last frame's scene and the charts' titles (the error
  /// chart's names the integrator) in the current language, without recomputing.
  void retranslateFigures() override;

  const core::CompetitionInputs& inputs() const { return m_inputs; }
  std::shared_ptr<const PlotScene> scene() const { return m_scene; }
  /// The essay's model's last frame (null while another model is shown).
  std::shared_ptr<const core::CompetitionFrame> frame() const { return m_frame; }
  /// Any other model's last frame (null while the essay's is shown).
  std::shared_ptr<const core::PhaseFrame> phaseFrame() const { return m_phase; }
  std::shared_ptr<const core::BifurcationFrame> bifurcationFrame() const { return m_bifurcation; }
  QChart* timeChart() const { return m_timeChart; }
  QChart* errorChart() const { return m_errorChart; }
  QChart* bifurcationChart() const { return m_bifurcationChart; }

 protected:
  std::unique_ptr<core::Job> makeJob() override;
  void showFrame(const FramePtr& frame) override;
  void resetState() override;
  void modelChanged() override;

 private:
  void updateCharts();
  void setChartTexts();
  /// Restarts the bifurcation job when what it depends on changed (not the
  /// swept parameter's value, nor the view).
  void startBifurcation();

  core::PlanarModelSpec m_spec;
  core::CompetitionInputs m_inputs;  ///< window, seeds, selection (the rest comes from values())
  std::shared_ptr<const core::CompetitionFrame> m_frame;
  std::shared_ptr<const core::PhaseFrame> m_phase;
  std::shared_ptr<const PlotScene> m_scene;
  int m_sweep = 0;
  JobRunner m_bifurcationRunner;  ///< a side computation: a job of its own (docs/architecture.md, "Threads")
  core::BifurcationInputs m_bifurcationInputs;  ///< of the job last started
  std::shared_ptr<const core::BifurcationFrame> m_bifurcation;
  QChart* m_timeChart;
  QChart* m_errorChart;
  QChart* m_bifurcationChart;
  QLineSeries *m_x1, *m_x2, *m_x1Star, *m_x2Star, *m_error;
};

/// The lab list's factory (widgets/lab/registered_labs.h).
std::unique_ptr<Lab> makeCompetitionLab();

}  // namespace kx::widgets
