#include "widgets/charts/lab_chart_view.h"

#include "widgets/lab/live_texts.h"

namespace kx::widgets {

LabChartView::LabChartView(QChart* chart, QSize minimumSize, std::function<QString()> toolTip, QWidget* parent)
    : QChartView(chart, parent) {
  setRenderHint(QPainter::Antialiasing);
  setMinimumSize(minimumSize);
  if (toolTip) liveTexts(this, [this, toolTip = std::move(toolTip)] { setToolTip(toolTip()); });
}

LabChartView::~LabChartView() {
  // setChart() releases the previous chart to its owner; the view deletes
  // only the empty stand-in.
  setChart(new QChart);
}

}  // namespace kx::widgets
