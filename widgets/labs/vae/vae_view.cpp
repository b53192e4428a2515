#include "widgets/labs/vae/vae_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

#include "widgets/canvas/gl_canvas.h"
#include "widgets/charts/lab_chart_view.h"
#include "widgets/download/download_bar.h"
#include "widgets/download/mnist_source.h"
#include "widgets/lab/live_texts.h"
#include "widgets/lab/steady_label.h"
#include "widgets/labs/vae/vae_images.h"
#include "widgets/labs/vae/vae_lab.h"
#include "widgets/video/animation_export_dialog.h"

namespace kx::widgets {
namespace {

constexpr QSize kChartMinimum{220, 230};

constexpr int kPickRadiusPx = 7;
constexpr int kMorphIntervalMs = 70;

}  // namespace

VaeView::VaeView(VaeLab* lab, QWidget* parent) : QWidget(parent), m_lab(lab) {
  auto* open = new QPushButton(this);
  auto* download = new QPushButton(this);
  m_download = new DownloadBar(this);
  auto* embedded = new QPushButton(this);
  // One line, elided, whole in the tooltip: wrapped beside the buttons and the
  // epoch counter it grew to seven lines and pushed the lab down.
  m_dataset = new SteadyLabel(this);
  m_epochLabel = new SteadyLabel(this, [this] {
    const int epochs = static_cast<int>(m_lab->description().schema.find("epochs")->max);
    QString widest;
    for (const QString& text : {tr("trained %1 epochs").arg(epochs), tr("epoch %1 of %2").arg(epochs).arg(epochs),
                                tr("the session's model; Run trains on"), tr("untrained; Run (F5) trains")})
      if (fontMetrics().horizontalAdvance(text) > fontMetrics().horizontalAdvance(widest)) widest = text;
    return widest;
  });
  m_epochBar = new QProgressBar(this);
  m_epochBar->setRange(0, 1000);
  m_epochBar->setTextVisible(false);
  m_epochBar->setMaximumWidth(140);
  auto* bar = new QHBoxLayout;
  bar->addWidget(open);
  bar->addWidget(download);
  bar->addWidget(embedded);
  bar->addWidget(m_download);
  bar->addWidget(m_dataset, 1);
  bar->addWidget(m_epochLabel);
  bar->addWidget(m_epochBar);

  m_banner = new QLabel(this);
  m_banner->setWordWrap(true);
  m_banner->setStyleSheet("background: #fde2e1; color: #7a1010; padding: 6px; border: 1px solid #e0a0a0");
  m_banner->hide();

  m_canvas = new GlCanvas(this);
  m_canvas->setMinimumSize(320, 300);
  m_popup = new QLabel(this);
  m_popup->setObjectName("vaeHoverPopup");
  m_popup->setStyleSheet("background: white; border: 1px solid #888; padding: 3px");
  m_popup->setAttribute(Qt::WA_TransparentForMouseEvents);
  m_popup->hide();

  m_pathBox = new QComboBox(this);
  m_pathBox->addItem(QString(), int(core::vae::Path::Linear));
  m_pathBox->addItem(QString(), int(core::vae::Path::Spherical));
  m_stepsBox = new QSpinBox(this);
  m_stepsBox->setRange(2, 64);
  m_stepsBox->setValue(lab->steps());
  m_play = new QCheckBox(this);
  m_play->setChecked(true);
  auto* frames = new QPushButton(this);
  auto* pathLabel = new QLabel(this);
  auto* stepsLabel = new QLabel(this);
  auto* controls = new QHBoxLayout;
  controls->addWidget(pathLabel);
  controls->addWidget(m_pathBox);
  controls->addWidget(stepsLabel);
  controls->addWidget(m_stepsBox);
  controls->addWidget(m_play);
  controls->addStretch(1);
  controls->addWidget(frames);

  m_strip = new ImagePanel(QString(), this);
  m_morph = new ImagePanel(QString(), this);
  m_morph->setFixedWidth(170);
  m_recon = new ImagePanel(QString(), this);
  m_manifold = new ImagePanel(QString(), this);
  auto* tabs = new QTabWidget(this);
  tabs->addTab(m_recon, QString());
  tabs->addTab(m_manifold, QString());
  auto* lower = new QHBoxLayout;
  lower->addWidget(m_morph);
  lower->addWidget(tabs, 1);
  auto* side = new QWidget(this);
  auto* sideLayout = new QVBoxLayout(side);
  sideLayout->setContentsMargins(0, 0, 0, 0);
  sideLayout->addLayout(controls);
  sideLayout->addWidget(m_strip, 1);
  m_endDistances = new QLabel(this);
  m_endDistances->setWordWrap(true);
  m_endDistances->setContentsMargins(6, 2, 6, 2);
  sideLayout->addWidget(m_endDistances);
  sideLayout->addLayout(lower, 3);

  auto* top = new QSplitter(Qt::Horizontal, this);
  top->addWidget(m_canvas);
  top->addWidget(side);
  top->setStretchFactor(0, 1);
  top->setStretchFactor(1, 1);
  m_lossView = new LabChartView(lab->charts().losses(), kChartMinimum, {}, this);
  m_klView = new LabChartView(lab->charts().kl(), kChartMinimum, {}, this);
  m_barsView = new LabChartView(lab->charts().klPerDim(), kChartMinimum, {}, this);
  liveTexts(this, [=, this] {
    open->setText(tr("Open IDX…"));
    open->setToolTip(tr("Train on MNIST or Fashion-MNIST: pick an images file, then its labels file (gzip or plain)"));
    download->setText(tr("Download MNIST"));
    download->setToolTip(
        tr("Download MNIST's 60,000 training digits (9.9 MB) from the usual mirrors, check their MD5 "
           "checksums and keep them in the cache: next time they load without a download"));
    embedded->setText(tr("Embedded digits"));
    embedded->setToolTip(tr("Back to the digits the app generates itself (not MNIST)"));
    m_epochBar->setToolTip(tr("Progress of the current epoch"));
    m_canvas->setToolTip(
        tr("Hover a point: its image · click two points: the ends A and B of the interpolation · "
           "drag: pan · wheel: zoom · double-click: reset view"));
    m_pathBox->setItemText(0, tr("Linear"));
    m_pathBox->setItemText(1, tr("Spherical"));
    m_pathBox->setToolTip(
        tr("Linear: the straight line between the codes. Spherical: along the great circle, the "
           "norm changing linearly (it avoids the low-norm middle where codes rarely lie)"));
    m_stepsBox->setToolTip(tr("Images in the strip, both ends included"));
    m_play->setText(tr("Animate"));
    m_play->setToolTip(tr("Play the morph from A to B and back"));
    frames->setText(tr("Export animation…"));
    frames->setToolTip(tr("Save the morph as an MP4, WebM or GIF video or as numbered PNG files"));
    pathLabel->setText(tr("Path"));
    stepsLabel->setText(tr("Steps"));
    m_strip->setCaption(tr("Interpolation A → B"));
    m_morph->setCaption(tr("Morph"));
    m_recon->setCaption(tr("Originals, reconstructions below"));
    m_manifold->setCaption(tr("Manifold: decoded codes at normal quantiles"));
    tabs->setTabText(0, tr("Reconstructions"));
    tabs->setTabText(1, tr("Manifold"));
    m_barsView->setToolTip(
        tr("KL of each latent dimension on the held-out images. Below 0.01 nats a dimension is "
           "inactive: the decoder ignores it (KL vanishing). VAE+BN keeps every dimension above "
           "τ/2 (docs/math.md §5.2)"));
  });
  auto* charts = new QWidget(this);
  auto* chartRow = new QHBoxLayout(charts);
  chartRow->setContentsMargins(0, 0, 0, 0);
  chartRow->addWidget(m_lossView);
  chartRow->addWidget(m_klView);
  chartRow->addWidget(m_barsView);
  auto* split = new QSplitter(Qt::Vertical, this);
  split->addWidget(top);
  split->addWidget(charts);
  split->setChildrenCollapsible(false);
  split->setStretchFactor(0, 3);
  split->setStretchFactor(1, 2);
  split->setSizes({520, 280});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addLayout(bar);
  layout->addWidget(m_banner);
  layout->addWidget(split, 1);

  connect(open, &QPushButton::clicked, this, &VaeView::openIdxDialog);
  connect(download, &QPushButton::clicked, this,
          [this] { m_download->start(mnistTrainingSource(), datasetCacheFolder("mnist")); });
  connect(m_download, &DownloadBar::runningChanged, download, &QPushButton::setDisabled);
  connect(m_download, &DownloadBar::downloaded, this, [this](const QStringList& paths) {
    if (paths.size() == 2) m_lab->openIdx(paths[0], paths[1]);  // images, then labels
  });
  connect(m_download, &DownloadBar::failed, this, [this](const QString& text) {
    m_banner->setText(tr("The download failed; the current data set stays. %1").arg(text));
    m_banner->show();
  });
  connect(embedded, &QPushButton::clicked, lab, &VaeLab::useEmbeddedDigits);
  connect(frames, &QPushButton::clicked, this, &VaeView::exportAnimationDialog);
  connect(m_pathBox, &QComboBox::currentIndexChanged, this,
          [this](int) { m_lab->setPath(core::vae::Path(m_pathBox->currentData().toInt())); });
  connect(m_stepsBox, &QSpinBox::valueChanged, lab, &VaeLab::setSteps);
  connect(m_play, &QCheckBox::toggled, this, [this](bool on) {
    if (on)
      m_morphTimer.start();
    else
      m_morphTimer.stop();
  });
  m_morphTimer.setInterval(kMorphIntervalMs);
  connect(&m_morphTimer, &QTimer::timeout, this, &VaeView::advanceMorph);
  connect(lab, &Lab::displayed, this, [this] {
    if (auto scene = m_lab->scene()) m_canvas->setScene(scene);
  });
  connect(lab, &Lab::frameShown, this, &VaeView::showFrameData);
  connect(lab, &VaeLab::interpolationChanged, this, &VaeView::showInterpolation);
  connect(lab, &VaeLab::datasetChanged, this, [this] { m_dataset->setText(m_lab->datasetDescription()); });
  connect(&lab->tasks(), &RequestThread::idle, this, [this] { m_dataset->setText(m_lab->datasetDescription()); });
  connect(lab, &Lab::failed, this, [this](const QString& text) {
    m_banner->setText(text);
    m_banner->show();
  });
  connect(lab, &Lab::valuesChanged, m_banner, &QLabel::hide);
  connect(lab, &VaeLab::datasetChanged, m_banner, &QLabel::hide);
  connect(&lab->runner(), &JobRunner::progressChanged, this, &VaeView::showProgress);
  connect(m_canvas, &GlCanvas::hovered, this, &VaeView::showHover);
  connect(m_canvas, &GlCanvas::clicked, this, [this](QPointF at, Qt::MouseButton button, Qt::KeyboardModifiers) {
    if (button == Qt::LeftButton) m_lab->pick(pointAt(at));
  });
  m_canvas->installEventFilter(this);
  m_canvas->setMouseTracking(true);
  if (auto scene = lab->scene()) m_canvas->setScene(scene);
  // The texts made from the lab's state: now, and again in a new language.
  liveTexts(this, [this] {
    m_dataset->setText(m_lab->datasetDescription());
    showProgress(m_lab->runner().progress());
    showFrameData();
    showInterpolation();
  });
  m_morphTimer.start();
}

int VaeView::pointAt(QPointF at) const {
  auto frame = m_lab->frame();
  const QRectF plot = m_canvas->plotRect();
  if (!frame || plot.width() <= 0 || plot.height() <= 0) return -1;
  const auto view = m_canvas->view();
  const float rx = float(view.width() / plot.width() * kPickRadiusPx);
  const float ry = float(view.height() / plot.height() * kPickRadiusPx);
  return vae::nearestPoint(frame->projection.points, float(at.x()), float(at.y()), rx, ry);
}

bool VaeView::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_canvas && event->type() == QEvent::Leave) {
    m_popup->hide();
    m_lab->hover(-1);
  }
  // The canvas's tooltip (how to use it) opened over the hovered image beside
  // the cursor: while the image shows, the tooltip stays shut.
  if (watched == m_canvas && event->type() == QEvent::ToolTip && m_popup->isVisible()) {
    QToolTip::hideText();
    return true;
  }
  return QWidget::eventFilter(watched, event);
}

