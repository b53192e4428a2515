#include "widgets/download/download_bar.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

#include "widgets/lab/live_texts.h"

namespace kx::widgets {

DownloadBar::DownloadBar(QWidget* parent) : QWidget(parent) {
  m_progress = new QProgressBar(this);
  m_progress->setRange(0, 1000);
  m_progress->setMinimumWidth(220);
  m_cancel = new QPushButton(this);
  liveTexts(m_cancel, [this] {
    m_cancel->setText(tr("Cancel download"));
    m_cancel->setToolTip(tr("Stop the download: nothing partial is kept, the current data set stays"));
  });
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_progress);
  layout->addWidget(m_cancel);
  connect(m_cancel, &QPushButton::clicked, this, &DownloadBar::cancel);
  hide();
}

DownloadBar::~DownloadBar() = default;  // the download cancels and joins its thread

void DownloadBar::start(DownloadSource source, const QString& folder) {
  if (running()) return;
  const QString title = source.title;
  m_download = std::make_unique<ChecksummedDownload>(std::move(source), folder);
  connect(m_download.get(), &ChecksummedDownload::progress, this, &DownloadBar::showProgress);
  connect(m_download.get(), &ChecksummedDownload::succeeded, this, [this](const QStringList& paths) {
    ended();
    emit downloaded(paths);
  });
  connect(m_download.get(), &ChecksummedDownload::failed, this, [this](const QString& message) {
    ended();
    emit failed(message);
  });
  connect(m_download.get(), &ChecksummedDownload::cancelled, this, &DownloadBar::ended);
  m_progress->setValue(0);
  m_progress->setFormat(tr("%1: connecting…").arg(title));
  show();
  m_download->start();
  emit runningChanged(true);
}

void DownloadBar::cancel() {
  if (running()) m_download->cancel();
}

void DownloadBar::showProgress(qint64 received, qint64 total) {
  const double mb = 1e6;
  m_progress->setValue(total > 0 ? int(1000.0 * double(received) / double(total)) : 0);
  m_progress->setFormat(
      tr("%1: %2 of %3 MB").arg(m_download->source().title).arg(received / mb, 0, 'f', 1).arg(total / mb, 0, 'f', 1));
}

void DownloadBar::ended() {
  hide();
  emit runningChanged(false);
}

}  // namespace kx::widgets
