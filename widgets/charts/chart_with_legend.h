#pragma once
// A lab's chart with its legend as word-wrapped rows of rich text above it:
// for charts whose many series Qt Charts' one-line legend would elide (the
// lab hides the chart's own legend and paints the same rows in its figure,
// widgets/charts/chart_support.h: paintLegend).
#include <QLabel>
#include <QWidget>
#include <functional>

#include "widgets/charts/lab_chart_view.h"

namespace kx::widgets {

class ChartWithLegend : public QWidget {
  Q_OBJECT
 public:
  ChartWithLegend(QChart* chart, QSize minimumSize, std::function<QString()> toolTip, QWidget* parent);

  LabChartView* view() const { return m_view; }
  QLabel* legend() const { return m_legend; }
  /// Re-reads the series' names, colours and visibility after the lab updated the chart.
  void refreshLegend();

 private:
  LabChartView* m_view;
  QLabel* m_legend;
};

}  // namespace kx::widgets
