#pragma once
// Runs the calling thread's event loop for `ms` milliseconds (headless
// screenshots and benches let layouts, timers and coalesced repaints settle).
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace kx::widgets {

inline void processEventsFor(int ms) {
  QElapsedTimer timer;
  timer.start();
  while (timer.elapsed() < ms) {
    QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    QThread::msleep(5);
  }
}

}  // namespace kx::widgets
