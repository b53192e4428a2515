#include "widgets/export/atomic_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cstdio>

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

PendingFile::PendingFile(const QString& target) : m_target(target) {
  const QFileInfo info(target);
  QTemporaryFile file(info.absoluteDir().filePath("." + info.fileName() + ".XXXXXX.part"));
  file.setAutoRemove(false);
  if (file.open()) m_path = file.fileName();
}

PendingFile::~PendingFile() {
  if (!m_path.isEmpty()) QFile::remove(m_path);
}

core::Status PendingFile::commit() {
  // rename(2) replaces the target in one step: no moment without a file.
  if (std::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(m_target).constData()) != 0)
    return core::fail("cannot rename the finished file to " + m_target.toStdString());
  m_path.clear();
  return core::Ok{};
}

}  // namespace kx::widgets
