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

QByteArray renderPng(const FigureSource& figure, QSize size, qreal scale) {
  QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
  image.setDevicePixelRatio(scale);
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    figure.paint(painter, QRectF(QPointF(0, 0), size), scale);
  }
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  image.save(&buffer, "PNG");
  return bytes;
}

QByteArray renderSvg(const FigureSource& figure, QSize size) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  QSvgGenerator svg;
  svg.setOutputDevice(&buffer);
  svg.setSize(size);
  svg.setViewBox(QRect(QPoint(0, 0), size));
  svg.setTitle("Kexue Lab — " + figure.title);
  svg.setResolution(96);
  QPainter painter(&svg);
  painter.setRenderHint(QPainter::Antialiasing);
  figure.paint(painter, QRectF(QPointF(0, 0), size), 2.0);  // embedded raster parts at 2x
  painter.end();
  return bytes;
}

QByteArray renderPdf(const FigureSource& figure, QSize size) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  QPdfWriter pdf(&buffer);
  pdf.setTitle("Kexue Lab — " + figure.title);
  pdf.setCreator("Kexue Lab");
  pdf.setResolution(96);  // one logical pixel = 1/96 inch, as on screen
  pdf.setPageSize(QPageSize(QSizeF(size) * 72.0 / 96.0, QPageSize::Point));
  pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
  QPainter painter(&pdf);
  painter.setRenderHint(QPainter::Antialiasing);
  figure.paint(painter, QRectF(QPointF(0, 0), size), 3.0);  // embedded raster parts at 3x (288 dpi)
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

FigureSource labFigure(const Lab& lab) {
  return {
      lab.description().title,
      [&lab](QPainter& painter, const QRectF& rect, qreal pixelRatio) { lab.paintFigure(painter, rect, pixelRatio); },
      [&lab] { return lab.csvData(); }};
}

core::Status exportFigure(const Lab& lab, const QString& path, QSize size, qreal scale) {
  return exportFigure(labFigure(lab), path, size, scale);
}

core::Status exportFigure(const FigureSource& figure, const QString& path, QSize size, qreal scale) {
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
      return writeFileAtomically(path, renderPng(figure, size, scale));
    case ExportFormat::Svg:
      return writeFileAtomically(path, renderSvg(figure, size));
    case ExportFormat::Pdf:
      return writeFileAtomically(path, renderPdf(figure, size));
    case ExportFormat::Csv:
      return writeFileAtomically(path, figure.csv().toUtf8());
  }
  return core::fail("unknown export format");
}

}  // namespace kx::widgets
