#pragma once
// A thread of its own for the VAE lab's work that is neither training nor
// tiny: reading IDX files and decoding interpolations (never on the GUI
// thread). Tasks run one at a time in request order. Each has a channel; only
// the latest request of a channel delivers its result (on the GUI thread), an
// older one is skipped if it has not started and dropped if it has.
#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace kx::widgets {

class VaeTaskThread : public QObject {
  Q_OBJECT
 public:
  enum Channel { Load = 0, Decode = 1, Channels = 2 };
  /// Runs on the task thread; returns what to run on the GUI thread afterwards.
  using Work = std::function<std::function<void()>()>;

  explicit VaeTaskThread(QObject* parent = nullptr);
  ~VaeTaskThread() override;  // drops pending results, joins the thread

  void request(Channel channel, Work work);
  /// Results of this channel's requests so far will not be delivered.
  void drop(Channel channel) { m_serial[channel]->fetch_add(1); }
  /// True while a request of the channel waits or runs.
  bool pending(Channel channel) const { return m_pending[channel] > 0; }
  /// Runs `work` on the task thread before anything requested later (tests
  /// hold the thread with it to order events deterministically).
  void post(std::function<void()> work);

 signals:
  void idle(int channel);  ///< a channel has nothing left waiting or running

 private:
  QThread m_thread;
  QObject* m_context;
  std::shared_ptr<std::atomic<std::uint64_t>> m_serial[Channels];
  int m_pending[Channels] = {0, 0};
};

}  // namespace kx::widgets
