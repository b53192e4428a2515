#include "widgets/labs/vae/vae_task_thread.h"

#include <QMetaObject>

#include "widgets/worker/compute_thread.h"

namespace kx::widgets {

VaeTaskThread::VaeTaskThread(QObject* parent) : QObject(parent), m_context(new QObject) {
  for (auto& s : m_serial) s = std::make_shared<std::atomic<std::uint64_t>>(0);
  m_context->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
  startComputeThread(m_thread, "vae-tasks");
}

VaeTaskThread::~VaeTaskThread() {
  for (auto& s : m_serial) s->fetch_add(1);
  m_thread.quit();
  m_thread.wait();
}

void VaeTaskThread::request(Channel channel, Work work) {
  auto serial = m_serial[channel];
  const std::uint64_t mine = serial->fetch_add(1) + 1;
  ++m_pending[channel];
  QMetaObject::invokeMethod(
      m_context,
      [this, channel, serial, mine, work = std::move(work)] {
        std::function<void()> done;
        if (serial->load() == mine) done = work();  // else superseded before it started
        // Posted to the GUI thread; Qt drops it if this object is gone (the
        // destructor joins the thread first, so `this` is valid until then).
        QMetaObject::invokeMethod(
            this,
            [this, channel, serial, mine, done = std::move(done)] {
              if (done && serial->load() == mine) done();
              if (--m_pending[channel] == 0) emit idle(channel);
            },
            Qt::QueuedConnection);
      },
      Qt::QueuedConnection);
}

void VaeTaskThread::post(std::function<void()> work) {
  QMetaObject::invokeMethod(m_context, std::move(work), Qt::QueuedConnection);
}

}  // namespace kx::widgets
