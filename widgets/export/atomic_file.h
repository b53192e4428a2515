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

}  // namespace kx::widgets
