#pragma once
// Scrubbing: rebuilds the frame of an earlier step with WalkJob::frameAt on a
// thread of its own (12-50 ms for a million walkers: never on the GUI
// thread). Only the latest request counts: a newer one cancels the older one
// through its CancelToken, and results of superseded requests are dropped.
#include <QObject>
#include <QThread>
#include <atomic>
#include <cstdint>
#include <memory>

#include "core/walk/walk_job.h"

namespace kx::widgets {

class WalkScrubber : public QObject {
  Q_OBJECT
 public:
  explicit WalkScrubber(QObject* parent = nullptr);
  ~WalkScrubber() override;  // cancels and joins the thread

  /// Asks for the frame of `job` at `step` (0 <= step <= job->computedSteps()).
  void request(std::shared_ptr<const core::walk::WalkJob> job, int step);
  /// Drops any request in flight.
  void cancel() { m_latest->fetch_add(1); }

 signals:
  /// The frame of the latest request (GUI thread).
  void ready(std::shared_ptr<const kx::core::walk::WalkFrame> frame);

 private:
  QThread m_thread;
  QObject* m_context;  ///< lives on m_thread: requests run there
  std::shared_ptr<std::atomic<std::uint64_t>> m_latest;
};

}  // namespace kx::widgets
