#pragma once
// Exporting a lab's figure: PNG rendered at the requested resolution (not a
// screen grab scaled up), SVG and PDF with vector text and lines, and CSV of
// the data behind the figure. Files are written atomically.
#include <QPainter>
#include <QSize>
#include <QString>
#include <functional>

#include "core/util/result.h"

namespace kx::widgets {

class Lab;

enum class ExportFormat { Png, Svg, Pdf, Csv };

/// The format from the file name's suffix, or an error naming the suffixes.
core::Result<ExportFormat> exportFormatFor(const QString& path);

/// What an export draws: a lab's figure, or another window's (the GAN lab's
/// comparison runs). `paint` draws into any painter, as Lab::paintFigure;
/// `csv` gives the data behind it.
struct FigureSource {
  QString title;  ///< the SVG and PDF files' title, after "Kexue Lab — "
  std::function<void(QPainter& painter, const QRectF& rect, qreal pixelRatio)> paint;
  std::function<QString()> csv;
};

/// The figure and data of `lab` (paintFigure, csvData).
FigureSource labFigure(const Lab& lab);

/// Writes `figure` at `size` logical pixels; PNG gets `scale` device pixels
/// per logical pixel (2 for high-DPI slides).
core::Status exportFigure(const FigureSource& figure, const QString& path, QSize size, qreal scale = 1.0);
/// exportFigure(labFigure(lab), ...).
core::Status exportFigure(const Lab& lab, const QString& path, QSize size, qreal scale = 1.0);

}  // namespace kx::widgets
