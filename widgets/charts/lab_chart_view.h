#pragma once
// A view of a chart that its lab owns. A lab keeps its charts because it
// draws them into exports with or without a view (headless export has none);
// QChartView would delete the chart it shows, so this view gives the chart
// back when it goes. Every lab view shows charts through it: none can forget.
#include <QChartView>
#include <functional>

namespace kx::widgets {

class LabChartView : public QChartView {
  Q_OBJECT
 public:
  /// `toolTip` makes the tooltip in the current language (liveTexts); empty: none.
  LabChartView(QChart* chart, QSize minimumSize, std::function<QString()> toolTip, QWidget* parent);
  ~LabChartView() override;
};

}  // namespace kx::widgets
