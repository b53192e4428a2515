// W8 `video` (docs/benchmarks.md): the diffusion lab's sampling view exported
// as a 300-frame 1280 x 720 video — DDPM on the ring of 8, 20,000 particles,
// 201 recorded frames (every 5 of the 1,000 steps), held where the video has
// more frames than the run. Variants by format: mp4 (the peer's), webm, gif.
// Timed: exportVideo alone (the sampling is computed first), drawing every
// recorded frame offscreen and encoding all 300. Peer:
// scripts/bench_peers/video_matplotlib.py (FuncAnimation.save, same scene).
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include "app/bench/workloads.h"
#include "core/util/stopwatch.h"
#include "widgets/lab/lab.h"
#include "widgets/lab/lab_registry.h"
#include "widgets/video/animation_export.h"

namespace kx::bench {
namespace {

core::Result<QJsonObject> runVideo(const std::string& variant, const BenchOptions& options) {
  auto lab = widgets::createLab("diffusion");
  BenchOptions withScene = options;  // the scene first; --set may change it
  withScene.sets.insert(withScene.sets.begin(), {"sampler=ddpm_posterior", "seed=" + std::to_string(options.seed)});
  auto values = valuesWithSets(lab->description().schema, withScene);
  if (!values) return core::fail(values.error());
  if (auto status = lab->setValues(*values, "W8"); !status) return core::fail(status.error());
  if (const QString failure = lab->computeSynchronously(); !failure.isEmpty())
    return core::fail(failure.toStdString());
  const auto animation = lab->animation();
  if (!animation) return core::fail(animation.error());

  QTemporaryDir dir;
  const QString path = QDir(dir.path()).filePath(QString::fromStdString("w8." + variant));
  widgets::VideoSettings settings;
  settings.size = options.small ? QSize(640, 360) : QSize(1280, 720);
  settings.frames = options.small ? 30 : 300;
  core::Stopwatch clock;
  if (auto status = widgets::exportVideo(*animation, path, settings); !status) return core::fail(status.error());
  const double seconds = clock.seconds();
  return QJsonObject{{"frames", settings.frames},
                     {"recorded_frames", animation->frames},
                     {"width", settings.size.width()},
                     {"height", settings.size.height()},
                     {"seconds", seconds},
                     {"frames_per_second", settings.frames / seconds},
                     {"bytes", double(QFileInfo(path).size())}};
}

}  // namespace

BenchWorkload videoWorkload() { return {"video", {"mp4", "webm", "gif"}, true, runVideo}; }

}  // namespace kx::bench
