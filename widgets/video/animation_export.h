#pragma once
// Writes a lab's Animation as a video (MP4, WebM, GIF): every frame rendered
// offscreen at a fixed time step and the chosen size — not a screen
// recording — and encoded while the next frame is drawn.
#include <QSize>
#include <QString>

#include "core/util/result.h"
#include "widgets/video/animation.h"
#include "widgets/video/frame_pipeline.h"

namespace kx::widgets {

struct VideoSettings {
  QSize size{1280, 720};
  int framesPerSecond = 30;
  int frames = 0;  ///< 0: the animation's own frame count
};

/// Renders frame j of n at progress j / (n − 1) and encodes it into `path`
/// (format by suffix, videoFormatFor). The video goes to a temporary file
/// beside `path`, renamed over it only when complete: a cancel, a failure or
/// a full disk leaves `path` as it was and no partial file behind.
core::Status exportVideo(const Animation& animation, const QString& path, const VideoSettings& settings,
                         const ExportProgress& progress = {});

}  // namespace kx::widgets
