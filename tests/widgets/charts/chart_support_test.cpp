// Chart axes tick at round numbers (1, 2 or 5 times a power of ten) and cover
// the data, whatever the data's range.
#include "widgets/charts/chart_support.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QChartView>
#include <QImage>
#include <QLogValueAxis>
#include <QSvgGenerator>
#include <QTest>
#include <cmath>

namespace kx::widgets {
namespace {

bool isRoundStep(double step) {
  const double mantissa = step / std::pow(10.0, std::floor(std::log10(step) + 1e-12));
  return std::abs(mantissa - 1) < 1e-9 || std::abs(mantissa - 2) < 1e-9 || std::abs(mantissa - 5) < 1e-9;
}

bool isMultiple(double value, double step) { return std::abs(value / step - std::round(value / step)) < 1e-9; }

TEST(ChartAxes, NiceRangesTickAtRoundStepsAndCoverTheData) {
  const std::pair<double, double> ranges[] = {{0, 333.3}, {-16.4, 336},  {0, 0.0168},
                                              {1, 1000},  {-3e-5, 7e-5}, {42, 42}};
  for (const auto& [lo, hi] : ranges) {
    QValueAxis axis;
    setNiceRange(&axis, lo, hi);
    const double step = axis.tickInterval();
    SCOPED_TRACE(testing::Message() << "[" << lo << ", " << hi << "] -> [" << axis.min() << ", " << axis.max()
                                    << "] step " << step);
    EXPECT_EQ(axis.tickType(), QValueAxis::TicksDynamic);
    EXPECT_TRUE(isRoundStep(step));
    EXPECT_LE(axis.min(), lo);
    EXPECT_GE(axis.max(), hi);
    EXPECT_TRUE(isMultiple(axis.min(), step));
    EXPECT_TRUE(isMultiple(axis.max(), step));
    const double intervals = (axis.max() - axis.min()) / step;
    EXPECT_GE(intervals, 2.0);  // at least three labelled ticks
    EXPECT_LE(intervals, 10.0);
  }
}

TEST(ChartAxes, FitAxesCoversEverySeriesWithRoundTicks) {
  QChart* chart = makeChart("msd", "t", "msd");
  QLineSeries* series = addLineSeries(chart, "walkers", Qt::blue);
  for (int t = 0; t <= 318; ++t) series->append(t, 1.002 * t);
  fitAxes(chart);
  auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first());
  auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
  EXPECT_LE(x->min(), 0);
  EXPECT_GE(x->max(), 318);
  EXPECT_GE(y->max(), 318.636);
  EXPECT_TRUE(isRoundStep(y->tickInterval()));
  EXPECT_TRUE(isMultiple(y->max(), y->tickInterval()));
  delete chart;
}

// A log axis labels every decade it spans, the lowest included (Qt 6.4 lost
// the 0.01 of a 0.01..1 axis to rounding in ln(0.01) / ln(10)).
TEST(ChartAxes, ALogAxisTicksEveryDecadeItSpans) {
  const std::pair<double, int> lowest[] = {{0.018, 3}, {0.0018, 4}, {0.18, 2}, {2e-5, 6}};
  for (const auto& [y0, decades] : lowest) {
    QChart* chart = makeChart("quality", "evaluations", "distance", true);
    addLineSeries(chart, "ddim", Qt::blue)->append({QPointF(1, 0.5), QPointF(2, y0)});
    fitAxes(chart);
    auto* y = qobject_cast<QLogValueAxis*>(chart->axes(Qt::Vertical).first());
    ASSERT_TRUE(y);
    EXPECT_EQ(y->tickCount(), decades) << "lowest point " << y0 << ", axis from " << y->min();
    EXPECT_LE(y->min(), y0);
    delete chart;
  }
}

TEST(ChartAxes, ARangeGrowingAMillionFoldIsDrawnWithFewTicks) {
  // Regression: with the old interval still set, dynamic ticks over the new
  // range made Qt lay out millions of them (the VAE lab's KL axis hung).
  QChart* chart = makeChart("kl", "epoch", "nats");
  addLineSeries(chart, "kl", Qt::red)->append({QPointF(0, 0), QPointF(1, 1e-4)});
  auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
  QImage image(400, 300, QImage::Format_ARGB32);
  QPainter painter(&image);
  setNiceRange(y, 0, 1e-4);
  paintChart(painter, chart, QRectF(0, 0, 400, 300));
  setNiceRange(y, 0, 100);
  paintChart(painter, chart, QRectF(0, 0, 400, 300));
  EXPECT_EQ(y->max(), 100);
  EXPECT_GE(y->tickInterval(), 20);  // 2 to 5 intervals, as many as the last layout has room for
  delete chart;
}

TEST(ChartAxes, NoWayOfChangingTheRangeLaysOutThousandsOfTicks) {
  // Regression: the tiny interval of a nearly flat curve, then a range of 1
  // set directly (the diffusion lab's coverage chart, 40 s) or adopted from a
  // series attached to a collapsed axis (the bifurcation chart, 24 GB), made
  // Qt lay out thousands of ticks or more (unguarded here: 5,000 and 10,000).
  QChartView view(makeChart("coverage", "log2 steps", "share"));
  view.resize(400, 300);
  view.show();
  QChart* chart = view.chart();
  addLineSeries(chart, "flat", Qt::red)->append({QPointF(0, 0.999), QPointF(1, 1.0)});
  fitAxes(chart);
  auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
  ASSERT_LE(y->tickInterval(), 1e-3);
  const auto tickCount = [&] { return (y->max() - y->min()) / y->tickInterval(); };
  y->setRange(0, 1);
  EXPECT_LE(tickCount(), 10);
  // Narrower than 1e-12, Qt takes the axis for unset and adopts the range
  // of the next series attached (unguarded, 2e-11 / 2e-15 = 10,000 ticks).
  setAxisTicks(y, 0.5, 0.5 + 1e-14, 2e-15);
  chart->removeAllSeries();
  addLineSeries(chart, "wider", Qt::blue)->append({QPointF(0, 0.5), QPointF(1, 0.5 + 2e-11)});
  ASSERT_GT(y->max() - y->min(), 1e-12);
  EXPECT_LE(tickCount(), 10);
}

TEST(ChartAxes, DataFlatToRoundingGetsTheRangeOfFlatData) {
  // A branch at x = 0 with another at 1e-14 (rounding) is flat: [-1, 1], not
  // an axis 1e-14 wide that Qt would take for unset.
  QChart* chart = makeChart("branches", "p", "x");
  addLineSeries(chart, "a", Qt::red)->append({QPointF(0, 0), QPointF(1, 1e-14)});
  fitAxes(chart);
  auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
  EXPECT_LE(y->min(), -1);
  EXPECT_GE(y->max(), 1);
  delete chart;
}

TEST(ChartAxes, AxisTicksShowTheExactRangeFromTheAnchor) {
  QValueAxis axis;
  setAxisTicks(&axis, 0.5, 12.5, 2, 1);
  EXPECT_EQ(axis.min(), 0.5);
  EXPECT_EQ(axis.max(), 12.5);
  EXPECT_EQ(axis.tickAnchor(), 1);
  EXPECT_EQ(axis.tickInterval(), 2);
  EXPECT_EQ(axis.tickType(), QValueAxis::TicksDynamic);
}

// Qt Charts elides a vertical axis's labels to "..." when its ticks are closer
// than a line of text: a short chart (the GAN lab's quality chart at 1280 x
// 800) gets fewer ticks than a tall one for the same data.
TEST(ChartAxes, AShortChartGetsFewerTicksThanATallOne) {
  double intervals[2] = {0, 0}, spacingPx[2] = {0, 0};
  const int heights[2] = {200, 600};
  for (int k = 0; k < 2; ++k) {
    QChart* chart = makeChart("quality", "step", "value");
    QLineSeries* series = addLineSeries(chart, "hq", Qt::blue);
    for (int t = 0; t <= 20; ++t) series->append(100 * t, 1.4 * t / 20);
    QChartView view(chart);
    view.resize(500, heights[k]);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    fitAxes(chart);
    auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
    intervals[k] = (y->max() - y->min()) / y->tickInterval();
    spacingPx[k] = chart->plotArea().height() / intervals[k];
    EXPECT_TRUE(isRoundStep(y->tickInterval()));
    EXPECT_GE(spacingPx[k], 18.0) << "height " << heights[k];  // room for a label's line (about 15 px)
  }
  EXPECT_GT(intervals[1], intervals[0]);
}

// An exported figure is laid out at its own size, so it gets the ticks of
// that size: a chart that is short on screen, drawn tall, ticks more finely on
// the same range, and keeps its screen ticks afterwards.
TEST(ChartAxes, AnExportTicksForItsOwnSizeAndLeavesTheScreenAlone) {
  QChart* chart = makeChart("quality", "step", "value");
  QLineSeries* series = addLineSeries(chart, "hq", Qt::blue);
  for (int t = 0; t <= 20; ++t) series->append(100 * t, 1.4 * t / 20);
  QChartView view(chart);
  view.resize(500, 200);
  view.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
  fitAxes(chart);
  auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first());
  const double screenStep = y->tickInterval(), lo = y->min(), hi = y->max();
  std::vector<double> stepsWhilePainting;
  QObject::connect(y, &QValueAxis::tickIntervalChanged, [&](qreal step) { stepsWhilePainting.push_back(step); });

  QBuffer svg;
  QSvgGenerator generator;
  generator.setOutputDevice(&svg);
  generator.setSize(QSize(500, 700));
  generator.setViewBox(QRect(0, 0, 500, 700));
  {
    QPainter painter(&generator);
    paintChart(painter, chart, QRectF(0, 0, 500, 700));
  }
  ASSERT_EQ(stepsWhilePainting.size(), 2u);  // set for the export, then restored
  const double exportStep = stepsWhilePainting[0];
  EXPECT_LT(exportStep, screenStep);
  EXPECT_TRUE(isRoundStep(exportStep));
  EXPECT_TRUE(isMultiple(lo, exportStep) && isMultiple(hi, exportStep));
  EXPECT_EQ(y->tickInterval(), screenStep);
  EXPECT_EQ(y->min(), lo);
  EXPECT_EQ(y->max(), hi);
  // A tick label only the finer step has is in the exported figure.
  const QString label = QString::asprintf("%g", lo + exportStep);  // not a multiple of the screen's step
  EXPECT_TRUE(QString::fromUtf8(svg.data()).contains(">" + label + "<")) << label.toStdString();
}

}  // namespace
}  // namespace kx::widgets
