#pragma once
// One planar trajectory integrated by the method the user picked: fixed-step
// Euler or RK4 (docs/math.md §1.8) or adaptive Dormand–Prince with dense output.
#include <Eigen/Core>
#include <functional>
#include <vector>

#include "core/ode/dormand_prince.h"

namespace kx::core {

enum class Integrator { Euler, RK4, DormandPrince };

struct IntegratorSettings {
  Integrator method = Integrator::DormandPrince;
  double step = 0.1;   ///< h of the fixed-step methods
  Tolerances tol;      ///< of Dormand–Prince
};

using PlanarField = std::function<Eigen::Vector2d(const Eigen::Vector2d&)>;

struct Trajectory {
  std::vector<double> t;
  std::vector<Eigen::Vector2d> x;
  long steps = 0;  ///< steps the integrator took (accepted steps for Dormand–Prince)
};

/// A Dormand–Prince solution that can be evaluated at any time it covers.
class DenseSolution {
 public:
  void append(const DenseStep<2>& step) { m_steps.push_back(step); }
  bool empty() const { return m_steps.empty(); }
  double startTime() const { return m_steps.front().t0; }
  double endTime() const { return m_steps.back().t0 + m_steps.back().h; }
  /// x(t), clamped to the covered interval.
  Eigen::Vector2d at(double t) const;
  const std::vector<DenseStep<2>>& steps() const { return m_steps; }

 private:
  std::vector<DenseStep<2>> m_steps;
};

/// Dense solution of dx/dt = f(x) from x0 over [0, tEnd] (tEnd < 0: backwards).
/// `keepGoing(x)` may stop it early, e.g. when the state leaves the view.
DenseSolution solveDense(const PlanarField& f, const Eigen::Vector2d& x0, double tEnd, Tolerances tol,
                         const std::function<bool(const Eigen::Vector2d&)>& keepGoing = {});

/// x(t) on [0, tEnd] with at most `maxSamples` points: uniform times for
/// Dormand–Prince (dense output), the method's own step times otherwise.
Trajectory integrateTrajectory(const PlanarField& f, const Eigen::Vector2d& x0, double tEnd,
                               const IntegratorSettings& settings, int maxSamples);

/// The part of `trajectory` up to time `t` (of either sign: a backward
/// trajectory's times fall), its last point interpolated linearly between the
/// samples around `t`, as drawn while a trajectory grows in an animation.
Trajectory truncatedAt(const Trajectory& trajectory, double t);

}  // namespace kx::core
