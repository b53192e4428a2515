#pragma once
// Starting a QThread that computes for the GUI.
#include <QString>
#include <QThread>

#include "core/util/threads.h"

namespace kx::widgets {

/// Names and starts `thread`; its first act, on the new thread itself (a
/// direct connection), is to lower its priority so that its computing yields
/// to the GUI (core::lowerThisThreadPriority, docs/architecture.md).
inline void startComputeThread(QThread& thread, const QString& name) {
  thread.setObjectName(name);
  QObject::connect(&thread, &QThread::started, [] { core::lowerThisThreadPriority(); });
  thread.start();
}

}  // namespace kx::widgets
