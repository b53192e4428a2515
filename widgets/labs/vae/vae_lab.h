#pragma once
// The VAE lab (issue 7, docs/math.md §5): a VAE trained on digits on the worker
// thread, its held-out codes as a scatter coloured by label (PCA beyond two
// dimensions), interpolation between two picked codes (linear or spherical)
// with an animated morph, the manifold grid of a 2D latent, reconstructions,
// and the diagnosis of KL vanishing (KL per dimension, active units).
// The data set is the embedded procedural digits until the user opens IDX
// files; every file read and every decode of an interpolation runs on the
// lab's task thread.
#include <QImage>
#include <memory>
#include <optional>

#include "core/vae/gaussian_distance.h"
#include "core/vae/interpolation.h"
#include "widgets/canvas/plot_scene.h"
#include "widgets/lab/lab.h"
#include "widgets/labs/vae/vae_charts.h"
#include "widgets/labs/vae/vae_lab_job.h"
#include "widgets/labs/vae/vae_weights_io.h"
#include "widgets/worker/request_thread.h"

namespace kx::widgets {

/// Frames of the animated morph from end A to end B.
inline constexpr int kVaeMorphFrames = 48;

/// The decoded interpolation between two held-out codes.
struct VaeInterpolation {
  int a = -1, b = -1, steps = 0;
  core::vae::Path path = core::vae::Path::Linear;
  core::nn::Mat<float> codes;      ///< steps x latent, first row = code of A, last = code of B
  core::nn::Mat<float> strip;      ///< steps x pixels (decoder means)
  core::nn::Mat<float> morph;      ///< kVaeMorphFrames x pixels
  Eigen::MatrixX2f projectedPath;  ///< the morph's codes in the scatter's plane
  int rows = 0, cols = 0;
  /// How far apart the ends' posteriors q(z|x_A) and q(z|x_B) lie (docs/math.md §5.6); p is A's.
  std::optional<core::vae::NormalDistances> endDistances;
  const void* source = nullptr;  ///< the VaeLabFrame whose model decoded it (identity only)
};

/// Decodes the interpolation between held-out codes a and b with the frame's
/// model (a copy of it): the task thread's work, and the headless export's.
std::shared_ptr<VaeInterpolation> decodeInterpolation(const VaeLabFrame& frame, int a, int b, int steps,
                                                      core::vae::Path path);

class VaeLab : public LabOf<VaeLabFrame> {
  Q_OBJECT
 public:
  explicit VaeLab(QObject* parent = nullptr);
  ~VaeLab() override;

  QWidget* createView(QWidget* parent) override;
  void paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const override;
  QString csvData() const override;
  bool animated() const override { return true; }
  bool keepsRunningWhenHidden() const override { return true; }
  void retranslateFigures() override;
  /// Picked ends, interpolation settings, the IDX files in use and the trained model.
  QJsonObject saveState() const override;
  core::Status restoreState(const QJsonObject& state) override;
  QStringList stateKeys() const override { return {"ends", "path", "steps", "data", "weights"}; }

  /// Reads an images and a labels IDX file (gzip or plain) on the task
  /// thread; on success they replace the data set and training restarts, on
  /// failure message() names the file and the problem and nothing changes.
  void openIdx(const QString& imagesPath, const QString& labelsPath);
  void useEmbeddedDigits();
  bool loading() const { return m_tasks.pending(LoadTask); }
  /// What the model trains on, for the user.
  QString datasetDescription() const;
  std::shared_ptr<const core::vae::ImageSet> dataset() const { return m_data; }

  /// The held-out point under the mouse (-1: none).
  void hover(int index);
  int hovered() const { return m_hovered; }
  /// Picks an interpolation end: A, then B, then A again...
  void pick(int index);
  void setEnds(int a, int b);
  int endA() const { return m_endA; }
  int endB() const { return m_endB; }
  void setPath(core::vae::Path path);
  core::vae::Path path() const { return m_path; }
  void setSteps(int steps);
  int steps() const { return m_steps; }
  /// The latest decoded interpolation for the current ends, or null.
  std::shared_ptr<const VaeInterpolation> interpolation() const { return m_interp; }
  bool decoding() const { return m_tasks.pending(DecodeTask); }

  std::shared_ptr<const VaeLabFrame> frame() const { return m_frame; }
  std::shared_ptr<const PlotScene> scene() const { return m_scene; }
  const VaeCharts& charts() const { return m_charts; }
  /// True when the job started from a session's trained model.
  bool startedFromSavedModel() const { return m_startUsed; }

  /// Originals above their reconstructions, five pairs to a row (null without a frame).
  QImage reconstructionImage() const;
  /// Morph frame k as an image of `side` x `side` pixels (null without an interpolation).
  QImage morphImage(int k, int side) const;
  /// The morph between the two picked digits.
  core::Result<Animation> animation() const override;

  /// The lab's work that is neither training nor tiny (reading IDX files,
  /// decoding interpolations), on a thread of its own; channels LoadTask and DecodeTask.
  RequestThread& tasks() { return m_tasks; }
  enum TaskChannel { LoadTask, DecodeTask, TaskChannels };

 signals:
  void interpolationChanged();
  void datasetChanged();

 protected:
  std::unique_ptr<core::Job> makeJob() override;
  void show(std::shared_ptr<const VaeLabFrame> frame) override;
  void resetState() override;

 private:
  void loadIdx(const QString& imagesPath, const QString& labelsPath, bool keepEnds);
  void rebuildScene();
  void requestInterpolation();
  void clearEndsOutside(int count);

  std::shared_ptr<const core::vae::ImageSet> m_data;  ///< null: the embedded digits
  QString m_imagesPath, m_labelsPath;
  std::shared_ptr<const VaeSavedModel> m_start;  ///< a session's model to start from
  bool m_startUsed = false;
  std::shared_ptr<const VaeLabFrame> m_frame;
  std::shared_ptr<const PlotScene> m_scene;
  std::shared_ptr<const VaeInterpolation> m_interp;
  VaeCharts m_charts;
  RequestThread m_tasks{"vae-tasks", TaskChannels};
  int m_hovered = -1, m_endA = -1, m_endB = -1;
  bool m_nextIsB = false;
  core::vae::Path m_path = core::vae::Path::Linear;
  int m_steps = 10;
};

/// The lab list's factory (widgets/lab/registered_labs.h).
std::unique_ptr<Lab> makeVaeLab();

}  // namespace kx::widgets
