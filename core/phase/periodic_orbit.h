#pragma once
// Periodic orbits of a planar model (docs/math.md §7.7): the first-return
// (Poincaré) map on the line through a point of the trajectory, normal to the
// flow there, iterated and then solved by Newton's method; its fixed point
// gives the orbit, the return time its period, and exp(∮ div F dt) its
// nontrivial Floquet multiplier.
#include <Eigen/Core>
#include <vector>

#include "core/phase/planar_model.h"
#include "core/util/cancel_token.h"
#include "core/util/plane_rect.h"
#include "core/util/result.h"

namespace kx::core {

struct PeriodicOrbit {
  std::vector<Eigen::Vector2d> points;  ///< one period, 257 samples, first = last
  double period = 0;
  double multiplier = 1;  ///< < 1: the orbit attracts; > 1: it repels
  bool neutral = false;   ///< |multiplier − 1| ≤ 1e-6: one of a family of closed orbits, as round a centre
  int iterations = 0;     ///< return-map evaluations used
};

struct OrbitSearch {
  double rtol = 1e-11;        ///< Dormand–Prince tolerance of every return
  int plainIterations = 60;   ///< s ← P(s) first: it converges onto an attracting orbit
  int newtonIterations = 20;  ///< then Newton on P(s) − s
  long maxStepsPerReturn = 100000;
  /// Search in reversed time, where a repelling orbit attracts (the period is
  /// the same and the multiplier the reciprocal; the result is the forward one).
  bool reverse = false;
  CancelToken cancel;  ///< checked at every step: a superseded job stops at once
};

/// The periodic orbit the trajectory from `start` runs into (or, for Newton's
/// phase, lies next to); an error when it settles at an equilibrium, leaves a
/// margin of one view around `window`, or does not converge.
Result<PeriodicOrbit> findPeriodicOrbit(const PlanarSystem& system, const Eigen::Vector2d& start,
                                        const PlaneRect& window, const OrbitSearch& search = {});

}  // namespace kx::core
