#include "widgets/video/frame_pipeline.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "core/util/threads.h"
#include "widgets/canvas/figure_export.h"

namespace kx::widgets {
namespace {

/// The worker half of an export: prepares frames ahead of the painting thread
/// (a walk frame is rebuilt from its checkpoint; never on the GUI thread) and
/// hands the painted ones to the sink (an encoder, PNG files) while the next is drawn. The painting thread
/// waits on it only with `progress` called every few milliseconds, so a GUI
/// keeps processing events and its Cancel button works.
class FramePipeline {
 public:
  /// `sources`: the progress of each distinct frame to prepare, in order;
  /// `frames`: how many the sink receives (a held frame is submitted again).
  FramePipeline(const Animation& animation, std::vector<double> sources, const FrameSink& sink, int frames,
                const ExportProgress& progress)
      : m_animation(animation), m_sources(std::move(sources)), m_sink(sink), m_frames(frames),
        m_progress(progress), m_thread([this] { work(); }) {}

  ~FramePipeline() {
    {
      std::lock_guard lock(m_mutex);
      m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
  }

  /// The next prepared frame, in order; null on a failure or a cancel (status()).
  FramePainter takePrepared() {
    std::unique_lock lock(m_mutex);
    if (!waitUntil(lock, [&] { return !m_prepared.empty(); })) return {};
    FramePainter frame = std::move(m_prepared.front());
    m_prepared.pop_front();
    m_changed.notify_all();
    return frame;
  }

  bool submit(QImage image) {
    std::unique_lock lock(m_mutex);
    if (!waitUntil(lock, [&] { return m_painted.size() < kQueued; })) return false;
    m_painted.push_back(std::move(image));
    m_changed.notify_all();
    return true;
  }

  bool waitForSink() {
    std::unique_lock lock(m_mutex);
    return waitUntil(lock, [&] { return m_sunk == m_frames; });
  }

  /// Reports progress between frames; false once the callback cancelled.
  bool report() {
    std::unique_lock lock(m_mutex);
    return reportProgress(lock);
  }

  core::Status status() const {
    std::lock_guard lock(m_mutex);
    if (m_error) return core::fail(*m_error);
    return core::Ok{};
  }

 private:
  static constexpr std::size_t kQueued = 2;  ///< frames prepared ahead, frames waiting for the sink

  /// Waits for `ready`, reporting progress between short waits; false on a
  /// worker's error or a cancel.
  template <class Ready>
  bool waitUntil(std::unique_lock<std::mutex>& lock, Ready ready) {
    while (!m_error) {
      if (ready()) return true;
      m_changed.wait_for(lock, std::chrono::milliseconds(20));
      if (!ready() && !reportProgress(lock)) return false;
    }
    return false;
  }

  /// Calls the progress callback without the lock held (a GUI processes
  /// events in it); its false becomes the cancel error.
  bool reportProgress(std::unique_lock<std::mutex>& lock) {
    if (!m_progress || m_error) return !m_error;
    const int done = m_sunk;
    lock.unlock();
    const bool goOn = m_progress(done, m_frames);
    lock.lock();
    if (!goOn && !m_error) m_error = std::string(kCancelled);
    return !m_error;
  }

  void work() {
    core::lowerThisThreadPriority();
    std::unique_lock lock(m_mutex);
    while (!m_stopping && !m_error && m_sunk < m_frames) {
      if (!m_painted.empty()) {  // sink first: painted frames are the larger ones
        QImage image = std::move(m_painted.front());
        m_painted.pop_front();
        lock.unlock();
        auto added = m_sink(image);
        lock.lock();
        if (added) ++m_sunk;
        else m_error = added.error();
      } else if (m_nextToPrepare < m_sources.size() && m_prepared.size() < kQueued) {
        const std::size_t frame = m_nextToPrepare++;
        lock.unlock();
        FramePainter painter = m_animation.frameAt(m_sources[frame]);
        lock.lock();
        if (painter) m_prepared.push_back(std::move(painter));
        else m_error = "cannot prepare frame " + std::to_string(frame);
      } else {
        m_changed.wait(lock);
        continue;
      }
      m_changed.notify_all();
    }
    m_changed.notify_all();
  }

  const Animation& m_animation;
  const std::vector<double> m_sources;
  const FrameSink& m_sink;
  const int m_frames;
  const ExportProgress& m_progress;
  mutable std::mutex m_mutex;
  std::condition_variable m_changed;
  std::deque<FramePainter> m_prepared;
  std::deque<QImage> m_painted;
  std::size_t m_nextToPrepare = 0;
  int m_sunk = 0;
  bool m_stopping = false;
  std::optional<std::string> m_error;
  std::thread m_thread;  // last: starts when the rest is set up
};

/// The progress at which each of the video's `frames` frames is drawn: its
/// own for a continuous animation, else that of the nearest recorded frame.
std::vector<double> frameProgress(const Animation& animation, int frames) {
  std::vector<double> at(std::size_t(frames), 0.0);
  for (int j = 0; j < frames; ++j)
    at[std::size_t(j)] = animation.continuous ? progressOf(j, frames)
                                              : progressOf(frameIndexAt(progressOf(j, frames), animation.frames),
                                                           animation.frames);
  return at;
}

}  // namespace

core::Status renderAnimation(const Animation& animation, int frames, QSize size, const FrameSink& sink,
                             const ExportProgress& progress) {
  if (animation.frames <= 0 || !animation.frameAt) return core::fail("nothing to animate yet: run the lab first");
  const SharedOffscreenRenderer renderer;  // one GL context for every frame
  const std::vector<double> at = frameProgress(animation, frames);
  std::vector<double> sources = at;
  sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
  FramePipeline pipeline(animation, std::move(sources), sink, frames, progress);
  QImage image;
  for (std::size_t k = 0; k < at.size(); ++k) {
    if (k == 0 || at[k] != at[k - 1]) {  // a held frame is sunk again, not drawn again
      const FramePainter frame = pipeline.takePrepared();
      if (!frame) break;
      image = renderFrame(frame, size);
    }
    if (!pipeline.submit(image) || !pipeline.report()) break;
  }
  pipeline.waitForSink();
  return pipeline.status();
}

}  // namespace kx::widgets
