#pragma once
// The immutable picture of a diffusion run that DiffusionJob publishes; the
// view draws it as is: the noised density p_t as a field, the particles, a
// few trajectories, score arrows at the current time, one particle's x0-hat,
// and the quality-versus-evaluations curves.
#include <Eigen/Core>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

#include "core/diffusion/diffusion_params.h"
#include "core/diffusion/memorisation.h"
#include "core/diffusion/score_source.h"
#include "core/job/job.h"
#include "core/mixture/gaussian_mixture.h"

namespace kx::core::diffusion {

/// A scalar field on a regular grid over [x0, x1] x [y0, y1]; value(i, j) at
/// x = x0 + (i + 1/2) dx, row j likewise (row-major by y).
struct DensityGrid {
  double x0 = -3, x1 = 3, y0 = -3, y1 = 3;
  int nx = 0, ny = 0;
  std::vector<float> logDensity;
};

/// The score field at grid points of the view box.
struct ArrowField {
  std::vector<Eigen::Vector2f> at, score;
};

/// One sampler's quality at increasing numbers of score evaluations (W3's
/// fields; for a point cloud highQuality is the memorised fraction, §3.10).
struct QualityCurve {
  std::string sampler;
  std::vector<double> evaluations, sw1, modes, highQuality;
};

struct DiffusionFrame : Frame {
  DiffusionParams params;
  mixture::GaussianMixture target;
  NoiseLevel level;  ///< of the particles in this frame
  /// The score the particles follow (exact, or the trained network once
  /// trained): immutable and thread-safe, for the likelihood view's jobs.
  std::shared_ptr<const ScoreSource> source;
  int step = 0, stepCount = 0, evaluations = 0;
  bool sampled = false;  ///< all steps taken

  mixture::Points particles;
  std::vector<std::vector<Eigen::Vector2f>> trajectories;  ///< tracked particles, point k after segment k
  Eigen::Vector2f tracked = Eigen::Vector2f::Zero();       ///< the first tracked particle now
  Eigen::Vector2f x0Hat = Eigen::Vector2f::Zero();         ///< its Tweedie estimate E[x0 | x_t] (docs/math.md §3.7)

  double viewHalfWidth = 3;  ///< the view box is [-h, h]^2
  DensityGrid density;       ///< log p_t at the particles' time
  ArrowField arrows;         ///< score at the particles' time

  /// The forward process at params.forwardTime: noised data and its density.
  double forwardTime = 0;
  mixture::Points forwardParticles;
  DensityGrid forwardDensity;

  /// Learned score: the DSM loss of every training step so far, and once
  /// trained, log10 ||eps_theta - eps*|| on the view box at errorTime.
  std::shared_ptr<const std::vector<float>> losses;
  bool training = false;
  double errorTime = 0;
  DensityGrid errorMap;

  /// Filled when sampling ends: W3's quality of these particles.
  double sw1 = std::numeric_limits<double>::quiet_NaN();
  int modes = -1;
  double highQuality = std::numeric_limits<double>::quiet_NaN();
  /// A point-cloud target (modes and highQuality then stay unset): how many
  /// samples copy a training point (docs/math.md §3.10).
  std::optional<Memorisation> memorised;
  /// With DiffusionJob::setRecordAnimation: the sampler's frame after every
  /// segment so far (step 0 first), at most kAnimationParticles particles
  /// each, no forward view, curves or losses.
  std::shared_ptr<const std::vector<std::shared_ptr<const DiffusionFrame>>> animation;
  /// Grows after sampling: one curve per sampler.
  std::shared_ptr<const std::vector<QualityCurve>> curves;
};

}  // namespace kx::core::diffusion
