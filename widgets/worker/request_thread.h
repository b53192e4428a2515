#pragma once
// A thread of its own for one-shot requests where only the latest counts
// (docs/architecture.md, "Threads"): the walk's scrubbing, the VAE lab's file
// loading and decoding. A lab's chunked job runs on its JobRunner instead.
// Requests run one at a time in request order. Each belongs to a channel;
// a newer request of the channel cancels an older one (its CancelToken
// fires), which is skipped if it has not started, and only the latest
// request of a channel delivers its result, on the GUI thread.
#include <QObject>
#include <QThread>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/util/cancel_token.h"

namespace kx::widgets {

class RequestThread : public QObject {
  Q_OBJECT
 public:
  /// Runs on the request thread, polling `cancel` in long loops; returns what
  /// to run on the GUI thread afterwards (or nothing).
  using Work = std::function<std::function<void()>(const core::CancelToken& cancel)>;

  RequestThread(const QString& threadName, int channels, QObject* parent = nullptr);
  ~RequestThread() override;  // drops pending results, joins the thread

  void request(int channel, Work work);
  /// Results of this channel's requests so far will not be delivered.
  void drop(int channel) { m_serial[std::size_t(channel)]->fetch_add(1); }
  /// True while a request of the channel waits or runs.
  bool pending(int channel) const { return m_pending[std::size_t(channel)] > 0; }
  /// Runs `work` on the request thread before anything requested later (tests
  /// hold the thread with it to order events deterministically).
  void post(std::function<void()> work);

 signals:
  void idle(int channel);  ///< a channel has nothing left waiting or running

 private:
  QThread m_thread;
  QObject* m_context;  ///< lives on m_thread: requests run there
  std::vector<std::shared_ptr<std::atomic<std::uint64_t>>> m_serial;
  std::vector<int> m_pending;
};

}  // namespace kx::widgets
