// Legends in wrapped rows (widgets/charts/chart_support.h): the entries a
// hidden Qt legend would not show are still listed, rows wrap to the width
// given, and a figure draws every name whole.
#include <gtest/gtest.h>

#include <QBuffer>
#include <QPainter>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <memory>

#include "widgets/charts/chart_support.h"

namespace kx::widgets {
namespace {

const std::vector<QString> kNames = {"KS at bin edges (continuity-corrected)",
                                     "KS (true)",
                                     "binomial law's KS",
                                     "TV",
                                     "∝ n^−½",
                                     "fit to KS",
                                     "floor 2/√N"};

std::unique_ptr<QChart> chartWithSevenSeries() {
  std::unique_ptr<QChart> chart(makeChart("t", "x", "y"));
  for (std::size_t k = 0; k < kNames.size(); ++k) {
    if (k % 2)
      addScatter(chart.get(), kNames[k], QColor(20, 60, 140), 5);
    else
      addLineSeries(chart.get(), kNames[k], QColor(213, 94, 0));
  }
  return chart;
}

TEST(ChartLegend, EntriesFollowShowInLegendAlsoWhenTheQtLegendIsHidden) {
  auto chart = chartWithSevenSeries();
  chart->legend()->hide();                                      // as the labs do for charts with many series
  ASSERT_EQ(legendEntries(chart.get()).size(), kNames.size());  // scatter series included
  showInLegend(chart.get(), chart->series()[1], false);
  const auto entries = legendEntries(chart.get());
  ASSERT_EQ(entries.size(), kNames.size() - 1);
  EXPECT_EQ(entries[1].name, kNames[2]);
  showInLegend(chart.get(), chart->series()[1], true);
  EXPECT_EQ(legendEntries(chart.get()).size(), kNames.size());
}

TEST(ChartLegend, RowsWrapToTheWidthAndAFigureDrawsEveryNameWhole) {
  auto chart = chartWithSevenSeries();
  const auto entries = legendEntries(chart.get());
  QFont font;
  font.setPixelSize(12);
  const QFontMetricsF fm(font);
  const double line = legendHeight(fm, 1e6, entries);  // everything on one row
  EXPECT_NEAR(legendHeight(fm, 400, entries) / line, 3, 1);
  EXPECT_GE(legendHeight(fm, 10, entries) / line, double(entries.size()) - 1e-9);  // one entry per row at least

  QBuffer svg;
  QSvgGenerator generator;
  generator.setOutputDevice(&svg);
  generator.setSize(QSize(400, 200));
  {
    QPainter painter(&generator);
    painter.setFont(font);
    paintLegend(painter, QRectF(0, 0, 400, legendHeight(fm, 400, entries)), entries);
  }
  const QString text = QString::fromUtf8(svg.data());
  for (const auto& name : kNames) EXPECT_TRUE(text.contains(QString(name).toHtmlEscaped())) << name.toStdString();
}

TEST(ChartLegend, OnScreenAnEntryNeverBreaksButRowsBreakBetweenEntries) {
  const QString html = legendHtml({{"KS (true)", Qt::black}, {"fit to KS", Qt::red}});
  EXPECT_TRUE(html.contains("KS&nbsp;(true)"));
  EXPECT_TRUE(html.contains("&nbsp;&nbsp; <span"));  // a breakable space between the entries
  EXPECT_TRUE(legendHtml({{"f-GAN, KL", Qt::black}}).contains(QString("f") + QChar(0x2011) + "GAN,&nbsp;KL"));
}

}  // namespace
}  // namespace kx::widgets
