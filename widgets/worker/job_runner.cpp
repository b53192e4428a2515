#include "widgets/worker/job_runner.h"

#include <QMetaObject>

#include "widgets/worker/compute_thread.h"
#include "widgets/worker/job_worker.h"

namespace kx::widgets {

JobRunner::JobRunner(QObject* parent)
    : QObject(parent), m_latest(std::make_shared<std::atomic<std::uint64_t>>(0)) {
  qRegisterMetaType<kx::widgets::FramePtr>("kx::widgets::FramePtr");
  m_worker = new JobWorker(m_latest);
  m_worker->moveToThread(&m_thread);
  connect(m_worker, &JobWorker::frameReady, this, &JobRunner::onFrame);
  connect(m_worker, &JobWorker::finished, this, &JobRunner::onFinished);
  connect(m_worker, &JobWorker::chunkTimed, this, &JobRunner::chunkTimed);
  connect(m_worker, &JobWorker::progressChanged, this, [this](double fraction, quint64 generation) {
    if (generation != m_latest->load()) return;
    m_progress = fraction;
    emit progressChanged(fraction);
  });
  m_coalesce.setSingleShot(true);
  m_coalesce.setInterval(16);
  connect(&m_coalesce, &QTimer::timeout, this, [this] {
    if (m_pending) emit frameReady(std::exchange(m_pending, nullptr));
  });
  connect(
      &m_thread, &QThread::finished, m_worker, [worker = m_worker] { worker->stop(); }, Qt::DirectConnection);
  startComputeThread(m_thread, "kexue-lab worker");
}

JobRunner::~JobRunner() {
  m_latest->fetch_add(1);  // the running chunk sees this and returns early
  m_thread.quit();
  m_thread.wait();
  // Its thread has stopped, stop() ran there as the last thing, and this
  // acquire makes everything the thread wrote visible before the delete.
  [[maybe_unused]] const bool stopped = m_worker->stopped();
  delete m_worker;
}

void JobRunner::start(std::unique_ptr<core::Job> job, bool paused) {
  const quint64 generation = m_latest->fetch_add(1) + 1;
  m_pending.reset();
  m_paused = paused;
  m_progress = 0;
  setBusy(true);
  QMetaObject::invokeMethod(
      m_worker, [worker = m_worker, job = std::shared_ptr<core::Job>(std::move(job)), generation, paused] {
        worker->startJob(job, generation, paused);
      },
      Qt::QueuedConnection);
}

void JobRunner::pause() {
  m_paused = true;
  const quint64 generation = m_latest->load();
  QMetaObject::invokeMethod(m_worker, [w = m_worker, generation] { w->setPaused(true, generation); },
                            Qt::QueuedConnection);
}

void JobRunner::resume() {
  m_paused = false;
  const quint64 generation = m_latest->load();
  QMetaObject::invokeMethod(m_worker, [w = m_worker, generation] { w->setPaused(false, generation); },
                            Qt::QueuedConnection);
}

void JobRunner::step() {
  const quint64 generation = m_latest->load();
  QMetaObject::invokeMethod(m_worker, [w = m_worker, generation] { w->stepOnce(generation); },
                            Qt::QueuedConnection);
}

void JobRunner::cancel() {
  m_latest->fetch_add(1);
  m_pending.reset();
  setBusy(false);
}

void JobRunner::onFrame(FramePtr frame, quint64 generation) {
  if (generation != m_latest->load()) return;  // from a superseded job
  m_pending = std::move(frame);
  if (!m_coalesce.isActive()) m_coalesce.start();
}

void JobRunner::onFinished(const QString& failure, quint64 generation) {
  if (generation != m_latest->load()) return;
  // Deliver the final frame now rather than after the coalescing interval.
  if (m_pending) {
    m_coalesce.stop();
    emit frameReady(std::exchange(m_pending, nullptr));
  }
  setBusy(false);
  emit finished(failure);
}

void JobRunner::setBusy(bool busy) {
  if (busy == m_busy) return;
  m_busy = busy;
  emit busyChanged(busy);
}

}  // namespace kx::widgets
