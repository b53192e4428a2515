#pragma once
// The one way the app writes a user's file (exports, sessions, frames): all or
// nothing, so a full disk or a killed process never leaves a truncated file
// in place of a good one.
#include <QByteArray>
#include <QString>

#include "core/util/result.h"

namespace kx::widgets {

/// Writes `bytes` to a temporary file beside `path` and renames it over
/// `path` only when every byte reached the disk; otherwise `path` keeps its
/// old content and the message names the file and the reason.
core::Status writeFileAtomically(const QString& path, const QByteArray& bytes);

/// The same for a file another library writes by name (an encoder): a hidden
/// temporary file beside `target`, renamed over it by commit() and removed
/// if the object goes away first.
class PendingFile {
 public:
  explicit PendingFile(const QString& target);
  ~PendingFile();
  PendingFile(const PendingFile&) = delete;
  PendingFile& operator=(const PendingFile&) = delete;

  /// Where to write; empty when the target's folder is not writable.
  const QString& path() const { return m_path; }
  /// Replaces the target with the written file in one step.
  core::Status commit();

 private:
  QString m_target;
  QString m_path;
};

}  // namespace kx::widgets
