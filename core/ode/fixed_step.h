#pragma once
// Fixed-step one-step methods, generic in the state type (an Eigen vector for
// one trajectory, an Eigen array for a whole cloud of particles). `f(t, x)`
// returns dx/dt. Euler is the "RNN" of docs/math.md §1.8; Heun and classical RK4
// are the higher-order schemes listed there.
#include <string>

namespace kx::core {

enum class StepMethod { Euler, Heun, RK4 };

template <typename State, typename F>
State eulerStep(const F& f, double t, const State& x, double h) {
  return x + h * f(t, x);
}

template <typename State, typename F>
State heunStep(const F& f, double t, const State& x, double h) {
  const State k1 = f(t, x);
  const State k2 = f(t + h, State(x + h * k1));
  return x + (0.5 * h) * (k1 + k2);
}

template <typename State, typename F>
State rk4Step(const F& f, double t, const State& x, double h) {
  const State k1 = f(t, x);
  const State k2 = f(t + 0.5 * h, State(x + (0.5 * h) * k1));
  const State k3 = f(t + 0.5 * h, State(x + (0.5 * h) * k2));
  const State k4 = f(t + h, State(x + h * k3));
  return x + (h / 6.0) * (k1 + 2.0 * k2 + 2.0 * k3 + k4);
}

template <typename State, typename F>
State fixedStep(StepMethod method, const F& f, double t, const State& x, double h) {
  switch (method) {
    case StepMethod::Euler: return eulerStep(f, t, x, h);
    case StepMethod::Heun: return heunStep(f, t, x, h);
    case StepMethod::RK4: return rk4Step(f, t, x, h);
  }
  return x;
}

/// Evaluations of f per step of `method`.
constexpr int evaluationsPerStep(StepMethod method) {
  return method == StepMethod::Euler ? 1 : method == StepMethod::Heun ? 2 : 4;
}

}  // namespace kx::core
