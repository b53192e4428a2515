#pragma once
// Qt Charts helpers shared by the labs: a consistently styled chart, and
// drawing a chart into any painter at any size (figure export as vectors).
#include <QChart>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>
#include <vector>

namespace kx::widgets {

/// A value axis labelled in `labelFormat` that never lays out more than a few
/// hundred dynamic ticks, however its range is changed (see the .cpp).
QValueAxis* makeValueAxis(const QString& labelFormat = "%g");

/// A chart with value axes titled `xTitle` / `yTitle` (log y if `logY`).
QChart* makeChart(const QString& title, const QString& xTitle, const QString& yTitle, bool logY = false);

/// Sets the title of `chart` and of its first horizontal and vertical axes
/// (how a chart made by makeChart is retitled in another language).
void setChartTitles(QChart* chart, const QString& title, const QString& xTitle, const QString& yTitle);

/// makeChart's look with log axes on both sides.
QChart* makeLogLogChart(const QString& title, const QString& xTitle, const QString& yTitle);

/// A scatter series (markers only) attached to every axis of `chart`.
QScatterSeries* addScatter(QChart* chart, const QString& name, const QColor& color, qreal size,
                           QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle);

/// A line series attached to both axes of `chart`.
QLineSeries* addLineSeries(QChart* chart, const QString& name, const QColor& color, qreal width = 2.0,
                           Qt::PenStyle style = Qt::SolidLine);

/// Sets the axes' ranges to cover every series (with a small margin).
void fitAxes(QChart* chart);

/// Sets `axis` to cover [lo, hi], widened to whole steps of 1, 2 or 5 times a
/// power of ten, with a tick at every step. (QValueAxis::applyNiceNumbers in
/// Qt 6.4 keeps the tick count, which gives ticks like 133.33 on 0..400.)
/// The number of intervals aimed at is tickCountFor(axis).
void setNiceRange(QValueAxis* axis, double lo, double hi);

/// Shows [lo, hi] on a log axis with a labelled tick at every power of ten in
/// the range, `lo` included; where the axis as laid out now is too short for
/// a label per decade, at every second, third… power (base 100, 1000…).
void setLogRange(QLogValueAxis* axis, double lo, double hi);

/// About how many tick intervals fit along `axis` as its chart is laid out
/// now: 5 when there is room or no layout yet, fewer on a short axis, where
/// Qt Charts would otherwise elide the labels to "...".
int tickCountFor(const QValueAxis* axis);

/// Shows exactly [lo, hi] with a tick every `step` counted from `anchor`.
void setAxisTicks(QValueAxis* axis, double lo, double hi, double step, double anchor = 0);

/// Draws `chart` into `target` as if it were laid out at that size; text and
/// lines stay vectors in SVG/PDF.
void paintChart(QPainter& painter, QChart* chart, const QRectF& target);

/// One series as a legend shows it. At a few hundred pixels wide, Qt Charts'
/// own legend elides six names to nothing (it never wraps): such charts hide
/// it and show these entries in wrapped rows instead, on screen (legendHtml in
/// a word-wrapped label, ChartWithLegend) and in figures (paintLegend).
struct LegendEntry {
  QString name;
  QColor colour;
};
/// Shows or hides `series` in the chart's legend and in legendEntries (a
/// hidden QLegend hides every marker, so the choice is kept on the series).
void showInLegend(QChart* chart, QAbstractSeries* series, bool shown);
/// The chart's named line and scatter series that showInLegend has not
/// hidden (name and colour), in order.
std::vector<LegendEntry> legendEntries(const QChart* chart);
/// The entries as one line of rich text, a coloured square before each name.
QString legendHtml(const std::vector<LegendEntry>& entries);
/// Height of the entries laid out in rows no wider than `width` (paintLegend).
double legendHeight(const QFontMetricsF& metrics, double width, const std::vector<LegendEntry>& entries);
/// Draws the entries in rows no wider than `rect`, each row centred, the block
/// centred vertically (figures).
void paintLegend(QPainter& painter, const QRectF& rect, const std::vector<LegendEntry>& entries);

}  // namespace kx::widgets
