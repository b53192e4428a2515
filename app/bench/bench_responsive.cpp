// W7 `responsive` (docs/benchmarks.md, issue 6): W4's wgangp training
// runs on the worker thread (widgets/worker JobRunner, as in the app) while
// the GUI thread runs a 5 ms timer and, after each published frame, builds
// the GAN lab's landscape scene and draws it offscreen with the canvas's
// renderer. Reports the longest gap between timer ticks and the frames drawn.
// Variant `parts`: no training in the background; the GUI thread's cost of one
// frame split into scene building and the draw of each layer (for profiling).
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <ctime>

#include "app/bench/workloads.h"
#include "core/gan/gan_job.h"
#include "core/mixture/presets.h"
#include "core/util/threads.h"
#include "widgets/canvas/offscreen_scene_renderer.h"
#include "widgets/labs/gan/gan_scene.h"
#include "widgets/worker/job_runner.h"

namespace kx::bench {
namespace {

const QSize kSize(640, 480);  // about the canvas in the 1280 x 800 window (docs/gan-window.png)

double msSince(const QElapsedTimer& clock) { return clock.nsecsElapsed() / 1e6; }

double cpuMs(clockid_t clock) {
  timespec t{};
  clock_gettime(clock, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

// CPU time of the calling (GUI) thread: the work of a draw, not the waits for a
// core. With LP_NUM_THREADS=0 llvmpipe rasterises on this thread, so it is all of the draw.
double threadCpuMs() { return cpuMs(CLOCK_THREAD_CPUTIME_ID); }

core::Result<core::gan::GanParams> w7Params(const BenchOptions& options, int steps) {
  const core::ParamSchema schema = core::gan::ganSchema();
  core::ParamValues values = schema.defaults();
  values["loss"] = 3;  // wgangp, W4's settings
  values["d_steps"] = 5;
  values["lambda"] = 10;
  values["seed"] = double(options.seed);
  values["steps"] = steps;
  for (const auto& s : options.sets)
    if (auto status = schema.applyAssignment(s, values); !status) return core::fail(status.error());
  return core::gan::ganParamsFrom(values);
}

core::Result<QJsonObject> runResponsive(const BenchOptions& options) {
  auto params = w7Params(options, options.small ? 200 : 2000);
  if (!params) return core::fail(params.error());

  widgets::OffscreenSceneRenderer renderer(0);
  if (!renderer.isValid()) return core::fail("no OpenGL: " + renderer.error().toStdString());
  {
    // Warm-up outside the measurement (shader compilation, first buffers), as W6 does.
    core::gan::GanJob first(*params, core::mixture::ring8());
    first.runChunk({});
    renderer.drawFrame(widgets::ganScene(*first.ganFrame()), kSize);
  }

  widgets::JobRunner runner;
  int frames = 0;
  double sceneMs = 0, drawMs = 0, drawCpuMs = 0;
  QObject::connect(&runner, &widgets::JobRunner::frameReady, [&](const widgets::FramePtr& frame) {
    auto f = std::dynamic_pointer_cast<const core::gan::GanFrame>(frame);
    if (!f) return;
    // As the lab does per frame: the scene from the frame, then its draw.
    QElapsedTimer clock;
    clock.start();
    const double cpu0 = threadCpuMs();
    const widgets::PlotScene scene = widgets::ganScene(*f);
    const double built = msSince(clock);
    renderer.drawFrame(scene, kSize);
    sceneMs = std::max(sceneMs, built);
    drawMs = std::max(drawMs, msSince(clock));  // scene and draw, as this record always measured
    drawCpuMs = std::max(drawCpuMs, threadCpuMs() - cpu0);
    ++frames;
  });
  QEventLoop loop;
  QString failure;
  QObject::connect(&runner, &widgets::JobRunner::finished, [&](const QString& message) {
    failure = message;
    loop.quit();
  });
  QElapsedTimer since;
  double longestGap = 0;
  long ticks = 0;
  QTimer timer;
  timer.setTimerType(Qt::PreciseTimer);
  timer.setInterval(5);
  QObject::connect(&timer, &QTimer::timeout, [&] {
    if (ticks++ > 0) longestGap = std::max(longestGap, msSince(since));
    since.restart();
  });
  QElapsedTimer wall;
  wall.start();
  since.start();
  timer.start();
  runner.start(std::make_unique<core::gan::GanJob>(*params, core::mixture::ring8()));
  loop.exec();
  timer.stop();
  if (!failure.isEmpty()) return core::fail(failure.toStdString());
  const double seconds = wall.nsecsElapsed() / 1e9;
  return QJsonObject{
      {"seconds", seconds},         {"longest_gap_ms", longestGap},   {"ticks", double(ticks)},
      {"frames_drawn", frames},     {"longest_scene_ms", sceneMs},    {"longest_draw_ms", drawMs},
      {"longest_draw_cpu_ms", drawCpuMs},
      {"steps", params->steps},     {"threads", core::threadCount()}, {"throughput", params->steps / seconds},
      {"unit", "generator-steps/s"}};
}

// CPU time of the whole process (this thread and llvmpipe's rasteriser
// threads; nothing else runs in `parts`): unlike wall time, it does not grow
// when other processes take the cores.
double processCpuMs() { return cpuMs(CLOCK_PROCESS_CPUTIME_ID); }

double median(std::vector<double> v) {
  std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// Medians over `repeats` calls of fn(k): wall and process CPU milliseconds, as out[name + "_ms" / "_cpu_ms"].
template <typename Fn>
void timeMedian(QJsonObject& out, const QString& name, int repeats, Fn fn) {
  std::vector<double> wall, cpu;
  for (int k = 0; k < repeats; ++k) {
    QElapsedTimer clock;
    clock.start();
    const double cpu0 = processCpuMs();
    fn(k);
    cpu.push_back(processCpuMs() - cpu0);
    wall.push_back(msSince(clock));
  }
  out[name + "_ms"] = median(wall);
  out[name + "_cpu_ms"] = median(cpu);
}

core::Result<QJsonObject> runParts(const BenchOptions& options) {
  auto params = w7Params(options, options.small ? 100 : 400);
  if (!params) return core::fail(params.error());
  widgets::OffscreenSceneRenderer renderer(0);
  if (!renderer.isValid()) return core::fail("no OpenGL: " + renderer.error().toStdString());
  // Two frames 50 steps apart, drawn alternately: every draw uploads new data, as in training.
  core::gan::GanJob job(*params, core::mixture::ring8());
  std::vector<std::shared_ptr<const core::gan::GanFrame>> frames;
  while (job.runChunk({}))
    if (job.ganFrame() && (frames.empty() || frames.back() != job.ganFrame())) frames.push_back(job.ganFrame());
  if (frames.size() < 2) return core::fail("the job published fewer than two frames");
  const auto& a = *frames[frames.size() - 2];
  const auto& b = *frames.back();
  const int repeats = options.small ? 5 : 31;
  QJsonObject out;
  timeMedian(out, "scene", repeats, [&](int k) { widgets::ganScene(k % 2 ? a : b); });
  // The geometry the worker now builds with each frame (the GUI thread did this until W7's rework).
  timeMedian(out, "landscape_on_worker", repeats, [&](int k) {
    const auto& f = k % 2 ? a : b;
    core::gan::buildLandscape(f.critic, f.gridSize, f.window, f.mesh, f.meshRows, f.meshCols);
  });
  const widgets::PlotScene sa = widgets::ganScene(a), sb = widgets::ganScene(b);
  renderer.drawFrame(sa, kSize);
  timeMedian(out, "draw", repeats, [&](int k) { renderer.drawFrame(k % 2 ? sa : sb, kSize); });
  timeMedian(out, "draw_unchanged", repeats, [&](int) { renderer.drawFrame(sb, kSize); });
  // Each layer kind alone removed (the furniture kept equal to isolate the GL layers).
  auto without = [&](const QString& name, auto strip) {
    widgets::PlotScene xa = sa, xb = sb;
    strip(xa), strip(xb);
    xa.title = xb.title;
    renderer.drawFrame(xa, kSize);
    timeMedian(out, name, repeats, [&](int k) { renderer.drawFrame(k % 2 ? xa : xb, kSize); });
  };
  without("draw_same_title", [](widgets::PlotScene&) {});
  without("draw_same_furniture", [&](widgets::PlotScene& s) {
    s.heatmaps[0].vmin = sb.heatmaps[0].vmin, s.heatmaps[0].vmax = sb.heatmaps[0].vmax;
    s.arrows[0].vmin = sb.arrows[0].vmin, s.arrows[0].vmax = sb.arrows[0].vmax;
  });
  without("without_heatmap", [](widgets::PlotScene& s) { s.heatmaps.clear(); });
  without("without_lines", [](widgets::PlotScene& s) {
    for (auto& l : s.lines) l.points.clear();
  });
  without("without_contours", [](widgets::PlotScene& s) { s.lines[0].points.clear(); });
  without("without_arrows", [](widgets::PlotScene& s) { s.arrows.clear(); });
  without("without_points", [](widgets::PlotScene& s) { s.points.clear(); });
  without("empty_scene", [](widgets::PlotScene& s) {
    s.heatmaps.clear(), s.arrows.clear(), s.points.clear();
    for (auto& l : s.lines) l.points.clear();
  });
  {
    // As before the title stayed fixed: the furniture (axes, colourbar, legend) repainted every frame.
    widgets::PlotScene xa = sa, xb = sb;
    xa.title += " 1", xb.title += " 2";
    timeMedian(out, "draw_title_changing", repeats, [&](int k) { renderer.drawFrame(k % 2 ? xa : xb, kSize); });
  }
  // Again at the end: the first draws of a context are slower (llvmpipe compiles shader variants lazily).
  timeMedian(out, "draw_again", repeats, [&](int k) { renderer.drawFrame(k % 2 ? sa : sb, kSize); });
  out["contour_points"] = double(sb.lines[0].points.size());
  out["renderer"] = renderer.rendererName();
  return out;
}

core::Result<QJsonObject> run(const std::string& variant, const BenchOptions& options) {
  return variant == "parts" ? runParts(options) : runResponsive(options);
}

}  // namespace

BenchWorkload responsiveWorkload() {
  return {.name = "responsive", .variants = {"wgangp", "parts"}, .needsGui = true, .run = run};
}

}  // namespace kx::bench
