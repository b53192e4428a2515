#include "widgets/worker/request_thread.h"

#include <QMetaObject>

#include "widgets/worker/compute_thread.h"

namespace kx::widgets {

RequestThread::RequestThread(const QString& threadName, int channels, QObject* parent)
    : QObject(parent), m_context(new QObject), m_pending(std::size_t(channels), 0) {
  for (int c = 0; c < channels; ++c) m_serial.push_back(std::make_shared<std::atomic<std::uint64_t>>(0));
  m_context->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
  startComputeThread(m_thread, threadName);
}

RequestThread::~RequestThread() {
  for (auto& serial : m_serial) serial->fetch_add(1);  // a running request sees its token fire
  m_thread.quit();
  m_thread.wait();
}

void RequestThread::request(int channel, Work work) {
  auto serial = m_serial[std::size_t(channel)];
  const std::uint64_t mine = serial->fetch_add(1) + 1;
  ++m_pending[std::size_t(channel)];
  QMetaObject::invokeMethod(
      m_context,
      [this, channel, serial, mine, work = std::move(work)] {
        const core::CancelToken token(serial.get(), mine);
        std::function<void()> done;
        if (!token.cancelled()) done = work(token);  // else superseded before it started
        // Posted to the GUI thread; Qt drops it if this object is gone (the
        // destructor joins the thread first, so `this` is valid until then).
        QMetaObject::invokeMethod(
            this,
            [this, channel, serial, mine, done = std::move(done)] {
              if (done && serial->load() == mine) done();
              if (--m_pending[std::size_t(channel)] == 0) emit idle(channel);
            },
            Qt::QueuedConnection);
      },
      Qt::QueuedConnection);
}

void RequestThread::post(std::function<void()> work) {
  QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

}  // namespace kx::widgets
