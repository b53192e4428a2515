#include "widgets/labs/walk/walk_scrubber.h"

#include <QMetaObject>
#include <algorithm>

#include "widgets/worker/compute_thread.h"

namespace kx::widgets {

WalkScrubber::WalkScrubber(QObject* parent)
    : QObject(parent), m_context(new QObject), m_latest(std::make_shared<std::atomic<std::uint64_t>>(0)) {
  m_context->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
  startComputeThread(m_thread, "walk-scrubber");
}

WalkScrubber::~WalkScrubber() {
  cancel();
  m_thread.quit();
  m_thread.wait();
}

void WalkScrubber::request(std::shared_ptr<const core::walk::WalkJob> job, int step) {
  if (!job) return;
  const std::uint64_t generation = m_latest->fetch_add(1) + 1;
  auto latest = m_latest;
  QMetaObject::invokeMethod(
      m_context,
      [this, job = std::move(job), step, generation, latest] {
        if (latest->load() != generation) return;  // a newer request is queued
        const core::CancelToken token(latest.get(), generation);
        auto frame = job->frameAt(std::clamp(step, 0, job->computedSteps()), token);
        if (!frame || token.cancelled()) return;
        // Posted to the GUI thread; dropped there if superseded meanwhile (and
        // by Qt if this scrubber is gone: the thread is joined first).
        QMetaObject::invokeMethod(
            this,
            [this, frame, generation] {
              if (m_latest->load() == generation) emit ready(frame);
            },
            Qt::QueuedConnection);
      },
      Qt::QueuedConnection);
}

}  // namespace kx::widgets
