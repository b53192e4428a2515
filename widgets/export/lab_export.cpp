#include "widgets/export/lab_export.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include "widgets/export/atomic_file.h"
#include "widgets/lab/lab.h"

namespace kx::widgets {
namespace {

QByteArray renderPng(const Lab& lab, QSize size, qreal scale) {
  QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(scale);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    lab.paintFigure(painter, QRectF(QPointF(0, 0), size), scale);
  }
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return bytes;
}

QByteArray renderSvg(const Lab& lab, QSize size) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  QSvgGenerator svg;
  svg.setOutputDevice(&buffer);
  svg.setSize(size);
  svg.setViewBox(QRect(QPoint(0, 0), size));
  svg.setTitle("Kexue Lab — " + lab.description().title);
  svg.setResolution(96);
  QPainter painter(&svg);
  painter.setRenderHint(QPainter::Antialiasing);
  lab.paintFigure(painter, QRectF(QPointF(0, 0), size), 2.0);  // embedded raster parts at 2x
  painter.end();
  return bytes;
}

QByteArray renderPdf(const Lab& lab, QSize size) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QPdfWriter pdf(&buffer);
  pdf.setTitle("Kexue Lab — " + lab.description().title);
  pdf.setCreator("Kexue Lab");
  pdf.setResolution(96);  // one logical pixel = 1/96 inch, as on screen
  pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
  pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
  QPainter painter(&pdf);
  painter.setRenderHint(QPainter::Antialiasing);
  lab.paintFigure(painter, QRectF(QPointF(0, 0), size), 3.0);  // embedded raster parts at 3x (288 dpi)
  painter.end();
  return bytes;
}

}  // namespace

core::Result<ExportFormat> exportFormatFor(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == "png") return ExportFormat::Png;
  if (suffix == "svg") return ExportFormat::Svg;
  if (suffix == "pdf") return ExportFormat::Pdf;
  if (suffix == "csv") return ExportFormat::Csv;
  return core::fail(QString("cannot export to '%1': use a .png, .svg, .pdf or .csv file name").arg(path).toStdString());
}

core::Status exportFigure(const Lab& lab, const QString& path, QSize size, qreal scale) {
  auto format = exportFormatFor(path);
  if (!format) return core::fail(format.error());
  if (size.width() < 100 || size.height() < 100 || size.width() > 10000 || size.height() > 10000)
    return core::fail(QString("figure size %1x%2 is out of range: each side must be between 100 and 10000 pixels")
                          .arg(size.width())
                          .arg(size.height())
                          .toStdString());
  if (!(scale >= 0.5 && scale <= 8)) return core::fail("export scale must be between 0.5 and 8");
  switch (*format) {
    case ExportFormat::Png:
      return writeFileAtomically(path, renderPng(lab, size, scale));
    case ExportFormat::Svg:
      return writeFileAtomically(path, renderSvg(lab, size));
    case ExportFormat::Pdf:
      return writeFileAtomically(path, renderPdf(lab, size));
    case ExportFormat::Csv:
      return writeFileAtomically(path, lab.csvData().toUtf8());
  }
  return core::fail("unknown export format");
}

}  // namespace kx::widgets
