#pragma once
// Digit images for the VAE lab: greyscale QImages from pixel rows (decoder
// means in [0, 1] or 8-bit data), grids of them, and ImagePanel, a widget that
// shows one such image scaled up without smoothing under a caption.
#include <QImage>
#include <QWidget>
#include <cstdint>

#include "core/nn/parameter.h"

namespace kx::widgets {

/// rows x cols image; values in [0, 1] are ink (drawn dark on white, like ink on paper).
QImage digitImage(const float* pixels, int rows, int cols);
QImage digitImage(const std::uint8_t* pixels, int rows, int cols);

/// The rows of `images` (each rows*cols pixels) as a grid `perRow` wide with
/// `gap` white pixels between cells.
QImage imageGrid(const core::nn::Mat<float>& images, int rows, int cols, int perRow, int gap = 1);

class ImagePanel : public QWidget {
  Q_OBJECT
 public:
  explicit ImagePanel(const QString& caption, QWidget* parent = nullptr);

  void setImage(const QImage& image);
  void setCaption(const QString& caption);
  /// Shown instead of an image (why there is none).
  void setNote(const QString& note);
  const QImage& image() const { return m_image; }
  QString note() const { return m_note; }
  QSize sizeHint() const override { return {260, 140}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  QString m_caption, m_note;
  QImage m_image;
};

/// Paints `image` scaled by a whole number (or down) into `area`, centred, no smoothing.
void paintPixelImage(QPainter& painter, const QImage& image, const QRectF& area);

}  // namespace kx::widgets