void VaeView::showHover(QPointF at) {
  const int index = pointAt(at);
  m_lab->hover(index);
  auto frame = m_lab->frame();
  if (index < 0 || !frame) {
    m_popup->hide();
    return;
  }
  const QImage image = digitImage(frame->heldImage(index), frame->imageRows(), frame->imageCols());
  m_popup->setPixmap(QPixmap::fromImage(image.scaled(image.size() * 3, Qt::KeepAspectRatio, Qt::FastTransformation)));
  m_popup->setToolTip(tr("held-out image %1, label %2").arg(index).arg(frame->train->heldLabels[std::size_t(index)]));
  m_popup->adjustSize();
  // The popup sits beside the hovered point (data -> canvas pixels -> view).
  const QRectF plot = m_canvas->plotRect();
  const auto view = m_canvas->view();
  const QPointF pixel(plot.left() + (at.x() - view.xMin) / view.width() * plot.width(),
                      plot.bottom() - (at.y() - view.yMin) / view.height() * plot.height());
  const QPoint cursor = m_canvas->mapTo(this, pixel.toPoint());
  QPoint place = cursor + QPoint(16, 16);
  if (place.x() + m_popup->width() > width()) place.rx() = cursor.x() - 16 - m_popup->width();
  if (place.y() + m_popup->height() > height()) place.ry() = cursor.y() - 16 - m_popup->height();
  m_popup->move(place);
  m_popup->show();
  m_popup->raise();
  QToolTip::hideText();  // one opened before the image would cover it
}

