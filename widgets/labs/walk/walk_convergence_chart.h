#pragma once
// The walk lab's "Path integral" page: how fast the composed short-time
// kernels approach the closed form (docs/math.md §2.3, §2.6, §2.8) — the
// error against the number of kernels on log–log axes, with the Δt and Δt²
// slopes for reference and the order fitted to the finest compositions.
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QScatterSeries>

#include "core/walk/walk_frame.h"

namespace kx::widgets {

class WalkConvergenceChart {
  // The context lupdate and the .ts file give this class (qualified).
  Q_DECLARE_TR_FUNCTIONS(kx::widgets::WalkConvergenceChart)

 public:
  WalkConvergenceChart();
  ~WalkConvergenceChart();
  WalkConvergenceChart(const WalkConvergenceChart&) = delete;
  WalkConvergenceChart& operator=(const WalkConvergenceChart&) = delete;

  /// Titles and names in the current language (the title that depends on
  /// the frame comes with update()).
  void setTexts();
  void update(const core::walk::WalkFrame& frame);

  QChart* chart() const { return m_chart; }
  QScatterSeries* errorSeries() const { return m_error; }
  /// The order p of error ∝ N^(−p) fitted to the finest three compositions; NaN without them.
  double order() const { return m_order; }

 private:
  QChart* m_chart;
  QScatterSeries* m_error;
  QLineSeries *m_errorLine, *m_first, *m_second;
  double m_order;
};

}  // namespace kx::widgets
