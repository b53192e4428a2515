#pragma once
// Adaptive Dormand–Prince 5(4) with the FSAL property, Hairer's step-size
// control and his 4th-order continuous extension (dense output), for states
// of fixed small size (Eigen::Matrix<double, N, 1>).
#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <functional>

#include "core/ode/dopri5_tableau.h"

namespace kx::core {

struct Tolerances {
  double rtol = 1e-6;
  double atol = 1e-9;
};

/// One accepted step [t0, t0 + h] with what is needed to evaluate the solution
/// anywhere inside it (Hairer, Nørsett & Wanner, "Solving ODEs I", dopri5).
template <int N>
struct DenseStep {
  using State = Eigen::Matrix<double, N, 1>;
  double t0 = 0;
  double h = 0;
  State r1, r2, r3, r4, r5;

  State at(double t) const {
    const double s = (t - t0) / h;
    const double s1 = 1.0 - s;
    return r1 + s * (r2 + s1 * (r3 + s * (r4 + s1 * r5)));
  }
};

struct DormandPrinceStats {
  long accepted = 0;
  long rejected = 0;
  long evaluations = 0;
  bool finished = false;  ///< reached t1 (false: stopped by the callback or step underflow)
};

/// Integrates dx/dt = f(t, x) from t0 to t1 (t1 < t0 integrates backwards).
/// `onStep` receives every accepted step and may return false to stop early.
template <int N, typename F>
DormandPrinceStats integrateDormandPrince(const F& f, double t0, double t1, Eigen::Matrix<double, N, 1> x,
                                          Tolerances tol,
                                          const std::function<bool(const DenseStep<N>&)>& onStep) {
  using State = Eigen::Matrix<double, N, 1>;
  using namespace dopri5;  // the tableau, core/ode/dopri5_tableau.h

  DormandPrinceStats stats;
  const double direction = t1 >= t0 ? 1.0 : -1.0;
  const double span = std::abs(t1 - t0);
  if (span == 0) {
    stats.finished = true;
    return stats;
  }
  auto scaledNorm = [&](const State& v, const State& a, const State& b) {
    const State scale = (tol.atol + tol.rtol * a.cwiseAbs().cwiseMax(b.cwiseAbs()).array()).matrix();
    return std::sqrt((v.array() / scale.array()).square().mean());
  };

  State k1 = f(t0, x);
  stats.evaluations = 1;
  // Initial step size: Hairer's heuristic from the sizes of x, f and f'.
  double h;
  {
    const State zero = State::Zero();
    const double d0 = scaledNorm(x, x, zero), dd1 = scaledNorm(k1, x, zero);
    double h0 = (d0 < 1e-5 || dd1 < 1e-5) ? 1e-6 : 0.01 * d0 / dd1;
    h0 = std::min(h0, span);
    const State k2 = f(t0 + direction * h0, State(x + direction * h0 * k1));
    ++stats.evaluations;
    const double dd2 = scaledNorm(State(k2 - k1), x, zero) / h0;
    const double m = std::max(dd1, dd2);
    const double h1 = m <= 1e-15 ? std::max(1e-6, h0 * 1e-3) : std::pow(0.01 / m, 1.0 / 5);
    h = std::min({100 * h0, h1, span});
  }

  double t = t0;
  const double hmin = 1e-12 * std::max(1.0, std::abs(t0) + span);
  while (direction * (t1 - t) > 0) {
    if (h < hmin) return stats;  // step underflow: stop rather than spin
    const bool last = h >= std::abs(t1 - t);
    if (last) h = std::abs(t1 - t);
    const double hs = direction * h;
    const State k2 = f(t + c2 * hs, State(x + hs * (a21 * k1)));
    const State k3 = f(t + c3 * hs, State(x + hs * (a31 * k1 + a32 * k2)));
    const State k4 = f(t + c4 * hs, State(x + hs * (a41 * k1 + a42 * k2 + a43 * k3)));
    const State k5 = f(t + c5 * hs, State(x + hs * (a51 * k1 + a52 * k2 + a53 * k3 + a54 * k4)));
    const State k6 = f(t + hs, State(x + hs * (a61 * k1 + a62 * k2 + a63 * k3 + a64 * k4 + a65 * k5)));
    const State xNew = x + hs * (a71 * k1 + a73 * k3 + a74 * k4 + a75 * k5 + a76 * k6);
    const State k7 = f(t + hs, xNew);
    stats.evaluations += 6;
    const State errVec = hs * (e1 * k1 + e3 * k3 + e4 * k4 + e5 * k5 + e6 * k6 + e7 * k7);
    const double err = scaledNorm(errVec, x, xNew);
    if (!std::isfinite(err)) {
      h *= 0.2;
      ++stats.rejected;
      continue;
    }
    const double factor = std::clamp(0.9 * std::pow(std::max(err, 1e-10), -0.2), 0.2, 10.0);
    if (err > 1.0) {
      h *= std::min(1.0, factor);
      ++stats.rejected;
      continue;
    }
    DenseStep<N> step;
    step.t0 = t;
    step.h = hs;
    step.r1 = x;
    step.r2 = xNew - x;
    step.r3 = hs * k1 - step.r2;
    step.r4 = step.r2 - hs * k7 - step.r3;
    step.r5 = hs * (d1 * k1 + d3 * k3 + d4 * k4 + d5 * k5 + d6 * k6 + d7 * k7);
    ++stats.accepted;
    t = last ? t1 : t + hs;
    x = xNew;
    k1 = k7;  // first same as last
    if (!onStep(step)) return stats;
    h *= factor;
  }
  stats.finished = true;
  return stats;
}

}  // namespace kx::core
