#include "widgets/download/checksummed_download.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <functional>

namespace kx::widgets {

/// A transfer may exceed its published size by this much plus the size itself.
constexpr qint64 kSizeSlack = 64 * 1024;

/// Lives on the download thread: all network and file work happens there.
class DownloadWorker : public QObject {
 public:
  DownloadWorker(ChecksummedDownload* owner, std::shared_ptr<std::atomic<bool>> cancel)
      : m_owner(owner), m_source(owner->source()), m_folder(owner->folder()), m_cancel(std::move(cancel)) {}

  void run();
  void abort() {
    if (m_reply) m_reply->abort();  // replyFinished() then reports the cancel
  }

 private:
  using Report = std::function<void(ChecksummedDownload&)>;
  /// Runs `report` on the owner's (GUI) thread; the owner outlives this
  /// thread, and Qt drops the call if the owner is already gone.
  void report(Report report) {
    QMetaObject::invokeMethod(
        m_owner, [owner = m_owner, report = std::move(report)] { report(*owner); }, Qt::QueuedConnection);
  }
  void end(Report last) {
    report([last = std::move(last)](ChecksummedDownload& o) {
      o.m_running = false;
      last(o);
    });
  }
  void fail(const QString& message) {
    end([message](ChecksummedDownload& o) { emit o.failed(message); });
  }
  void reportProgress(qint64 received) {
    report([received, total = m_total](ChecksummedDownload& o) { emit o.progress(received, total); });
  }
  const DownloadFile& file() const { return m_source.files[m_file]; }
  QString path() const { return QDir(m_folder).filePath(file().name); }

  void nextFile();
  void fetchFromMirror();
  void receive();
  void replyFinished();

