#pragma once
// The Competition lab's interactive view: the phase plane (GL canvas) on top,
// the selected trajectory's time series, the integrator error and the outcome
// map below.
#include <QWidget>

class QLabel;
class QPushButton;

namespace kx::widgets {

class CompetitionLab;
class GlCanvas;
class LabChartView;
class OutcomeMapWidget;

class CompetitionView : public QWidget {
  Q_OBJECT
 public:
  CompetitionView(CompetitionLab* lab, QWidget* parent = nullptr);

  GlCanvas* canvas() const { return m_canvas; }

 protected:
  /// A new language redraws the view's and the lab's texts.

 private:
  void setTexts();

  CompetitionLab* m_lab;
  QLabel* m_hint;
  QPushButton* m_clear;
  GlCanvas* m_canvas;
  LabChartView* m_timeView;
  LabChartView* m_errorView;
  OutcomeMapWidget* m_outcome;
};

}  // namespace kx::widgets
