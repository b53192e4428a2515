#pragma once
// Encodes frames into a video file with FFmpeg's libraries (Debian's
// libavcodec, libavformat, libavfilter, libswscale): MP4 (H.264 by libx264),
// WebM (VP9 by libvpx) and GIF (FFmpeg's encoder, a palette made for each
// frame by the palettegen/paletteuse filters, so a figure keeps its colours).
// No encoding is written here; this class only sets the libraries up.
#include <QImage>
#include <QSize>
#include <QString>
#include <memory>

#include "core/util/result.h"

namespace kx::widgets {

enum class VideoFormat { Mp4, WebM, Gif };

/// The format from the file name's suffix (.mp4, .webm, .gif), or an error
/// naming the suffixes.
core::Result<VideoFormat> videoFormatFor(const QString& path);

/// Whether `format` can take frames of `size`: H.264 and VP9 as written here
/// (4:2:0 chroma) need even sides; every format needs 16 to 4096 pixels.
core::Status checkVideoSize(VideoFormat format, QSize size);

class VideoEncoder {
 public:
  /// Opens `path` for writing (the caller chooses the name; the format is
  /// given, not guessed from it). A codec missing from the installed FFmpeg
  /// is an error that names it.
  static core::Result<std::unique_ptr<VideoEncoder>> open(const QString& path, VideoFormat format, QSize size,
                                                          int framesPerSecond);
  ~VideoEncoder();
  VideoEncoder(const VideoEncoder&) = delete;
  VideoEncoder& operator=(const VideoEncoder&) = delete;

  /// Appends one frame; it must have the size given to open(). Any format.
  core::Status add(const QImage& frame);
  /// Flushes the encoder and writes the file's trailer; the file is complete
  /// only after this succeeded. The destructor closes the file either way.
  core::Status finish();

 private:
  struct State;
  explicit VideoEncoder(std::unique_ptr<State> state);
  std::unique_ptr<State> m_state;
};

}  // namespace kx::widgets