void VaeView::showProgress(double fraction) {
  const int epochs = int(m_lab->jobValues().count("epochs") ? m_lab->jobValues().at("epochs") : 1);
  if (fraction < 0) return;
  const double done = fraction * epochs;
  const int epoch = std::min(epochs, int(std::floor(done)) + 1);
  m_epochBar->setValue(fraction >= 1 ? 1000 : int(1000 * (done - std::floor(done))));
  m_epochLabel->setText(fraction >= 1 ? tr("trained %1 epochs").arg(epochs)
                                      : tr("epoch %1 of %2").arg(epoch).arg(epochs));
}

void VaeView::showFrameData() {
  auto f = m_lab->frame();
  if (!f) return;
  const int rows = f->imageRows(), cols = f->imageCols();
  m_recon->setImage(m_lab->reconstructionImage());
  if (f->manifold.rows() > 0)
    m_manifold->setImage(imageGrid(f->manifold, rows, cols, kVaeManifoldSide));
  else
    m_manifold->setNote(tr("The manifold grid needs a 2D latent: set the latent size to 2."));
  if (f->train->epoch == 0 && !m_lab->running())
    m_epochLabel->setText(m_lab->startedFromSavedModel() ? tr("the session's model; Run trains on")
                                                         : tr("untrained; Run (F5) trains"));
}

