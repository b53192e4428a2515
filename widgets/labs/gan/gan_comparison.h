#pragma once
// The GAN lab's comparison runs (issue 16) without a window: the variants of a
// preset (every loss, or the energy GAN's three generator optimisers) trained
// by core::gan::ComparisonJob on a runner of their own, the curves of sliced W1
// and of the modes covered against the generator step, the one-line summary
// computed from them, and their figure and CSV. GanComparisonDialog shows it.
#include <QChart>
#include <QLineSeries>
#include <QObject>
#include <memory>
#include <vector>

#include "core/gan/gan_comparison.h"
#include "widgets/export/lab_export.h"
#include "widgets/worker/job_runner.h"

namespace kx::widgets {

enum class ComparisonPreset { Losses, Optimisers };

class GanComparison : public QObject {
  Q_OBJECT
 public:
  explicit GanComparison(ComparisonPreset preset, QObject* parent = nullptr);
  ~GanComparison() override;  // stops the run before the charts go

  /// Cancels any run and trains the preset's variants of `base` on `target`,
  /// `steps` generator steps each, measured 50 times along the way.
  void start(const core::gan::GanParams& base, core::mixture::GaussianMixture target, int steps);
  void cancel();
  bool running() const { return m_runner.busy(); }
  double progress() const { return m_runner.progress(); }

  ComparisonPreset preset() const { return m_preset; }
  /// "Compare losses" or "Compare optimisers", in the current language.
  QString title() const;
  const std::vector<core::gan::ComparisonVariant>& variants() const { return m_variants; }
  std::shared_ptr<const core::gan::ComparisonFrame> frame() const { return m_frame; }
  /// A variant's name in the current language.
  QString variantTitle(std::size_t k) const;
  /// Which variant trains now, or the results in one line once all have
  /// (numbers taken from the curves, never a canned claim).
  QString summary() const;

  QChart* sw1Chart() const { return m_sw1Chart; }
  QChart* modesChart() const { return m_modesChart; }
  /// The legend above both charts, the charts side by side, the summary below.
  void paintFigure(QPainter& painter, const QRectF& rect) const;
  QString csvData() const;
  /// paintFigure and csvData for exportFigure (widgets/export/lab_export.h).
  FigureSource figure() const;
  /// Chart and series texts in the current language.
  void retranslate();

 signals:
  void updated();  ///< new curves, progress or state

 private:
  void show(std::shared_ptr<const core::gan::ComparisonFrame> frame);
  void makeSeries();
  void setRanges();
  void setTexts();
  QString optimiserSummary() const;
  QString optimiserVerdict() const;
  QString lossSummary() const;

  ComparisonPreset m_preset;
  std::vector<core::gan::ComparisonVariant> m_variants;
  int m_steps = 0;
  std::shared_ptr<const core::gan::ComparisonFrame> m_frame;
  QChart* m_sw1Chart;
  QChart* m_modesChart;
  std::vector<QLineSeries*> m_sw1, m_modes;
  JobRunner m_runner;  // last: destroyed (cancelled and joined) first
};

}  // namespace kx::widgets
