#pragma once
// The diffusion lab as a Job (core/job/job.h): first the forward-process view,
// then the chosen sampler in segments of steps (a frame after each, with the
// density, arrows and x0-hat at the current time), then W3's quality of the
// result, then the quality-versus-evaluations sweep over every sampler.
#include <memory>
#include <mutex>

#include "core/diffusion/diffusion_frame.h"
#include "core/diffusion/learned_score.h"
#include "core/diffusion/sampler.h"
#include "core/job/job.h"

namespace kx::core::diffusion {

/// Half-width of the square view box: [-3, 3]^2, grown to hold every
/// component's mean +- 3 stddev.
double viewBoxHalfWidth(const mixture::GaussianMixture& target);
/// Particles kept per recorded animation frame (what a plot draws).
constexpr Eigen::Index kAnimationParticles = 20000;
/// The density field's half-width over the view box's.
constexpr double kDensityFieldScale = 2.0;
/// Cells per side of the density field: 4 x 3 / 200 = 0.06 units for the
/// default box, about the 5 x 5 grid's component width (0.05).
constexpr int kDensityCells = 200;
/// Cells per side of the learned score's error map (same extent; the
/// network's error varies slowly, and each cell costs two score evaluations).
constexpr int kErrorCells = 96;
/// log p_t of the noised mixture on n x n cells over kDensityFieldScale times
/// the view box, and the score at n x n points of the view box; on the worker.
DensityGrid densityGrid(const mixture::GaussianMixture& target, const NoiseLevel& level, int n = kDensityCells);
ArrowField arrowField(const ScoreSource& source, const NoiseLevel& level, double halfWidth, int n = 21);

class DiffusionJob : public Job {
 public:
  /// Validates the values and the mixture (custom targets); `source` may be
  /// null (the exact score of `target`, or with score = learned a network
  /// trained first by this job) or any other score.
  static Result<std::unique_ptr<DiffusionJob>> create(const ParamValues& values, const mixture::GaussianMixture& target,
                                                      std::shared_ptr<const ScoreSource> source = nullptr,
                                                      bool sweep = true);

  bool runChunk(const CancelToken& cancel) override;
  std::shared_ptr<const Frame> frame() const override;
  double progress() const override;
  std::string failure() const override;

  /// Animation: at most one segment (one frame) per runChunk while sampling,
  /// so a pacing wrapper can play the frames; default: as many as fit ~20 ms.
  void setOneFramePerChunk(bool one) { m_oneFrame = one; }
  /// Keeps the sampler's frame after every segment in DiffusionFrame::animation
  /// (for exporting the animation as a frame sequence). Off by default.
  void setRecordAnimation(bool record) { m_record = record; }
  /// True while sampling steps remain (then the quality sweep follows).
  bool sampling() const { return m_step < m_sampler.stepCount(); }
  /// The forward slider moved (§3.1): recompute only the forward view — the
  /// noised particles, their exact density and, once the network is trained,
  /// its error map — at time t, and publish it with the sampler's last state
  /// untouched. Call between chunks (on the thread that runs them).
  void setForwardTime(double t);

 private:
  DiffusionJob(const DiffusionParams& params, const mixture::GaussianMixture& target,
               std::shared_ptr<const ScoreSource> source, Sampler sampler, bool sweep);
  std::shared_ptr<const DiffusionFrame> samplerSnapshot();
  void record();
  void publish();
  void computeForward();
  void computeErrorMap();
  bool sweepChunk(const CancelToken& cancel);
  bool trainChunk(const CancelToken& cancel);

  DiffusionParams m_params;
  mixture::GaussianMixture m_target;
  std::shared_ptr<const ScoreSource> m_source;
  Sampler m_sampler;
  bool m_sweep;
  bool m_oneFrame = false;
  bool m_record = false;
  std::shared_ptr<const DiffusionFrame> m_snapshot;  ///< the sampler's part at m_snapshot->step
  std::vector<std::shared_ptr<const DiffusionFrame>> m_animation;
  mixture::Points m_x, m_forward;
  DensityGrid m_forwardDensity;
  std::vector<Eigen::Index> m_trackedIndex;
  std::vector<std::vector<Eigen::Vector2f>> m_trajectories;
  int m_step = -1;  ///< -1: forward view not yet computed
  int m_segment = 1;
  double m_sw1 = std::numeric_limits<double>::quiet_NaN(), m_hq = std::numeric_limits<double>::quiet_NaN();
  int m_modes = -1;
  std::optional<Memorisation> m_memorised;
  std::size_t m_sweepIndex = 0;
  std::vector<QualityCurve> m_curves;
  mixture::Points m_reference;
  std::unique_ptr<DsmTrainer> m_trainer;
  std::shared_ptr<const std::vector<float>> m_losses;
  DensityGrid m_errorMap;
  double m_errorTime = 0;

  mutable std::mutex m_mutex;
  std::shared_ptr<const DiffusionFrame> m_frame;
  std::string m_failure;
  double m_progress = 0;
};

}  // namespace kx::core::diffusion
