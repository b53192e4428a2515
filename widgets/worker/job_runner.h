#pragma once
// Runs a lab's core job on its own thread (docs/architecture.md, "Threads").
// The GUI side hands over a job holding an immutable copy of its inputs (job
// constructors only copy; allocation happens in the first chunk); the worker
// thread runs it chunk by chunk and publishes immutable frames. Starting a new job
// cancels the running one at its next check; frames of an older generation are
// dropped, so the GUI never shows a frame computed from superseded inputs.
#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <cstdint>
#include <memory>

#include "core/job/job.h"

namespace kx::widgets {

using FramePtr = std::shared_ptr<const core::Frame>;

class JobWorker;

class JobRunner : public QObject {
  Q_OBJECT
 public:
  explicit JobRunner(QObject* parent = nullptr);
  ~JobRunner() override;  // cancels and joins the thread before anything is freed

  /// Cancels the current job and starts `job` (paused: idle until resume()
  /// or step()).
  void start(std::unique_ptr<core::Job> job, bool paused = false);
  void pause();
  void resume();
  /// Runs exactly one chunk of a paused job.
  void step();
  /// Cancels the current job; its remaining frames are dropped.
  void cancel();

  bool busy() const { return m_busy; }
  bool paused() const { return m_paused; }
  /// The current job's last reported progress (0 until it reports; negative
  /// when open-ended).
  double progress() const { return m_progress; }
  quint64 generation() const { return m_latest->load(); }

  /// Minimum interval between published frames on the GUI (coalescing).
  void setFrameInterval(int ms) { m_coalesce.setInterval(ms); }

 signals:
  /// The latest frame of the current job, at most once per frame interval.
  void frameReady(kx::widgets::FramePtr frame);
  void progressChanged(double fraction);  ///< negative: open-ended
  void busyChanged(bool busy);
  /// The current job ended; `failure` is empty on success.
  void finished(const QString& failure);
  /// Milliseconds the worker spent on the last chunk.
  void chunkTimed(double milliseconds);

 private:
  void onFrame(kx::widgets::FramePtr frame, quint64 generation);
  void onFinished(const QString& failure, quint64 generation);
  void setBusy(bool busy);

  QThread m_thread;
  JobWorker* m_worker = nullptr;
  std::shared_ptr<std::atomic<std::uint64_t>> m_latest;
  FramePtr m_pending;
  QTimer m_coalesce;
  bool m_busy = false;
  bool m_paused = false;
  double m_progress = 0;
};

}  // namespace kx::widgets