QString VaeView::endDistancesText(const std::optional<core::vae::NormalDistances>& d) const {
  if (!d) return tr("The ends' posteriors: no finite distance (a variance underflowed to 0).");
  return tr("The ends' posteriors q(z|A), q(z|B): KL(A‖B) %1 · KL(B‖A) %2 · Bhattacharyya %3 · W₂² %4 (nats; W₂² in "
            "squared latent units)")
      .arg(d->klPQ, 0, 'g', 4)
      .arg(d->klQP, 0, 'g', 4)
      .arg(d->bhattacharyya, 0, 'g', 4)
      .arg(d->wasserstein2Squared, 0, 'g', 4);
}

void VaeView::showInterpolation() {
  auto interp = m_lab->interpolation();
  if (!interp) {
    const bool picking = m_lab->endA() >= 0 && m_lab->endB() < 0;
    m_strip->setNote(picking ? tr("Now click the second point (B).")
                             : tr("Click two points in the scatter: the ends A and B of the interpolation."));
    m_morph->setNote(QString());
    m_endDistances->clear();
    return;
  }
  m_strip->setImage(imageGrid(interp->strip, interp->rows, interp->cols, int(interp->strip.rows()), 2));
  m_endDistances->setText(endDistancesText(interp->endDistances));
  m_morphFrame = std::min(m_morphFrame, int(interp->morph.rows()) - 1);
  m_morph->setImage(m_lab->morphImage(m_morphFrame, interp->rows));
}

void VaeView::advanceMorph() {
  auto interp = m_lab->interpolation();
  if (!interp || !isVisible()) return;
  const int n = int(interp->morph.rows());
  if (n < 2) return;
  // Ping-pong: A to B, then back.
  if (m_morphFrame + m_morphDir >= n || m_morphFrame + m_morphDir < 0) m_morphDir = -m_morphDir;
  m_morphFrame += m_morphDir;
  m_morph->setImage(m_lab->morphImage(m_morphFrame, interp->rows));
}

void VaeView::openIdxDialog() {
  const QString filter = tr("IDX files (*-ubyte *-ubyte.gz *.idx *.gz);;All files (*)");
  const QString images = QFileDialog::getOpenFileName(this, tr("Open the images file (IDX)"), {}, filter);
  if (images.isEmpty()) return;
  // MNIST's naming: train-images-idx3-ubyte(.gz) beside train-labels-idx1-ubyte(.gz).
  QString guess = images;
  guess.replace("images-idx3", "labels-idx1");
  const QString labels =
      QFileDialog::getOpenFileName(this, tr("Open the matching labels file (IDX)"),
                                   QFileInfo::exists(guess) ? guess : QFileInfo(images).path(), filter);
  if (labels.isEmpty()) return;
  m_lab->openIdx(images, labels);
}

void VaeView::exportAnimationDialog() { exportAnimationInteractively(*m_lab, this); }

}  // namespace kx::widgets
