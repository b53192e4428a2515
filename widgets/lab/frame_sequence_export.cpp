#include "widgets/lab/frame_sequence_export.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <memory>

#include "widgets/canvas/figure_export.h"
#include "widgets/export/atomic_file.h"

namespace kx::widgets {
namespace {

core::Status savePng(const QImage& image, const QString& path) {
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  if (!image.save(&buffer, "PNG")) return core::fail("cannot encode " + path.toStdString() + " as PNG");
  return writeFileAtomically(path, bytes);
}

}  // namespace

QString frameFileName(const QString& prefix, int index) {
  return QString("%1-%2.png").arg(prefix).arg(index, 4, 10, QChar('0'));
}

core::Status exportFrameSequence(const QString& dir, const QString& prefix, int count,
                                 const std::function<QImage(int)>& render, QWidget* progressParent) {
  if (count <= 0) return core::fail("no frames to export yet: run the animation first");
  if (!QDir().mkpath(dir)) return core::fail("cannot create the folder " + dir.toStdString());

  std::unique_ptr<QProgressDialog> progress;
  if (progressParent) {
    progress =
        std::make_unique<QProgressDialog>(QApplication::translate("FrameSequence", "Exporting frames…"),
                                          QApplication::translate("FrameSequence", "Cancel"), 0, count, progressParent);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
  }
  QStringList written;
  const auto undo = [&](core::Status status) {
    for (const QString& path : written) QFile::remove(path);
    return status;
  };
  for (int k = 0; k < count; ++k) {
    if (progress) {
      progress->setValue(k);  // also processes events, so Cancel is seen
      if (progress->wasCanceled())
        return undo(core::fail("frame export cancelled; the " + std::to_string(k) + " frames written were removed"));
    }
    const QImage image = render(k);
    if (image.isNull()) return undo(core::fail("cannot render frame " + std::to_string(k)));
    const QString path = QDir(dir).filePath(frameFileName(prefix, k));
    if (auto status = savePng(image, path); !status) return undo(status);
    written << path;
  }
  if (progress) progress->setValue(count);
  return core::Ok{};
}

core::Status exportAnimationFrames(const QString& dir, const Animation& animation, QSize size,
                                   QWidget* progressParent) {
  const SharedOffscreenRenderer renderer;  // one GL context for every frame
  return exportFrameSequence(
      dir, animation.name, animation.frames,
      [&](int k) {
        const FramePainter frame = animation.frameAt(progressOf(k, animation.frames));
        return frame ? renderFrame(frame, size) : QImage();
      },
      progressParent);
}

}  // namespace kx::widgets
