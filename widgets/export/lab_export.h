#pragma once
// Exporting a lab's figure: PNG rendered at the requested resolution (not a
// screen grab scaled up), SVG and PDF with vector text and lines, and CSV of
// the data behind the figure. Files are written atomically.
#include <QSize>
#include <QString>

#include "core/util/result.h"

namespace kx::widgets {

class Lab;

enum class ExportFormat { Png, Svg, Pdf, Csv };

/// The format from the file name's suffix, or an error naming the suffixes.
core::Result<ExportFormat> exportFormatFor(const QString& path);

/// Writes the figure of `lab` at `size` logical pixels; PNG gets `scale`
/// device pixels per logical pixel (2 for high-DPI slides).
core::Status exportFigure(const Lab& lab, const QString& path, QSize size, qreal scale = 1.0);

}  // namespace kx::widgets
