#pragma once
// The Competition lab's interactive view: the model chooser (the gallery and
// Custom, with its note and, for Custom, the equations' editor); the phase
// plane (GL canvas) and the bifurcation diagram as tabs; below, the selected
// trajectory's time series and, for the essay's model, the integrator error
// and the outcome map.
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;

namespace kx::widgets {

class CompetitionLab;
class CustomModelEditor;
class GlCanvas;
class LabChartView;
class OutcomeMapWidget;

class CompetitionView : public QWidget {
  Q_OBJECT
 public:
  CompetitionView(CompetitionLab* lab, QWidget* parent = nullptr);

  GlCanvas* canvas() const { return m_canvas; }
  QComboBox* modelChooser() const { return m_model; }
  CustomModelEditor* customEditor() const { return m_custom; }
  QTabWidget* tabs() const { return m_tabs; }
  QComboBox* sweepChooser() const { return m_sweep; }

 private:
  void setTexts();
  /// Follows the lab's model: chooser, note, editor, sweep choices, which
  /// panels show.
  void showModel();

  CompetitionLab* m_lab;
  QComboBox* m_model;
  QLabel *m_modelLabel, *m_note, *m_hint, *m_sweepLabel;
  QPushButton* m_clear;
  CustomModelEditor* m_custom;
  QTabWidget* m_tabs;
  GlCanvas* m_canvas;
  QComboBox* m_sweep;
  LabChartView* m_timeView;
  LabChartView* m_errorView;
  LabChartView* m_bifurcationView;
  OutcomeMapWidget* m_outcome;
};

}  // namespace kx::widgets
