#pragma once
// Writes an animation as numbered PNG files (dir/<prefix>-0000.png, ...), the
// "frame sequence" every animated lab exports for slides and videos.
#include <QImage>
#include <QString>
#include <functional>

#include "core/util/result.h"
#include "widgets/video/animation.h"

class QWidget;

namespace kx::widgets {

/// Renders frames 0..count-1 with `render` and writes each atomically. With a
/// `progressParent` a progress dialog with Cancel appears when the export
/// takes more than half a second. On a write error or a cancel the files this
/// call wrote are removed again, so the folder holds a whole sequence or none
/// of it, and the message names the file and the reason.
core::Status exportFrameSequence(const QString& dir, const QString& prefix, int count,
                                 const std::function<QImage(int)>& render, QWidget* progressParent = nullptr);

/// Writes the animation's own frames (frame k at progress k / (frames − 1))
/// at `size` as dir/<name>-0000.png, ..., as exportFrameSequence does.
core::Status exportAnimationFrames(const QString& dir, const Animation& animation, QSize size,
                                   QWidget* progressParent = nullptr);

/// The file name of frame `index` (zero-padded so the files sort in order).
QString frameFileName(const QString& prefix, int index);

}  // namespace kx::widgets
