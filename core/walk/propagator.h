#pragma once
// The path-integral view of docs/math.md §2.3: the propagator K(x, 0; t) built by
// composing short-time Gaussian kernels on a grid (Chapman–Kolmogorov,
// docs/math.md §2.3), against the closed form and, with a barrier, the method of
// images.
#include <vector>

#include "core/walk/walk_params.h"

namespace kx::core::walk {

struct PropagatorSetup {
  double alpha = 1;  ///< variance per unit time (per step for a walk)
  double drift = 0;  ///< mean displacement per unit time
  double t = 1;      ///< total time (number of steps)
  BarrierKind barrier = BarrierKind::None;
  double barrierAt = 0;
  /// Frequency of the potential V(x) = ω² x² / 2 that weights each path by
  /// exp(−∫V dt) (docs/math.md §2.8); 0 for the free walk.
  double omega = 0;
  /// Ornstein–Uhlenbeck pull k of dx = −k x dt + √α dW (docs/math.md §2.6);
  /// 0 for the free walk. Not combined with drift, barrier or potential.
  double rate = 0;
};

/// Density after `slices` hops of duration t / slices starting from a point
/// at 0: f <- integral K(x - y; alpha dt) f(y) dy by the rectangle rule on
/// the uniform grid `x`. An absorbing barrier kills the mass beyond it after
/// every hop (paths seen across it at a slice time), which converges to the
/// continuous-time answer as slices grow; a reflecting one folds it back,
/// x -> 2b - x. With a potential each hop is split symmetrically,
/// e^(−V(x) dt/2) K(x − y; dt) e^(−V(y) dt/2), which makes the error O(dt²)
/// (docs/math.md §2.8). With an Ornstein–Uhlenbeck pull each hop is the
/// Euler kernel N(x; y − k y dt, α dt), whose composition converges to the
/// exact law at O(dt) (docs/math.md §2.6).
std::vector<double> composedPropagator(const std::vector<double>& x, const PropagatorSetup& setup, int slices);

/// Closed form N(x; drift t, alpha t); with a barrier the image solution on
/// the walkers' side (0 beyond): absorbing K(x) - e^(2 drift b / alpha)
/// N(x; 2b + drift t, alpha t), reflecting (no drift) K(x) + K(2b - x).
/// Empty for a reflecting barrier with drift (no image solution). With a
/// potential (no drift, no barrier) Mehler's kernel, mehlerKernel; empty
/// otherwise. With a pull k the Ornstein–Uhlenbeck law N(0, α(1 − e^(−2kt))/(2k)).
std::vector<double> closedFormPropagator(const std::vector<double>& x, const PropagatorSetup& setup);

/// Mehler's Euclidean kernel K(x, 0; t) of ∂K/∂t = (α/2) ∂²K/∂x² − (ω²x²/2) K
/// (docs/math.md §2.8): with Ω = ω√α,
/// √(Ω / (2πα sinh Ωt)) · exp(−Ω x² coth(Ωt) / (2α)); the free kernel at ω = 0.
double mehlerKernel(double x, double alpha, double omega, double t);

/// Standard deviation of the closed form's Gaussian in x: free, Ornstein–Uhlenbeck
/// with a pull, or Mehler's kernel with a potential.
double propagatorSpread(const PropagatorSetup& setup);

/// A uniform grid of `points` covering the walkers' side of mean +- 6 sd.
std::vector<double> propagatorGrid(const PropagatorSetup& setup, int points);

}  // namespace kx::core::walk
