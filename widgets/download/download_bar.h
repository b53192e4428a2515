#pragma once
// A slim bar that runs one ChecksummedDownload: a progress bar with the bytes
// received and a Cancel button, shown only while downloading.
#include <QWidget>
#include <memory>

#include "widgets/download/checksummed_download.h"

class QProgressBar;
class QPushButton;

namespace kx::widgets {

class DownloadBar : public QWidget {
  Q_OBJECT
 public:
  explicit DownloadBar(QWidget* parent = nullptr);
  ~DownloadBar() override;

  /// Downloads source's files into folder; ignored while a download runs.
  void start(DownloadSource source, const QString& folder);
  void cancel();
  bool running() const { return m_download && m_download->running(); }
  QProgressBar* progressBar() const { return m_progress; }
  QPushButton* cancelButton() const { return m_cancel; }

 signals:
  void downloaded(const QStringList& paths);
  void failed(const QString& message);
  void runningChanged(bool running);

 private:
  void showProgress(qint64 received, qint64 total);
  void ended();

  std::unique_ptr<ChecksummedDownload> m_download;
  QProgressBar* m_progress;
  QPushButton* m_cancel;
};

}  // namespace kx::widgets
