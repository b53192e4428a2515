#include "app/bench/bench_render_labs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QOpenGLContext>
#include <QSettings>
#include <QTemporaryDir>
#include <algorithm>
#include <vector>

#include "widgets/lab/lab.h"
#include "widgets/shell/main_window.h"
#include "widgets/worker/process_events_for.h"

namespace kx::bench {
namespace {

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

}  // namespace

core::Result<QJsonObject> renderLabView(const std::string& id, const BenchOptions& options) {
  // The window must not touch the user's settings (it saves its layout).
  QTemporaryDir settings;
  QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
  widgets::MainWindow window;
  window.resize(1400, 900);
  window.show();
  if (!window.selectLab(QString::fromStdString(id))) return core::fail("no lab '" + id + "'");
  widgets::Lab* lab = window.currentLab();
  if (lab->animated()) lab->step();  // a paused animation computes one chunk when stepped
  QElapsedTimer wait;
  wait.start();
  // A finite lab's staged job is done when its runner is idle; a stepped animation after its frame.
  while ((!lab->hasFrame() || (!lab->animated() && lab->runner().busy())) && wait.elapsed() < 300000)
    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
  if (!lab->hasFrame()) return core::fail("lab '" + id + "' showed no frame within 5 minutes");
  widgets::processEventsFor(500);  // layouts settle, deferred chart updates run

  const int frames = options.small ? 5 : 30;
  std::vector<double> rebuild, repaint;
  for (int k = -1; k < frames; ++k) {  // k = -1: warm-up
    QElapsedTimer clock;
    clock.start();
    lab->retranslate();  // the views' slots on displayed() run in it (direct connections)
    const double built = clock.nsecsElapsed() / 1e6;
    QCoreApplication::processEvents();  // the update requests: every changed widget paints
    window.repaint();                   // and whatever is left
    const double total = clock.nsecsElapsed() / 1e6;
    if (k < 0) continue;
    rebuild.push_back(built);
    repaint.push_back(total - built);
  }
  std::vector<double> total(rebuild.size());
  for (std::size_t k = 0; k < total.size(); ++k) total[k] = rebuild[k] + repaint[k];
  const auto* gl = QOpenGLContext::globalShareContext();
  return QJsonObject{{"lab", QString::fromStdString(id)},
                     {"width", window.width()},
                     {"height", window.height()},
                     {"frames", frames},
                     {"rebuild_median_ms", median(rebuild)},
                     {"repaint_median_ms", median(repaint)},
                     {"frame_median_ms", median(total)},
                     {"frame_max_ms", *std::max_element(total.begin(), total.end())},
                     {"gl", gl ? "shared context" : "per widget"}};
}

}  // namespace kx::bench
