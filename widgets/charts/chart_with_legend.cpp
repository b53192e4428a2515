#include "widgets/charts/chart_with_legend.h"

#include <QVBoxLayout>

#include "widgets/charts/chart_support.h"

namespace kx::widgets {

ChartWithLegend::ChartWithLegend(QChart* chart, QSize minimumSize, std::function<QString()> toolTip, QWidget* parent)
    : QWidget(parent) {
  m_view = new LabChartView(chart, minimumSize, std::move(toolTip), this);
  m_legend = new QLabel(this);
  m_legend->setTextFormat(Qt::RichText);
  m_legend->setAlignment(Qt::AlignCenter);
  m_legend->setWordWrap(true);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(0);
  layout->addWidget(m_legend);
  layout->addWidget(m_view, 1);
  refreshLegend();
}

void ChartWithLegend::refreshLegend() { m_legend->setText(legendHtml(legendEntries(m_view->chart()))); }

}  // namespace kx::widgets
