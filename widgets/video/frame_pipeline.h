#pragma once
// Draws an Animation's frames for an exporter (docs/architecture.md,
// "Animations"): a worker prepares each frame ahead (Animation::frameAt; a
// walk frame is rebuilt from its checkpoint, never on the GUI thread), the
// calling thread paints it offscreen (GL needs that thread), and the worker
// hands the painted image to a sink — a video encoder or PNG files — while
// the next is painted.
#include <QImage>
#include <QSize>
#include <functional>

#include "core/util/result.h"
#include "widgets/video/animation.h"

namespace kx::widgets {

/// Receives the painted frames in order, on the pipeline's worker thread; an
/// error stops the export with its message.
using FrameSink = std::function<core::Status(const QImage& image)>;

/// Called on the painting thread after each frame and while it waits for the
/// worker, with frames sunk so far; returning false cancels the export. A GUI
/// processes events in it, so it stays live and its Cancel button works.
using ExportProgress = std::function<bool(int done, int total)>;

/// The error of an export its ExportProgress cancelled.
inline constexpr const char* kCancelled = "export cancelled";

/// Frame j of `frames` is drawn at progress j / (frames − 1) (a recorded
/// animation's nearest frame, which a longer export holds: drawn once, sunk
/// again) at `size`, and sunk. Fails with the first preparation, sink or
/// cancel error; nothing is sunk after it.
core::Status renderAnimation(const Animation& animation, int frames, QSize size, const FrameSink& sink,
                             const ExportProgress& progress = {});

}  // namespace kx::widgets
