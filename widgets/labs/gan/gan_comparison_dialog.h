#pragma once
// The GAN lab's "Compare losses…" and "Compare optimisers…" window (issue 16):
// the steps to train each variant, Run / Stop, progress, the curves of the
// comparison growing as its variants train (GanComparison), the summary line
// and the export of the figure and CSV. Closing it stops the run.
#include <QDialog>
#include <QToolButton>

#include "widgets/labs/gan/gan_comparison.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kx::widgets {

class GanLab;

class GanComparisonDialog : public QDialog {
  Q_OBJECT
 public:
  /// Trains on `lab`'s current parameters and data when Run is pressed.
  GanComparisonDialog(GanLab* lab, ComparisonPreset preset, QWidget* parent);
  ~GanComparisonDialog() override;

  GanComparison& comparison() { return *m_comparison; }
  QSpinBox* stepsBox() const { return m_steps; }
  QPushButton* runButton() const { return m_run; }
  QLabel* summaryLabel() const { return m_summary; }
  /// Trains with the lab's current parameters (what Run does).
  void run();

 private:
  void refresh();
  void exportInteractively();

  GanLab* m_lab;
  std::unique_ptr<GanComparison> m_comparison;
  QWidget* m_charts;
  QLabel* m_legend;
  QSpinBox* m_steps;
  QPushButton* m_run;
  QPushButton* m_export;
  QProgressBar* m_progress;
  QLabel* m_summary;
};

/// The GAN view's "Compare" button, whose menu opens either window (one of
/// each at a time, closed with the view).
QToolButton* makeComparisonButton(GanLab* lab, QWidget* parent);

}  // namespace kx::widgets
