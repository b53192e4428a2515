#pragma once
// Writes an animation as numbered PNG files (dir/<prefix>-0000.png, ...), the
// "frame sequence" every animated lab exports for slides and videos.
#include <QSize>
#include <QString>

#include "core/util/result.h"
#include "widgets/video/animation.h"

class QWidget;

namespace kx::widgets {

/// Writes the animation's own frames (frame k at progress k / (frames − 1))
/// at `size` as dir/<name>-0000.png, ..., each atomically, through the
/// exporters' pipeline (widgets/video/frame_pipeline.h: frames are prepared
/// off the GUI thread). With a `progressParent` a progress dialog with Cancel
/// appears when the export takes more than half a second. On a failure or a
/// cancel the files this call wrote are removed again, so the folder holds a
/// whole sequence or none of it, and the message names the file and the reason.
core::Status exportAnimationFrames(const QString& dir, const Animation& animation, QSize size,
                                   QWidget* progressParent = nullptr);

/// The file name of frame `index` (zero-padded so the files sort in order).
QString frameFileName(const QString& prefix, int index);

}  // namespace kx::widgets
