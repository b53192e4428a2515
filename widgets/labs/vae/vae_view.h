#pragma once
// The VAE lab's interactive view: the data set bar (Open IDX…, Download
// MNIST with its progress and cancel, embedded digits) with the epoch's
// progress; the latent scatter (hover: the image;
// click: interpolation ends) beside the interpolation strip, the animated
// morph, reconstructions and the manifold; the diagnosis charts below.
#include <QTimer>
#include <QWidget>
#include <optional>

#include "core/vae/gaussian_distance.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kx::widgets {

class DownloadBar;
class GlCanvas;
class LabChartView;
class ImagePanel;
class VaeLab;

class VaeView : public QWidget {
  Q_OBJECT
 public:
  VaeView(VaeLab* lab, QWidget* parent = nullptr);

  GlCanvas* canvas() const { return m_canvas; }
  QLabel* banner() const { return m_banner; }
  QLabel* datasetLabel() const { return m_dataset; }
  QLabel* hoverPopup() const { return m_popup; }
  QLabel* epochLabel() const { return m_epochLabel; }
  ImagePanel* strip() const { return m_strip; }
  ImagePanel* morph() const { return m_morph; }
  QLabel* endDistances() const { return m_endDistances; }
  ImagePanel* manifold() const { return m_manifold; }
  ImagePanel* reconstructions() const { return m_recon; }
  QProgressBar* epochProgress() const { return m_epochBar; }
  DownloadBar* downloadBar() const { return m_download; }
  QComboBox* pathBox() const { return m_pathBox; }
  QSpinBox* stepsBox() const { return m_stepsBox; }
  QCheckBox* playBox() const { return m_play; }
  /// The held-out point within a few pixels of `dataPos`, or -1.
  int pointAt(QPointF dataPos) const;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void openIdxDialog();
  void exportAnimationDialog();
  void showFrameData();
  void showInterpolation();
  /// The ends' posterior distances as one line (or why there are none).
  QString endDistancesText(const std::optional<core::vae::NormalDistances>& d) const;
  void showHover(QPointF dataPos);
  void showProgress(double fraction);
  void advanceMorph();

  VaeLab* m_lab;
  GlCanvas* m_canvas;
  QLabel *m_dataset, *m_banner, *m_popup, *m_epochLabel;
  QProgressBar* m_epochBar;
  DownloadBar* m_download;
  QComboBox* m_pathBox;
  QSpinBox* m_stepsBox;
  QCheckBox* m_play;
  ImagePanel *m_strip, *m_morph, *m_manifold, *m_recon;
  QLabel* m_endDistances;  ///< the ends' posterior distances, under the strip
  LabChartView *m_lossView, *m_klView, *m_barsView;
  QTimer m_morphTimer;
  int m_morphFrame = 0, m_morphDir = 1;
};

}  // namespace kx::widgets
