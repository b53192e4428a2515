#pragma once
// The random-walk lab (issue 4, docs/math.md §2): walkers played as an animation
// at a chosen speed, scrubbing back to any computed step (frames rebuilt on
// the scrubber's thread), the histogram against the exact and normal laws,
// the distance to the normal law, the mean-square displacement, the 2D
// density against the heat kernel and the path-integral panel.
#include <memory>

#include "core/walk/walk_job.h"
#include "widgets/canvas/plot_scene.h"
#include "widgets/lab/lab.h"
#include "widgets/labs/walk/walk_charts.h"
#include "widgets/labs/walk/walk_convergence_chart.h"
#include "widgets/labs/walk/walk_derivation_charts.h"
#include "widgets/labs/walk/walk_paced_job.h"
#include "widgets/worker/request_thread.h"

namespace kx::widgets {

class WalkLab : public LabOf<core::walk::WalkFrame> {
  Q_OBJECT
 public:
  explicit WalkLab(QObject* parent = nullptr);
  ~WalkLab() override;

  QWidget* createView(QWidget* parent) override;
  void paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const override;
  QString csvData() const override;
  /// The walkers' picture at every step walked so far.
  core::Result<Animation> animation() const override;
  bool animated() const override { return true; }
  void retranslateFigures() override;

  /// Steps per second of the animation; 0: as fast as the cores go (the
  /// default without a view, so headless export never waits).
  void setSpeed(double stepsPerSecond);
  double speed() const { return control()->pace.load(); }

  /// Pauses and shows step `step` (clamped to the computed steps), rebuilt on
  /// the scrubber's thread; scrubbed() fires when it is shown.
  void scrubTo(int step);
  /// Steps the current walk has computed (the scrub range).
  int computedSteps() const;
  /// True while the shown frame is a scrubbed one, not the live frontier.
  bool showingScrubbed() const { return m_scrubbed; }

  /// The page the view shows, which the figure and CSV exports follow: the
  /// walk, the characteristic function, the Bernoulli products or the path
  /// integral's convergence (the view's tabs, in this order).
  enum class Page { Walk, Characteristic, Bernoulli, PathIntegral };
  void setPage(Page page) { m_page = page; }
  Page page() const { return m_page; }
  /// ω and the number of modes of the Bernoulli page (docs/math.md §2.9).
  void setBernoulli(double omega, int modes);

  std::shared_ptr<const core::walk::WalkFrame> frame() const { return m_frame; }
  std::shared_ptr<const PlotScene> scene() const { return m_scene; }
  const WalkCharts& charts() const { return m_charts; }
  const WalkDerivationCharts& derivation() const { return m_derivation; }
  const WalkConvergenceChart& convergence() const { return m_convergence; }

 signals:
  void scrubbed(int step);

 protected:
  std::unique_ptr<core::Job> makeJob() override;
  void show(std::shared_ptr<const core::walk::WalkFrame> frame) override;

 private:
  void display(std::shared_ptr<const core::walk::WalkFrame> frame);
  void paintCharacteristic(QPainter& painter, const QRectF& rect) const;
  void showStart(quint64 serial);
  void showScrubbed(std::shared_ptr<const core::walk::WalkFrame> frame);

  // The job makeJob() made, and its serial number.
  std::shared_ptr<core::walk::WalkJob> m_job;
  quint64 m_serial = 0;
  int m_views = 0;  ///< open views (they show failures themselves)

  std::shared_ptr<const core::walk::WalkFrame> m_frame;
  std::shared_ptr<const PlotScene> m_scene;
  WalkCharts m_charts;
  WalkDerivationCharts m_derivation;
  WalkConvergenceChart m_convergence;
  Page m_page = Page::Walk;
  RequestThread m_scrubber;   // one channel; makeJob() drops its requests
  quint64 m_shownSerial = 0;  ///< the walk whose live frames are on display
  bool m_scrubbed = false;
  int m_scrubFrontier = 0;  ///< live frames at or below this step are stale while scrubbed
};

/// The lab list's factory (widgets/lab/registered_labs.h).
std::unique_ptr<Lab> makeWalkLab();

}  // namespace kx::widgets
