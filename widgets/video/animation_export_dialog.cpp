#include "widgets/video/animation_export_dialog.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSpinBox>
#include <cmath>

#include "widgets/export/export_fields.h"
#include "widgets/lab/frame_sequence_export.h"
#include "widgets/lab/lab.h"
#include "widgets/shell/shell_settings.h"

namespace kx::widgets {
namespace {

/// The path with its suffix made `suffix` (none for a folder of frames).
QString withSuffix(const QString& path, const QString& suffix) {
  const QFileInfo info(path);
  const QString base = info.dir().filePath(info.completeBaseName().isEmpty() ? info.fileName() : info.completeBaseName());
  return suffix.isEmpty() ? base : base + "." + suffix;
}

}  // namespace

AnimationExportDialog::AnimationExportDialog(const QString& name, int labFrames, QWidget* parent)
    : QDialog(parent), m_labFrames(labFrames) {
  setWindowTitle(tr("Export animation"));
  const AnimationExportSettings remembered = ShellSettings().animationExportSettings();
  m_format = new QComboBox(this);
  m_format->addItem(tr("MP4 video (H.264)"), "mp4");
  m_format->addItem(tr("WebM video (VP9)"), "webm");
  m_format->addItem(tr("GIF animation"), "gif");
  m_format->addItem(tr("PNG frames (a folder)"), QString());
  m_format->setToolTip(tr("MP4 plays in slides and browsers; WebM in browsers; GIF anywhere, with at most 256 colours "
                          "per frame; PNG frames are the lab's own frames, one file each"));
  m_format->setCurrentIndex(std::max(0, m_format->findData(remembered.format)));

  m_path = new QLineEdit(QDir(remembered.folder.isEmpty() ? QDir::homePath() : remembered.folder).filePath(name), this);
  m_path->setToolTip(tr("The file to write (for PNG frames: the folder). An existing file is replaced only when the "
                        "new one is complete"));
  m_path->setMinimumWidth(m_path->fontMetrics().averageCharWidth() * 40);
  auto* pathRow = fileRow(m_path, [this] {
    return frameSequence() ? QFileDialog::getExistingDirectory(this, tr("Folder for the frames"), m_path->text())
                           : QFileDialog::getSaveFileName(this, tr("Export animation"), m_path->text(),
                                                          m_format->currentText() + " (*." +
                                                              m_format->currentData().toString() + ")");
  });

  m_width = pixelBox(16, 4096, 2, remembered.size.width(), this);
  m_height = pixelBox(16, 4096, 2, remembered.size.height(), this);
  for (auto* box : {m_width, m_height})
    box->setToolTip(tr("MP4 and WebM need even sides; 1280 × 720 suits slides, 1920 × 1080 full-HD"));
  m_fps = new QSpinBox(this);
  m_fps->setRange(1, 120);
  m_fps->setValue(remembered.framesPerSecond);
  m_fps->setToolTip(tr("Frames per second of the video. GIF stores delays in hundredths of a second: 25 or 50 play "
                       "exactly"));
  m_seconds = new QDoubleSpinBox(this);
  m_seconds->setRange(0.5, 600);
  m_seconds->setSingleStep(0.5);
  m_seconds->setSuffix(tr(" s"));
  m_seconds->setValue(remembered.seconds);
  m_seconds->setToolTip(tr("The video's length: the lab's frames are spread over it evenly, each held as long as "
                           "needed (or skipped, when there are more frames than the video has)"));
  m_frames = new QLabel(this);

  auto* form = new QFormLayout(this);
  form->addRow(tr("Format"), m_format);
  form->addRow(tr("File"), pathRow);
  form->addRow(tr("Width"), m_width);
  form->addRow(tr("Height"), m_height);
  form->addRow(tr("Frame rate"), m_fps);
  form->addRow(tr("Length"), m_seconds);
  form->addRow(QString(), m_frames);
  addSaveAndCancel(form, this);

  connect(m_format, &QComboBox::currentIndexChanged, this, &AnimationExportDialog::formatChosen);
  connect(m_fps, &QSpinBox::valueChanged, this, &AnimationExportDialog::updateFrameCount);
  connect(m_seconds, &QDoubleSpinBox::valueChanged, this, &AnimationExportDialog::updateFrameCount);
  formatChosen();
}

void AnimationExportDialog::formatChosen() {
  m_path->setText(withSuffix(m_path->text(), m_format->currentData().toString()));
  const bool video = !frameSequence();
  m_fps->setEnabled(video);
  m_seconds->setEnabled(video);
  updateFrameCount();
}

void AnimationExportDialog::updateFrameCount() {
  m_frames->setText(frameSequence() ? tr("Frames: %1, the lab's own").arg(m_labFrames)
                                    : tr("Frames: %1, from the lab's %2").arg(settings().frames).arg(m_labFrames));
}

QString AnimationExportDialog::path() const { return m_path->text(); }

bool AnimationExportDialog::frameSequence() const { return m_format->currentData().toString().isEmpty(); }

VideoSettings AnimationExportDialog::settings() const {
  return {QSize(m_width->value(), m_height->value()), m_fps->value(),
          std::max(1, int(std::lround(m_seconds->value() * m_fps->value())))};
}

void AnimationExportDialog::remember() const {
  // A folder of frames is the folder itself; a video's folder holds it.
  const QFileInfo chosen(path());
  ShellSettings().setAnimationExportSettings({m_format->currentData().toString(),
                                              frameSequence() ? chosen.absoluteFilePath() : chosen.absolutePath(),
                                              QSize(m_width->value(), m_height->value()), m_fps->value(),
                                              m_seconds->value()});
}

QString exportAnimationInteractively(const Lab& lab, QWidget* parent) {
  const auto animation = lab.animation();
  if (!animation) {
    QMessageBox::information(parent, AnimationExportDialog::tr("Export animation"), QString::fromStdString(animation.error()));
    return {};
  }
  AnimationExportDialog dialog(animation->name, animation->frames, parent);
  if (dialog.exec() != QDialog::Accepted) return {};
  dialog.remember();
  const VideoSettings settings = dialog.settings();
  core::Status status = core::Ok{};
  if (dialog.frameSequence()) {
    status = exportAnimationFrames(dialog.path(), *animation, settings.size, parent);
  } else {
    QProgressDialog progress(AnimationExportDialog::tr("Encoding %1…").arg(QFileInfo(dialog.path()).fileName()),
                             AnimationExportDialog::tr("Cancel"), 0, settings.frames, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    status = exportVideo(*animation, dialog.path(), settings, [&progress](int done, int) {
      progress.setValue(done);  // processes events: the GUI stays live and Cancel is seen
      return !progress.wasCanceled();
    });
  }
  if (!status) {
    QMessageBox::warning(parent, AnimationExportDialog::tr("Export animation"), QString::fromStdString(status.error()));
    return QString::fromStdString(status.error());
  }
  return AnimationExportDialog::tr("Animation written to %1").arg(dialog.path());
}

}  // namespace kx::widgets
