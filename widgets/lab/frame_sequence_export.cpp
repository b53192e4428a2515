#include "widgets/lab/frame_sequence_export.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <memory>

#include "widgets/export/atomic_file.h"
#include "widgets/video/frame_pipeline.h"

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

core::Status exportAnimationFrames(const QString& dir, const Animation& animation, QSize size,
                                   QWidget* progressParent) {
  if (animation.frames <= 0 || !animation.frameAt)
    return core::fail("no frames to export yet: run the animation first");
  if (!QDir().mkpath(dir)) return core::fail("cannot create the folder " + dir.toStdString());
  std::unique_ptr<QProgressDialog> dialog;
  ExportProgress progress;
  if (progressParent) {
    dialog = std::make_unique<QProgressDialog>(QApplication::translate("FrameSequence", "Exporting frames…"),
                                               QApplication::translate("FrameSequence", "Cancel"), 0,
                                               animation.frames, progressParent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(500);
    progress = [&dialog](int done, int) {
      dialog->setValue(done);  // also processes events, so Cancel is seen
      return !dialog->wasCanceled();
    };
  }
  // The sink runs on the pipeline's worker, one frame after another; the list
  // is read once renderAnimation has joined it.
  QStringList written;
  const FrameSink writeFrame = [&](const QImage& image) -> core::Status {
    const QString path = QDir(dir).filePath(frameFileName(animation.name, int(written.size())));
    if (auto status = savePng(image, path); !status) return status;
    written << path;
    return core::Ok{};
  };
  auto status = renderAnimation(animation, animation.frames, size, writeFrame, progress);
  if (status) return status;
  // A whole sequence or none of it.
  for (const QString& path : written) QFile::remove(path);
  if (status.error() == kCancelled)
    return core::fail("frame export cancelled; the " + std::to_string(written.size()) + " frames written were removed");
  return status;
}

}  // namespace kx::widgets
