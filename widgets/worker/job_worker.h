#pragma once
// The worker-thread half of JobRunner: owns the job and runs it one chunk per
// event, so queued commands (new job, pause, cancel) are handled between chunks.
#include <QObject>
#include <atomic>
#include <memory>

#include "widgets/worker/job_runner.h"

namespace kx::widgets {

class JobWorker : public QObject {
  Q_OBJECT
 public:
  explicit JobWorker(std::shared_ptr<std::atomic<std::uint64_t>> latest) : m_latest(std::move(latest)) {}

  void startJob(std::shared_ptr<core::Job> job, quint64 generation, bool paused);
  void setPaused(bool paused, quint64 generation);
  void stepOnce(quint64 generation);
  /// Drops the job and the last frame on the worker thread as it stops (the
  /// runner connects it to QThread::finished), and publishes that it did.
  void stop();
  /// True once stop() ran; what the worker thread wrote before happens-before
  /// the caller's next step (release/acquire: QThread::wait synchronises
  /// inside Qt, where ThreadSanitizer cannot see it).
  bool stopped() const { return m_stopped.load(std::memory_order_acquire); }

 signals:
  void frameReady(kx::widgets::FramePtr frame, quint64 generation);
  void progressChanged(double fraction, quint64 generation);
  void finished(const QString& failure, quint64 generation);
  void chunkTimed(double milliseconds);

 private:
  void scheduleChunk();
  void runChunk(quint64 generation);
  bool current(quint64 generation) const { return generation == m_latest->load() && m_job; }

  std::shared_ptr<std::atomic<std::uint64_t>> m_latest;
  std::shared_ptr<core::Job> m_job;
  quint64 m_generation = 0;
  FramePtr m_lastFrame;
  bool m_paused = false;
  bool m_scheduled = false;
  std::atomic<bool> m_stopped{false};
};

}  // namespace kx::widgets
