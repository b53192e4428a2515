#include "widgets/export/atomic_file.h"

#include <QSaveFile>

namespace kx::widgets {

core::Status writeFileAtomically(const QString& path, const QByteArray& bytes) {
  QSaveFile file(path);
  // Unbuffered on purpose: with Qt's write buffer, write() reports every byte
  // as written and a short write at flush time goes unnoticed by commit(), so
  // a full disk would replace the old file by a truncated one (found by
  // tests/widgets/shell/full_disk_test.cpp).
  if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
    return core::fail(QString("cannot write %1: %2").arg(path, file.errorString()).toStdString());
  if (file.write(bytes) != bytes.size()) {
    const QString reason = file.error() == QFileDevice::NoError ? QString("the disk is full") : file.errorString();
    file.cancelWriting();
    return core::fail(QString("cannot write %1: %2").arg(path, reason).toStdString());
  }
  if (!file.commit()) return core::fail(QString("cannot write %1: %2").arg(path, file.errorString()).toStdString());
  return core::Ok{};
}

}  // namespace kx::widgets
