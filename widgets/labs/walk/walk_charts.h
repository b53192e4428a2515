#pragma once
// The walk lab's charts (Qt Charts, owned here, drawn on screen and into
// exports): the 1D histogram with the exact law and the matching normal law,
// the distance to the normal law against n on log-log axes with the n^(-1/2)
// reference and the fitted slope, the mean-square displacement with its
// fitted line, and the path-integral panel (composed short-time kernels
// against the closed form or the image solution, beside the walkers'
// density). docs/math.md §2.
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>

#include "core/walk/walk_frame.h"

namespace kx::widgets {

class WalkCharts {
 public:
  WalkCharts();
  ~WalkCharts();
  WalkCharts(const WalkCharts&) = delete;
  WalkCharts& operator=(const WalkCharts&) = delete;
  /// Sets the charts' titles, axis titles and series names in the current
  /// language (the titles that depend on a frame come with update()).
  void setTexts();

  void update(const core::walk::WalkFrame& frame);

  QChart* histogram() const { return m_histogram; }
  QChart* distance() const { return m_distance; }
  QChart* msd() const { return m_msd; }
  QChart* propagator() const { return m_propagator; }

  /// Series, for tests: walkers' histogram (step outline of probability per
  /// bin), exact law (one point per bin), matching normal (one point per bin).
  QLineSeries* histogramSeries() const { return m_hist; }
  QScatterSeries* exactSeries() const { return m_exact; }
  QLineSeries* normalSeries() const { return m_normal; }
  QScatterSeries* ksSeries() const { return m_ks; }
  QScatterSeries* ksTrueSeries() const { return m_ksTrue; }
  QLineSeries* ksLawSeries() const { return m_ksLaw; }
  QLineSeries* referenceSeries() const { return m_reference; }
  QLineSeries* distanceFitSeries() const { return m_distanceFitLine; }
  QScatterSeries* msdSeries() const { return m_msdPoints; }
  QLineSeries* msdFitSeries() const { return m_msdFitLine; }
  QLineSeries* closedFormSeries() const { return m_closed; }
  const std::vector<QLineSeries*>& composedSeries() const { return m_composed; }

 private:
  void updateHistogram(const core::walk::WalkFrame& f);
  void updateDistance(const core::walk::WalkFrame& f);
  void updateMsd(const core::walk::WalkFrame& f);
  void updatePropagator(const core::walk::WalkFrame& f);

  QChart *m_histogram, *m_distance, *m_msd, *m_propagator;
  QLineSeries *m_hist, *m_normal;
  QScatterSeries* m_exact;
  QScatterSeries *m_ks, *m_tv, *m_ksTrue;
  QLineSeries* m_ksLaw;
  QLineSeries *m_reference, *m_distanceFitLine, *m_floor;
  QScatterSeries* m_msdPoints;
  QLineSeries* m_msdFitLine;
  QLineSeries *m_density, *m_closed;
  std::vector<QLineSeries*> m_composed;  ///< 1, 4 and the most hops
};

}  // namespace kx::widgets
