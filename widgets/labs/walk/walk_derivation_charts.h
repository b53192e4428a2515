#pragma once
// The walk lab's derivation pages (docs/math.md §2.6, §2.9): the
// characteristic function cos^n ω against its Gaussian limit with the
// walkers' empirical one and the coefficient integral beside the binomial;
// and Bernoulli's products and sums at a chosen ω. Owned here, drawn on
// screen and into exports like WalkCharts.
#include <QChart>
#include <QLineSeries>
#include <QString>

#include "core/walk/bernoulli_panel.h"
#include "core/walk/walk_frame.h"
#include "widgets/charts/chart_support.h"

namespace kx::widgets {

class WalkDerivationCharts {
 public:
  WalkDerivationCharts();
  ~WalkDerivationCharts();
  WalkDerivationCharts(const WalkDerivationCharts&) = delete;
  WalkDerivationCharts& operator=(const WalkDerivationCharts&) = delete;
  /// Sets the charts' titles, axis titles and series names in the current
  /// language (the titles that depend on a frame come with update()).
  void setTexts();

  void update(const core::walk::WalkFrame& frame);
  /// Recomputes the Bernoulli page at ω with `modes` terms (closed forms: cheap).
  void setBernoulli(double omega, int modes);

  QChart* characteristic() const { return m_characteristic; }
  QChart* products() const { return m_products; }
  QChart* sums() const { return m_sums; }
  /// The coefficient integral next to the binomial, one row per site (rich text).
  QString coefficientTable() const { return m_table; }
  const core::walk::BernoulliPanel& bernoulli() const { return m_bernoulli; }
  /// The legend of the Bernoulli page's two charts, drawn once above them.
  std::vector<LegendEntry> legendRow() const;

  QLineSeries* exactSeries() const { return m_exact; }
  QLineSeries* gaussianSeries() const { return m_gaussian; }
  QLineSeries* walkersSeries() const { return m_walkers; }
  QLineSeries* sinhPartialSeries() const { return m_sinhPartial; }
  QLineSeries* minusClosedSeries() const { return m_minusClosed; }

 private:
  QChart *m_characteristic, *m_products, *m_sums;
  QLineSeries *m_exact, *m_gaussian, *m_walkers;
  QLineSeries *m_sinhPartial, *m_sinhLimit, *m_sinPartial, *m_sinLimit;
  QLineSeries *m_plusPartial, *m_plusClosed, *m_minusPartial, *m_minusClosed, *m_poles, *m_here;
  QString m_table;
  core::walk::BernoulliPanel m_bernoulli;
};

}  // namespace kx::widgets
