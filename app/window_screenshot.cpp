#include "app/window_screenshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImageWriter>
#include <QPixmap>
#include <iostream>

#include "widgets/lab/lab.h"
#include "widgets/shell/main_window.h"
#include "widgets/worker/process_events_for.h"

namespace kx::app {
namespace {

constexpr int kSettleMs = 400;    // > the canvas's 16 ms repaint coalescing and chart animations
constexpr int kAnimateMs = 3000;  // an animated lab plays this long (or to its end) before the shot

}  // namespace

int saveWindowScreenshot(widgets::MainWindow& window, const QString& path, QSize size, Play play, int timeoutMs) {
  window.resize(size);
  window.show();
  QElapsedTimer timer;
  timer.start();
  widgets::Lab* lab = window.currentLab();
  if (lab && lab->animated()) lab->run();  // walks and training start paused
  // A finite lab is done when its job is; staged jobs show frames before that.
  while (lab && (!lab->hasFrame() || (!lab->animated() && lab->runner().busy())) && timer.elapsed() < timeoutMs)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
  const qint64 firstFrame = timer.elapsed();
  const qint64 playMs = play == Play::ToTheEnd ? timeoutMs : kAnimateMs;
  while (lab && lab->running() && timer.elapsed() - firstFrame < playMs && timer.elapsed() < timeoutMs)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
  if (lab && lab->animated()) lab->pause();
  if (lab && !lab->hasFrame())
    std::cerr << "kexue-lab: no frame within the time limit; the screenshot shows the window as it is\n";
  widgets::processEventsFor(kSettleMs);
  QImageWriter writer(path, "png");
  if (!writer.write(window.grab().toImage())) {
    std::cerr << "kexue-lab: cannot write '" << path.toStdString() << "': " << writer.errorString().toStdString()
              << '\n';
    return 2;
  }
  return 0;
}

}  // namespace kx::app
