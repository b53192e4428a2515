#include "widgets/labs/vae/vae_images.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace kx::widgets {

QImage digitImage(const float* pixels, int rows, int cols) {
  QImage image(cols, rows, QImage::Format_Grayscale8);
  for (int r = 0; r < rows; ++r) {
    uchar* line = image.scanLine(r);
    for (int c = 0; c < cols; ++c) {
      const float v = pixels[r * cols + c];
      const float ink = std::isfinite(v) ? std::clamp(v, 0.0f, 1.0f) : 0.0f;
      line[c] = uchar(std::lround(255.0f * (1.0f - ink)));
    }
  }
  return image;
}

QImage digitImage(const std::uint8_t* pixels, int rows, int cols) {
  QImage image(cols, rows, QImage::Format_Grayscale8);
  for (int r = 0; r < rows; ++r) {
    uchar* line = image.scanLine(r);
    for (int c = 0; c < cols; ++c) line[c] = uchar(255 - pixels[r * cols + c]);
  }
  return image;
}

QImage imageGrid(const core::nn::Mat<float>& images, int rows, int cols, int perRow, int gap) {
  const int n = int(images.rows());
  if (n == 0 || rows <= 0 || cols <= 0 || perRow <= 0) return {};
  const int across = std::min(n, perRow), down = (n + perRow - 1) / perRow;
  QImage grid(across * cols + (across - 1) * gap, down * rows + (down - 1) * gap, QImage::Format_Grayscale8);
  grid.fill(Qt::white);
  QPainter painter(&grid);
  // Mat is column-major: copy a row out before reading it as an image.
  std::vector<float> buffer(std::size_t(rows * cols));
  for (int k = 0; k < n; ++k) {
    for (int p = 0; p < rows * cols; ++p) buffer[std::size_t(p)] = images(k, p);
    painter.drawImage(QPoint((k % perRow) * (cols + gap), (k / perRow) * (rows + gap)),
                      digitImage(buffer.data(), rows, cols));
  }
  return grid;
}

void paintPixelImage(QPainter& painter, const QImage& image, const QRectF& area) {
  if (image.isNull() || area.isEmpty()) return;
  double scale = std::min(area.width() / image.width(), area.height() / image.height());
  if (scale >= 2) scale = std::floor(scale);  // whole pixels: no uneven blocks
  const QSizeF size(image.width() * scale, image.height() * scale);
  const QRectF target(area.center().x() - size.width() / 2, area.center().y() - size.height() / 2, size.width(),
                      size.height());
  painter.save();
  painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
  painter.drawImage(target, image);
  painter.restore();
}

ImagePanel::ImagePanel(const QString& caption, QWidget* parent) : QWidget(parent), m_caption(caption) {
  setMinimumSize(120, 80);
}

void ImagePanel::setImage(const QImage& image) {
  m_image = image;
  m_note.clear();
  update();
}

void ImagePanel::setCaption(const QString& caption) {
  m_caption = caption;
  update();
}

void ImagePanel::setNote(const QString& note) {
  m_note = note;
  m_image = QImage();
  update();
}

void ImagePanel::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().base());
  const int captionHeight = fontMetrics().height() + 6;
  painter.setPen(palette().color(QPalette::Text));
  QFont bold = font();
  bold.setBold(true);
  painter.setFont(bold);
  painter.drawText(QRect(6, 2, width() - 12, captionHeight), Qt::AlignLeft | Qt::AlignVCenter, m_caption);
  painter.setFont(font());
  const QRectF area(4, captionHeight, width() - 8, height() - captionHeight - 4);
  if (!m_note.isEmpty() || m_image.isNull()) {
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_note);
    return;
  }
  paintPixelImage(painter, m_image, area);
}

}  // namespace kx::widgets
