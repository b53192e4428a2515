#pragma once
// The Competition lab's interactive view: the phase plane (GL canvas) on top,
// the selected trajectory's time series, the integrator error and the outcome
// map below.
#include <QChartView>
#include <QWidget>

namespace kx::widgets {

class CompetitionLab;
class GlCanvas;
class OutcomeMapWidget;

class CompetitionView : public QWidget {
  Q_OBJECT
 public:
  CompetitionView(CompetitionLab* lab, QWidget* parent = nullptr);
  ~CompetitionView() override;

  GlCanvas* canvas() const { return m_canvas; }

 private:
  CompetitionLab* m_lab;
  GlCanvas* m_canvas;
  QChartView* m_timeView;
  QChartView* m_errorView;
  OutcomeMapWidget* m_outcome;
};

}  // namespace kx::widgets
