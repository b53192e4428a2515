#pragma once
// What the video tests share: an animation whose every frame differs from the
// others in a large area, and a fixture with a fresh folder.
#include <gtest/gtest.h>

#include <QColor>
#include <QDir>
#include <QTemporaryDir>
#include <atomic>
#include <memory>

#include "widgets/video/animation.h"

namespace kx::widgets {

/// A square crossing the frame, a disc and the progress as text: every frame
/// differs from the others in a large area. Counts the frames prepared.
inline Animation movingSquare(int frames, bool continuous, std::shared_ptr<std::atomic<int>> prepared = nullptr) {
  Animation animation{"square", frames, continuous, {}};
  animation.frameAt = [prepared](double progress) -> FramePainter {
    if (prepared) ++*prepared;
    return [progress](QPainter& painter, const QRectF& rect) {
      painter.fillRect(QRectF(rect.left() + 10 + progress * (rect.width() - 90), 40, 80, 80), QColor(30, 90, 200));
      painter.setBrush(QColor(220, 60, 40));
      painter.drawEllipse(QPointF(rect.center().x(), rect.bottom() - 50), 30, 30);
      painter.setPen(Qt::black);
      painter.drawText(QPointF(10, 20), QString("progress %1").arg(progress, 0, 'f', 3));
    };
  };
  return animation;
}

class VideoExport : public ::testing::Test {
 protected:
  QTemporaryDir dir;
  QString path(const QString& name) const { return dir.filePath(name); }
  /// Files other than the finished video: a partial file left behind.
  QStringList leftovers() const { return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden); }
};

}  // namespace kx::widgets
