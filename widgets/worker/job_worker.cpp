#include "widgets/worker/job_worker.h"

#include <QMetaObject>
#include <exception>

#include "core/util/stopwatch.h"

namespace kx::widgets {

void JobWorker::startJob(std::shared_ptr<core::Job> job, quint64 generation, bool paused) {
  if (generation != m_latest->load()) return;  // superseded before it began
  m_job = std::move(job);
  m_lastFrame.reset();
  m_generation = generation;
  m_paused = paused;
  if (!m_paused) scheduleChunk();
}

void JobWorker::setPaused(bool paused, quint64 generation) {
  if (!current(generation)) return;
  m_paused = paused;
  if (!paused) scheduleChunk();
}

void JobWorker::stepOnce(quint64 generation) {
  if (current(generation)) runChunk(generation);
}

void JobWorker::scheduleChunk() {
  if (m_scheduled) return;
  m_scheduled = true;
  // The queued chunk runs whichever job is current when it is handled: a job
  // started after this was queued finds it pending and does not queue its own
  // (job_runner_test.cpp, JobWorker.AJobStartedWhileAChunkIsQueuedRuns).
  QMetaObject::invokeMethod(
      this,
      [this] {
        m_scheduled = false;
        if (!m_paused) runChunk(m_generation);
      },
      Qt::QueuedConnection);
}

void JobWorker::runChunk(quint64 generation) {
  if (!current(generation)) return;
  const core::CancelToken token(m_latest.get(), generation);
  core::Stopwatch clock;
  bool more = false;
  try {
    more = m_job->runChunk(token);
  } catch (const std::exception& e) {
    // Allocation failures and the like reach the user as a message.
    m_job.reset();
    emit finished(QString("the computation failed: %1").arg(e.what()), generation);
    return;
  }
  emit chunkTimed(clock.milliseconds());
  if (token.cancelled()) return;
  if (auto frame = m_job->frame(); frame && frame != m_lastFrame) {
    m_lastFrame = frame;
    emit frameReady(frame, generation);
  }
  emit progressChanged(m_job->progress(), generation);
  if (!more) {
    emit finished(QString::fromStdString(m_job->failure()), generation);
    return;
  }
  if (!m_paused) scheduleChunk();
}

void JobWorker::stop() {
  m_job.reset();
  m_lastFrame.reset();
  m_stopped.store(true, std::memory_order_release);
}

}  // namespace kx::widgets
