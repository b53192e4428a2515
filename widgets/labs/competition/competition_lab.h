#pragma once
// The Competition lab (docs/math.md §1): the phase plane of the two-species
// model, trajectories from clicked points, their time series and the error of
// the chosen integrator against a tight reference.
#include <QChart>
#include <QLineSeries>
#include <memory>

#include "core/ode/competition_job.h"
#include "widgets/canvas/plot_scene.h"
#include "widgets/lab/lab.h"

namespace kx::widgets {

class CompetitionLab : public LabOf<core::CompetitionFrame> {
  Q_OBJECT
 public:
  explicit CompetitionLab(QObject* parent = nullptr);
  ~CompetitionLab() override;

  QWidget* createView(QWidget* parent) override;
  void paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const override;
  QString csvData() const override;
  QJsonObject saveState() const override;
  core::Status restoreState(const QJsonObject& state) override;
  QStringList stateKeys() const override { return {"window", "seeds", "selected"}; }

  /// Starts a trajectory at `x`, or selects an existing one whose start lies
  /// within `pickRadius` (data units) of it.
  void clickAt(const Eigen::Vector2d& x, double pickRadius);
  void removeNear(const Eigen::Vector2d& x, double pickRadius);
  void clearTrajectories();
  void setWindow(const core::PlaneRect& window);
  /// Also rebuilds the last frame's scene and the error chart's title (which
  /// names the integrator) in the current language, without recomputing.
  void retranslate() override;

  const core::CompetitionInputs& inputs() const { return m_inputs; }
  std::shared_ptr<const PlotScene> scene() const { return m_scene; }
  std::shared_ptr<const core::CompetitionFrame> frame() const { return m_frame; }
  QChart* timeChart() const { return m_timeChart; }
  QChart* errorChart() const { return m_errorChart; }

 protected:
  std::unique_ptr<core::Job> makeJob() override;
  void show(std::shared_ptr<const core::CompetitionFrame> frame) override;
  void resetState() override;

 private:
  void updateCharts();
  void setChartTexts();

  core::CompetitionInputs m_inputs;  ///< window, seeds, selection (the rest comes from values())
  std::shared_ptr<const core::CompetitionFrame> m_frame;
  std::shared_ptr<const PlotScene> m_scene;
  QChart* m_timeChart;
  QChart* m_errorChart;
  QLineSeries *m_x1, *m_x2, *m_x1Star, *m_x2Star, *m_error;
};

/// The lab list's factory (widgets/lab/registered_labs.h).
std::unique_ptr<Lab> makeCompetitionLab();

}  // namespace kx::widgets
