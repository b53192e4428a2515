#include "core/ode/trajectory.h"

#include <algorithm>
#include <cmath>

#include "core/ode/fixed_step.h"

namespace kx::core {

Eigen::Vector2d DenseSolution::at(double t) const {
  const bool forward = m_steps.front().h > 0;
  // Steps are ordered along the direction of integration.
  auto it = std::lower_bound(m_steps.begin(), m_steps.end(), t, [forward](const DenseStep<2>& s, double value) {
    const double end = s.t0 + s.h;
    return forward ? end < value : end > value;
  });
  if (it == m_steps.end()) it = std::prev(m_steps.end());
  const double lo = std::min(it->t0, it->t0 + it->h), hi = std::max(it->t0, it->t0 + it->h);
  return it->at(std::clamp(t, lo, hi));
}

DenseSolution solveDense(const PlanarField& f, const Eigen::Vector2d& x0, double tEnd, Tolerances tol,
                         const std::function<bool(const Eigen::Vector2d&)>& keepGoing) {
  DenseSolution solution;
  integrateDormandPrince<2>([&](double, const Eigen::Vector2d& x) { return f(x); }, 0.0, tEnd, x0, tol,
                            [&](const DenseStep<2>& step) {
                              solution.append(step);
                              return !keepGoing || keepGoing(step.at(step.t0 + step.h));
                            });
  return solution;
}

Trajectory integrateTrajectory(const PlanarField& f, const Eigen::Vector2d& x0, double tEnd,
                               const IntegratorSettings& settings, int maxSamples) {
  Trajectory out;
  maxSamples = std::max(maxSamples, 2);
  if (settings.method == Integrator::DormandPrince) {
    long accepted = 0;
    DenseSolution solution;
    integrateDormandPrince<2>([&](double, const Eigen::Vector2d& x) { return f(x); }, 0.0, tEnd, x0,
                              settings.tol, [&](const DenseStep<2>& step) {
                                solution.append(step);
                                ++accepted;
                                return step.at(step.t0 + step.h).allFinite();
                              });
    out.steps = accepted;
    if (solution.empty()) return out;
    const double end = solution.endTime();
    for (int i = 0; i < maxSamples; ++i) {
      const double t = end * i / (maxSamples - 1);
      out.t.push_back(t);
      out.x.push_back(solution.at(t));
    }
    return out;
  }
  const auto method = settings.method == Integrator::Euler ? StepMethod::Euler : StepMethod::RK4;
  const auto field = [&](double, const Eigen::Vector2d& x) { return f(x); };
  const long steps = std::max(1L, std::lround(tEnd / settings.step));
  const long stride = std::max(1L, (steps + maxSamples - 2) / (maxSamples - 1));
  Eigen::Vector2d x = x0;
  out.t.push_back(0.0);
  out.x.push_back(x);
  for (long n = 1; n <= steps; ++n) {
    x = fixedStep(method, field, (n - 1) * settings.step, x, settings.step);
    out.steps = n;
    if (!x.allFinite()) break;  // a blown-up explicit scheme: keep what was finite
    if (n % stride == 0 || n == steps) {
      out.t.push_back(n * settings.step);
      out.x.push_back(x);
    }
  }
  return out;
}

Trajectory truncatedAt(const Trajectory& trajectory, double t) {
  Trajectory out;
  out.steps = trajectory.steps;
  if (trajectory.t.empty()) return out;
  const double direction = trajectory.t.back() < trajectory.t.front() ? -1.0 : 1.0;
  for (std::size_t k = 0; k < trajectory.t.size(); ++k) {
    if (direction * trajectory.t[k] <= direction * t) {
      out.t.push_back(trajectory.t[k]);
      out.x.push_back(trajectory.x[k]);
      continue;
    }
    if (k > 0 && out.t.back() != t) {  // between samples k − 1 and k: the point at t on the chord
      const double w = (t - trajectory.t[k - 1]) / (trajectory.t[k] - trajectory.t[k - 1]);
      out.t.push_back(t);
      out.x.push_back((1 - w) * trajectory.x[k - 1] + w * trajectory.x[k]);
    }
    break;
  }
  return out;
}

}  // namespace kx::core
