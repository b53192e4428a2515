#pragma once
// Downloads a data set's files into a folder on a thread of its own, each file
// checked against its published MD5 before it is kept (issue 7: MNIST from
// within the app). A file already in the folder with the right checksum is not
// fetched again (the folder is a cache). Mirrors are tried in order. Every file
// is written through QSaveFile, so a cancelled, failed or corrupt download
// never leaves a partial file behind, and a good copy is never overwritten by
// a bad one.
#include <QList>
#include <QObject>
#include <QStringList>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <memory>

namespace kx::widgets {

struct DownloadFile {
  QString name;    ///< appended to each mirror's URL; also the file's name in the folder
  QByteArray md5;  ///< the published checksum, lower-case hex
  qint64 bytes;    ///< the published size, for the progress bar's total
};

struct DownloadSource {
  QString title;        ///< what the user is downloading, e.g. "MNIST"
  QList<QUrl> mirrors;  ///< base URLs ending in '/', tried in order
  QList<DownloadFile> files;
};

class DownloadWorker;

class ChecksummedDownload : public QObject {
  Q_OBJECT
 public:
  /// A transfer that receives nothing for this long fails (then the next mirror).
  static constexpr int kStallTimeoutMs = 30000;

  ChecksummedDownload(DownloadSource source, QString folder, QObject* parent = nullptr);
  ~ChecksummedDownload() override;  // cancels the transfer and joins the thread

  /// Starts (or restarts after it ended); ignored while running.
  void start();
  /// Stops the transfer; cancelled() follows and no partial file is left.
  void cancel();
  bool running() const { return m_running; }
  const DownloadSource& source() const { return m_source; }
  const QString& folder() const { return m_folder; }

 signals:
  /// Bytes so far of all files (cached ones count as received) and the total.
  void progress(qint64 received, qint64 total);
  /// Every file is in the folder with its published checksum, in source order.
  void succeeded(const QStringList& paths);
  /// A message naming the file and what went wrong on each mirror.
  void failed(const QString& message);
  void cancelled();

 private:
  friend class DownloadWorker;  // reports through queued calls on this object
  DownloadSource m_source;
  QString m_folder;
  QThread m_thread;
  DownloadWorker* m_worker;
  std::shared_ptr<std::atomic<bool>> m_cancel;
  bool m_running = false;
};

}  // namespace kx::widgets
