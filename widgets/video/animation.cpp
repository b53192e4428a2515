#include "widgets/video/animation.h"

namespace kx::widgets {

QImage renderFrame(const FramePainter& paint, QSize size) {
  QImage image(size, QImage::Format_RGB32);
  image.fill(Qt::white);
  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
  return image;
}

}  // namespace kx::widgets
