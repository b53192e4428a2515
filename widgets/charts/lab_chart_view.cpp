#include "widgets/charts/lab_chart_view.h"

namespace kx::widgets {

LabChartView::LabChartView(QChart* chart, QSize minimumSize, const QString& toolTip, QWidget* parent)
    : QChartView(chart, parent) {
  setRenderHint(QPainter::Antialiasing);
  setMinimumSize(minimumSize);
  setToolTip(toolTip);
}

LabChartView::~LabChartView() {
  // setChart() releases the previous chart to its owner; the view deletes
  // only the empty stand-in.
  setChart(new QChart);
}

}  // namespace kx::widgets
