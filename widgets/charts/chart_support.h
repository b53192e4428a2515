#pragma once
// Qt Charts helpers shared by the labs: a consistently styled chart, and
// drawing a chart into any painter at any size (figure export as vectors).
#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

namespace kx::widgets {

/// A chart with value axes titled `xTitle` / `yTitle` (log y if `logY`).
QChart* makeChart(const QString& title, const QString& xTitle, const QString& yTitle, bool logY = false);

/// A line series attached to both axes of `chart`.
QLineSeries* addLineSeries(QChart* chart, const QString& name, const QColor& color, qreal width = 2.0,
                           Qt::PenStyle style = Qt::SolidLine);

/// Sets the axes' ranges to cover every series (with a small margin).
void fitAxes(QChart* chart);

/// Draws `chart` into `target` as if it were laid out at that size; text and
/// lines stay vectors in SVG/PDF.
void paintChart(QPainter& painter, QChart* chart, const QRectF& target);

}  // namespace kx::widgets