  ChecksummedDownload* m_owner;
  const DownloadSource m_source;
  const QString m_folder;
  std::shared_ptr<std::atomic<bool>> m_cancel;
  QNetworkAccessManager* m_network = nullptr;  // created on this thread
  QNetworkReply* m_reply = nullptr;
  std::unique_ptr<QSaveFile> m_out;
  QCryptographicHash m_hash{QCryptographicHash::Md5};
  QString m_writeError;
  QStringList m_paths, m_mirrorErrors;
  int m_file = 0, m_mirror = 0;
  qint64 m_done = 0, m_total = 0, m_received = 0;
  bool m_oversized = false;
};

namespace {

/// The MD5 of a file as lower-case hex, or empty if it cannot be read.
QByteArray fileMd5(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  QCryptographicHash hash(QCryptographicHash::Md5);
  return hash.addData(&f) ? hash.result().toHex() : QByteArray();
}

}  // namespace

void DownloadWorker::run() {
  if (!m_network) m_network = new QNetworkAccessManager(this);
  m_paths.clear();
  m_file = 0;
  m_done = m_total = 0;
  for (const auto& f : m_source.files) m_total += f.bytes;
  if (!QDir().mkpath(m_folder))
    return fail(ChecksummedDownload::tr("Cannot create the download folder %1.").arg(QDir::toNativeSeparators(m_folder)));
  nextFile();
}

void DownloadWorker::nextFile() {
  for (; m_file < m_source.files.size(); ++m_file) {
    if (m_cancel->load()) return end([](ChecksummedDownload& o) { emit o.cancelled(); });
    if (fileMd5(path()) != file().md5) {
      m_mirror = 0;
      m_mirrorErrors.clear();
      return fetchFromMirror();
    }
    m_done += QFileInfo(path()).size();  // already here and intact: the cache
    m_paths << path();
    reportProgress(m_done);
  }
  end([paths = m_paths](ChecksummedDownload& o) { emit o.succeeded(paths); });
}

void DownloadWorker::fetchFromMirror() {
  if (m_mirror >= m_source.mirrors.size())
    return fail(ChecksummedDownload::tr("Could not download %1 (%2).").arg(file().name, m_mirrorErrors.join("; ")));
  m_out = std::make_unique<QSaveFile>(path());
  if (!m_out->open(QIODevice::WriteOnly))
    return fail(ChecksummedDownload::tr("Cannot write %1: %2.")
                    .arg(QDir::toNativeSeparators(path()), m_out->errorString()));
  m_hash.reset();
  m_received = 0;
  m_writeError.clear();
  m_oversized = false;
  QNetworkRequest request(m_source.mirrors[m_mirror].resolved(QUrl(file().name)));
  request.setTransferTimeout(ChecksummedDownload::kStallTimeoutMs);
  m_reply = m_network->get(request);
  connect(m_reply, &QNetworkReply::readyRead, this, &DownloadWorker::receive);
  connect(m_reply, &QNetworkReply::finished, this, &DownloadWorker::replyFinished);
}

void DownloadWorker::receive() {
  if (!m_reply->isOpen()) return;  // aborted: nothing more to read
  const QByteArray data = m_reply->readAll();
  if (data.isEmpty() || !m_writeError.isEmpty() || m_oversized) return;
  m_hash.addData(data);
  m_received += data.size();
  if (m_received > 2 * file().bytes + kSizeSlack) {
    m_oversized = true;  // not this file (an error page would be small): spare the disk
    m_reply->abort();
    return;
  }
  if (m_out->write(data) != data.size()) {
    m_writeError = m_out->errorString();  // a full disk is no mirror's fault: stop
    m_reply->abort();
    return;
  }
  reportProgress(m_done + m_received);
}

void DownloadWorker::replyFinished() {
  receive();  // whatever arrived with the end of the transfer
  QNetworkReply* reply = std::exchange(m_reply, nullptr);
  reply->deleteLater();  // after this function: it is read below
  const auto out = std::move(m_out);  // dropped without commit(): nothing is written
  if (m_cancel->load()) return end([](ChecksummedDownload& o) { emit o.cancelled(); });
  if (!m_writeError.isEmpty())
    return fail(ChecksummedDownload::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path()), m_writeError));
  const QString mirror = m_source.mirrors[m_mirror].host();
  if (m_oversized) {
    m_mirrorErrors << ChecksummedDownload::tr("%1: sent more than twice the published %2 bytes").arg(mirror).arg(file().bytes);
  } else if (reply->error() != QNetworkReply::NoError) {
    m_mirrorErrors << QString("%1: %2").arg(mirror, reply->errorString());
  } else if (const QByteArray md5 = m_hash.result().toHex(); md5 != file().md5) {
    m_mirrorErrors << ChecksummedDownload::tr("%1: the checksum does not match (MD5 %2, expected %3): the data is "
                                              "corrupt or not this file")
                          .arg(mirror, QString::fromLatin1(md5), QString::fromLatin1(file().md5));
  } else if (!out->commit()) {
    return fail(ChecksummedDownload::tr("Cannot save %1: %2.").arg(QDir::toNativeSeparators(path()), out->errorString()));
  } else {
    m_done += m_received;
    m_paths << path();
    ++m_file;
    return nextFile();
  }
  ++m_mirror;
  fetchFromMirror();
}

ChecksummedDownload::ChecksummedDownload(DownloadSource source, QString folder, QObject* parent)
    : QObject(parent),
      m_source(std::move(source)),
      m_folder(std::move(folder)),
      m_cancel(std::make_shared<std::atomic<bool>>(false)) {
  m_worker = new DownloadWorker(this, m_cancel);
  m_worker->moveToThread(&m_thread);
  connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);  // deleted on its own thread
  m_thread.setObjectName("kexue-lab download");
  m_thread.start();
}

ChecksummedDownload::~ChecksummedDownload() {
  cancel();
  m_thread.quit();
  m_thread.wait();
}

void ChecksummedDownload::start() {
  if (m_running) return;
  m_running = true;
  m_cancel->store(false);
  QMetaObject::invokeMethod(
      m_worker, [w = m_worker] { w->run(); }, Qt::QueuedConnection);
}

void ChecksummedDownload::cancel() {
  if (!m_running) return;
  m_cancel->store(true);
  QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->abort(); }, Qt::QueuedConnection);
}

}  // namespace kx::widgets
