#pragma once
// The diffusion lab's likelihood view (issue 5, docs/math.md §3.6): once a run has
// sampled, the log-density of a seeded batch of the target's samples through
// the probability-flow ODE against the exact one (a scatter chart filled as
// the worker goes), and any clicked point's two values. Each has its own
// JobRunner, so a click neither waits for nor cancels the batch, and neither
// touches the sampler's run.
#include <QChart>
#include <QObject>
#include <QPointF>
#include <memory>
#include <optional>

#include "core/diffusion/diffusion_frame.h"
#include "core/diffusion/likelihood_compare.h"
#include "widgets/worker/job_runner.h"

namespace kx::widgets {

class DiffusionLikelihood : public QObject {
  Q_OBJECT
 public:
  /// Target samples compared per run: enough to see the spread of the
  /// ODE's error across the modes, ~1 s of worker time with the exact score.
  static constexpr int kSamples = 128;

  explicit DiffusionLikelihood(QObject* parent = nullptr);
  ~DiffusionLikelihood() override;

  /// A frame of the main run: once it has sampled with a score not compared
  /// yet (a new run, or the network just trained), compares the batch.
  void onFrame(const std::shared_ptr<const core::diffusion::DiffusionFrame>& frame);
  /// Forgets the batch, the click's values and the score (inputs changed);
  /// the clicked point is answered again once the new run has sampled,
  /// unless `forgetPoint`.
  void clear(bool forgetPoint = false);
  /// Both log-densities at `at` with the current run's score, on the worker;
  /// probed() when done. Without a run yet: a message.
  void probe(QPointF at);

  std::optional<QPointF> probePoint() const { return m_probePoint; }
  std::optional<core::diffusion::LikelihoodSample> probeResult() const { return m_probe; }
  std::shared_ptr<const core::diffusion::LikelihoodFrame> samples() const { return m_samples; }
  QChart* chart() const { return m_chart; }
  JobRunner& samplesRunner() { return m_samplesRunner; }
  JobRunner& probeRunner() { return m_probeRunner; }
  /// "log p at (x, y): ODE ... · exact ..." for the status line, or empty.
  QString probeText() const;
  /// The chart's texts in the current language.
  void retranslate();

 signals:
  void probed();
  void samplesChanged();
  void message(const QString& text);

 private:
  void updateChart();

  std::shared_ptr<const core::diffusion::DiffusionFrame> m_frame;  ///< last frame with a sampled run
  std::shared_ptr<const core::diffusion::ScoreSource> m_compared;  ///< the score the batch is for
  std::shared_ptr<const core::diffusion::LikelihoodFrame> m_samples;
  std::optional<QPointF> m_probePoint;
  std::optional<core::diffusion::LikelihoodSample> m_probe;
  QChart* m_chart;
  JobRunner m_samplesRunner, m_probeRunner;
};

}  // namespace kx::widgets
