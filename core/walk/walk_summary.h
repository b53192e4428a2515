#pragma once
// What the lab shows about the walkers at one step: the 1D histogram with the
// exact law and the matching normal, distances to the normal, the 2D density
// against the heat kernel, and moments. Used by the job's frames and by the
// bench, so both report the same numbers.
#include <Eigen/Core>
#include <limits>
#include <string>
#include <vector>

#include "core/walk/walk_analysis.h"
#include "core/walk/walk_engine.h"

namespace kx::core::walk {

struct Moments {
  double meanX = 0, meanY = 0;
  double varianceX = 0, varianceY = 0;  ///< sample variances (n - 1)
  double msd = 0;                       ///< mean of x^2 (+ y^2): squared distance from the start
  double absorbedFraction = 0;          ///< walkers stopped on an absorbing barrier
};
Moments momentsOf(const WalkParams& params, const Positions& positions);

struct Summary1D {
  /// Counts of the walkers still moving (absorbed ones are counted apart);
  /// lattice bins are centred on the sites of the parity of the step.
  /// Divide by walkers x width for a density comparable with the propagator.
  Histogram histogram;
  double absorbed = 0;       ///< walkers stopped on an absorbing barrier
  double exactAbsorbed = 0;  ///< their probability under the exact law (reflection principle)
  /// Probability of each bin under the exact law at this step (empty when no
  /// closed form is known: uniform steps, barriers off the symmetric
  /// lattice), with the probabilities below and above the histogram.
  std::vector<double> exactProbabilities;
  double exactBelow = 0, exactAbove = 0;
  std::string exactLaw;  ///< e.g. "binomial", "binomial with images", "normal", "Cauchy"
  /// Probability of each bin under the normal law with the sample mean and variance.
  std::vector<double> normalProbabilities;
  ChiSquare chiSquare;  ///< histogram against the exact law (when there is one)
  /// Distances to that normal law: KS at the histogram's bin edges (on the
  /// lattice these sit halfway between sites: a continuity-corrected KS) and
  /// total variation over the bins.
  double ks = 0, tv = 0;
  /// Lattice walks: the true KS distance sup_x |F_N(x) − Φ(x)| of the
  /// walkers' step CDF, both sides of every site (docs/math.md §2.7); NaN otherwise.
  double ksTrue = std::numeric_limits<double>::quiet_NaN();
  Moments moments;
};
/// Needs a 1D walk and step >= 1.
Summary1D summarize1D(const WalkParams& params, const Positions& positions);

struct Summary2D {
  double x0 = 0, y0 = 0, cell = 1;  ///< cell (i, j) covers [x0 + i cell, x0 + (i+1) cell) x [y0 + j cell, ...)
  Eigen::ArrayXXd density;          ///< counts per cell, (x cell, y cell)
  Eigen::ArrayXXd heatKernel;       ///< expected counts: Gaussian with variance growing linearly in the step
  Moments moments;
};
Summary2D summarize2D(const WalkParams& params, const Positions& positions, int cells = 64);

}  // namespace kx::core::walk
