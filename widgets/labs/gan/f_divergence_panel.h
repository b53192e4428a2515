#pragma once
// The GAN view's f/g tab (issue 16, docs/math.md §4.10, §4.11): for an f-GAN
// divergence (the lab's, when its loss is an f-GAN) the function f(u) and
// its convex conjugate g(t), and the d(r) of the "Designing GANs" pairs, each
// minimal at r = 1. Its charts are its own: plain chart views own them.
#include <QChart>
#include <QLineSeries>
#include <QWidget>
#include <vector>

#include "core/gan/f_divergence.h"

class QComboBox;

namespace kx::widgets {

class GanLab;

class FDivergencePanel : public QWidget {
  Q_OBJECT
 public:
  FDivergencePanel(GanLab* lab, QWidget* parent);

  /// Shows `kind` (the lab's loss picks it too, when it is an f-GAN).
  void setDivergence(core::gan::FDivergence kind);
  core::gan::FDivergence divergence() const;

  QComboBox* divergenceBox() const { return m_box; }
  QLineSeries* fSeries() const { return m_f; }
  QLineSeries* gSeries() const { return m_g; }
  /// d(r) of each of core::gan::designedGans(), in its order.
  const std::vector<QLineSeries*>& dSeries() const { return m_d; }

 private:
  void plot();
  void setTexts();
  void followLab();

  GanLab* m_lab;
  QComboBox* m_box;
  QChart *m_fChart, *m_gChart, *m_dChart;
  QLineSeries *m_f, *m_g;
  std::vector<QLineSeries*> m_d;
};

}  // namespace kx::widgets
