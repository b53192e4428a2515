#include "widgets/video/animation_export.h"

#include <QImage>

#include "widgets/export/atomic_file.h"
#include "widgets/video/frame_pipeline.h"
#include "widgets/video/video_encoder.h"

namespace kx::widgets {

core::Status exportVideo(const Animation& animation, const QString& path, const VideoSettings& settings,
                         const ExportProgress& progress) {
  const auto format = videoFormatFor(path);
  if (!format) return core::fail(format.error());
  if (animation.frames <= 0 || !animation.frameAt) return core::fail("nothing to animate yet: run the lab first");
  const int frames = settings.frames > 0 ? settings.frames : animation.frames;
  if (frames > 100000) return core::fail("a video has at most 100000 frames, not " + std::to_string(frames));
  if (auto size = checkVideoSize(*format, settings.size); !size) return size;

  PendingFile part(path);
  if (part.path().isEmpty())
    return core::fail("cannot write in the folder of " + path.toStdString() + " (does it exist, may I write there?)");
  auto encoder = VideoEncoder::open(part.path(), *format, settings.size, settings.framesPerSecond);
  if (!encoder) return core::fail(encoder.error());
  if (auto status = renderAnimation(animation, frames, settings.size,
                                    [&encoder](const QImage& image) { return (*encoder)->add(image); }, progress);
      !status)
    return status;
  if (auto finished = (*encoder)->finish(); !finished) return finished;
  encoder.value().reset();  // closes the file before it is renamed
  return part.commit();
}

}  // namespace kx::widgets
