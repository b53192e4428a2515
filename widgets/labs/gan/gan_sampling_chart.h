#pragma once
// The GAN lab's third chart (issue 16; docs/math.md §4.12): the quality of the
// Langevin particles against their steps — sliced W1, modes / all, the
// high-quality fraction and MALA's acceptance rate — with the generator's own
// sliced W1 and modes as dashed lines, so sampling the energy and sampling G
// are compared on one chart.
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>

#include "core/gan/gan_frame.h"

namespace kx::widgets {

class GanSamplingChart {
  Q_DECLARE_TR_FUNCTIONS(kx::widgets::GanSamplingChart)

 public:
  GanSamplingChart();
  ~GanSamplingChart();
  GanSamplingChart(const GanSamplingChart&) = delete;
  GanSamplingChart& operator=(const GanSamplingChart&) = delete;

  QChart* chart() const { return m_chart; }
  /// Titles and series names in the current language.
  void setTexts();
  /// Shows `frame`'s sampling history (empty for a frame without sampling).
  void show(const core::gan::GanFrame& frame);

 private:
  QChart* m_chart;
  QLineSeries *m_sw1, *m_modes, *m_hq, *m_acceptance, *m_generatorSw1, *m_generatorModes;
  /// The numbers of the frame shown, for the title.
  int m_shownModes = 0, m_targetModes = 0;
  double m_shownSw1 = 0;
};

}  // namespace kx::widgets
