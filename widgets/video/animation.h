#pragma once
// An animation a lab offers for export (docs/architecture.md, "Animations"):
// a snapshot of what the lab has computed — recorded training steps, sampler
// steps, walk steps, a morph, growing trajectories — from which any frame can
// be drawn at any size, independent of what the lab does meanwhile.
#include <QImage>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <functional>

namespace kx::widgets {

/// Draws one prepared frame into `rect` (GUI thread: figures may render
/// their GL layers offscreen).
using FramePainter = std::function<void(QPainter& painter, const QRectF& rect)>;

struct Animation {
  QString name;    ///< file prefix of a frame sequence, e.g. "diffusion"
  int frames = 0;  ///< the lab's own frames: a frame sequence has these
  /// True when frameAt draws any progress anew (trajectories growing); false
  /// when it shows the nearest of `frames` recorded frames, which a longer
  /// video then holds instead of drawing them again.
  bool continuous = false;
  /// Prepares the frame at `progress` (0 the first frame, 1 the last) on
  /// the exporter's worker thread: it reads only the snapshot, never the lab.
  /// Null when the frame cannot be made.
  std::function<FramePainter(double progress)> frameAt;
};

/// A prepared frame drawn on white at `size` (antialiased, as exported
/// figures are).
QImage renderFrame(const FramePainter& paint, QSize size);

/// The progress of frame `frame` of `frames` evenly spaced ones (0 … 1).
inline double progressOf(int frame, int frames) { return frames > 1 ? double(frame) / double(frames - 1) : 0.0; }

/// The nearest of `frames` recorded frames to `progress` ∈ [0, 1], for
/// animations made of discrete frames.
inline int frameIndexAt(double progress, int frames) {
  if (frames <= 1) return 0;
  const double clamped = progress < 0 ? 0 : (progress > 1 ? 1 : progress);
  return int(clamped * (frames - 1) + 0.5);
}

}  // namespace kx::widgets
