#pragma once
// The immutable picture of a walk at one step that WalkJob publishes; the
// view draws it as is (points, trails, histogram with overlays, the
// distance-to-normal and MSD charts, the 2D density, the propagator panel).
#include <Eigen/Core>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "core/job/job.h"
#include "core/walk/characteristic_panel.h"
#include "core/walk/propagator.h"
#include "core/walk/walk_summary.h"

namespace kx::core::walk {

/// Per-step series, one entry per recorded step (log-spaced early steps and
/// every checkpoint), growing as the walk runs; shared between frames.
struct WalkSeries {
  std::vector<double> steps;
  std::vector<double> msd;       ///< mean squared displacement from the start
  std::vector<double> variance;  ///< variance of x (1D)
  std::vector<double> ks, tv;    ///< 1D: distances to the normal law with the same mean and variance
  std::vector<double> ksTrue;    ///< 1D lattice: the walkers' true KS distance (Summary1D::ksTrue)
  std::vector<double> ksLaw;     ///< 1D lattice: the exact law's true KS distance to its normal approximation
};

/// The path-integral panel (1D walks with finite step variance).
struct PropagatorPanel {
  PropagatorSetup setup;  ///< what was composed: free, barrier, potential or pull
  /// With a potential the curves are shown per unit mass: its weight
  /// exp(−∫V dt) removes mass, and the shapes are what converge.
  bool perUnitMass = false;
  std::vector<double> x;           ///< grid
  std::vector<double> composed;    ///< composition of `slices` short-time kernels (density)
  /// The compositions of 1, 2, 4, ... `slices` kernels (the last equals
  /// `composed`), so the view can show them converging.
  std::vector<std::vector<double>> composedBySlices;
  std::vector<double> closedForm;  ///< closed form, or the image solution with a barrier
  int slices = 0;
  /// Convergence: max |composed - closedForm| / max closedForm for each slice count.
  std::vector<int> convergenceSlices;
  std::vector<double> convergenceError;
};

struct WalkFrame : Frame {
  WalkParams params;
  int step = 0;           ///< steps taken by the positions in this frame
  int computedSteps = 0;  ///< steps the job has reached: the view may scrub to any step up to here

  /// Drawn walkers: the first min(walkers, kMaxDrawnWalkers) (walkers are
  /// independent, so these are a fair sample). y is zero in 1D.
  Eigen::ArrayXf x, y;
  /// Highlighted walkers' whole paths (all steps of the walk, point k = after
  /// k steps); draw points 0..step. Shared by every frame of a job.
  std::shared_ptr<const std::vector<std::vector<Eigen::Vector2f>>> trails;
  std::vector<int> trailWalkers;

  Moments moments;
  /// 1D (empty histogram in 2D and at step 0).
  Summary1D summary1D;
  /// 2D (empty arrays in 1D and at step 0).
  Summary2D summary2D;

  std::shared_ptr<const WalkSeries> series;
  /// MSD = intercept + slope t over the recorded steps, and D = slope / (2
  /// dimensions) (MSD = 2 d D t); NaN until two steps are recorded.
  /// Meaningless for Cauchy steps (infinite variance: see note).
  LineFit msdFit{std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
  double diffusionCoefficient = std::numeric_limits<double>::quiet_NaN();
  /// log ks = intercept + slope log t (the true KS on the lattice, ksTrue)
  /// over the recorded steps where it is
  /// above its sampling floor 2/sqrt(walkers): about -1/2 or steeper when the
  /// normal limit holds, about 0 for Cauchy steps. NaN when fewer than two
  /// steps are above the floor (e.g. Gaussian steps, normal at every n).
  LineFit distanceFit{std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN()};
  /// False for Cauchy steps: no variance, the histogram never becomes normal.
  bool normalLimit = true;
  std::string note;  ///< one sentence for the view when something deserves saying

  PropagatorPanel propagator;
  CharacteristicPanel characteristic;  ///< 1D walks from step 1
};

/// Walkers drawn as points (W6 draws 100,000 point sprites).
inline constexpr int kMaxDrawnWalkers = 100000;

}  // namespace kx::core::walk
