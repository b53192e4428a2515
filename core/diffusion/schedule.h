#pragma once
// Noise schedules of the diffusion lab (docs/math.md §3.1, §3.4), in Su's
// convention (§3.0): alphaBar is the SQUARE ROOT of Ho et al.'s alpha-bar, so
// p(x_t | x_0) = N(alphaBar_t x_0, betaBar_t^2 I) with alphaBar^2 + betaBar^2 = 1
// (variance preserving, VP). The variance-exploding (VE, heat) schedules of
// §3.9 keep alphaBar = 1 and let betaBar = sigma(t) grow (core/diffusion/ve_schedule.h).
#include <string>
#include <vector>

#include "core/util/result.h"

namespace kx::core::diffusion {

enum class ScheduleKind {
  Linear,    ///< Ho et al.: beta^Ho_t linear from 1e-4 to 0.02 (docs/benchmarks.md W3)
  LinearSu,  ///< Su's rewrite alpha_t = sqrt(1 - 0.02 t / T) (docs/math.md §3.1)
  Cosine,    ///< Nichol & Dhariwal: alphaBar^Ho(t) = cos^2((t + s)/(1 + s) pi/2) / same at 0, s = 0.008
  VeGeometric,  ///< VE: sigma(t) = sigmaMin (sigmaMax / sigmaMin)^t (docs/math.md §3.9)
  VeEdm,        ///< VE: sigma(t) = (sigmaMin^(1/7) + t (sigmaMax^(1/7) - sigmaMin^(1/7)))^7 (§3.9)
};

std::string scheduleName(ScheduleKind kind);
/// VeGeometric and VeEdm: alphaBar = 1, betaBar = sigma(t) (docs/math.md §3.9).
bool isVarianceExploding(ScheduleKind kind);

/// A discrete VP schedule t = 0..T, alphaBar[0] = 1 (§3.0's convention).
/// The VE samplers take their discrete levels from ContinuousSchedule at t/T.
class Schedule {
 public:
  /// T >= 1 and a VP kind; a message otherwise.
  static Result<Schedule> make(ScheduleKind kind, int steps);

  ScheduleKind kind() const { return m_kind; }
  int steps() const { return int(m_alphaBar.size()) - 1; }
  /// Su's alphaBar_t = prod_{i <= t} alpha_i.
  double alphaBar(int t) const { return m_alphaBar[std::size_t(t)]; }
  /// betaBar_t = sqrt(1 - alphaBar_t^2), computed without cancellation.
  double betaBar(int t) const { return m_betaBar[std::size_t(t)]; }
  /// One-step alpha_t = alphaBar_t / alphaBar_{t-1} and beta_t = sqrt(1 - alpha_t^2), t >= 1.
  double alpha(int t) const { return m_alphaBar[std::size_t(t)] / m_alphaBar[std::size_t(t) - 1]; }
  double beta(int t) const;

 private:
  ScheduleKind m_kind = ScheduleKind::Linear;
  std::vector<double> m_alphaBar, m_betaBar;
};

/// The continuous-time view of a schedule on t in [0, 1] (docs/math.md §3.1, §3.4):
/// dx = f_t x dt + g_t dw. VP: f_t = -beta(t)/2, g_t^2 = beta(t), with
/// Linear: beta(t) = 0.1 + 19.9 t (the continuum limit of Ho's schedule with
/// T = 1000, W3's `ode`); LinearSu: beta(t) = 20 t, so alphaBar = exp(-5 t^2)
/// (§3.1); Cosine: beta(t) = pi/(1+s) tan((t+s)/(1+s) pi/2), capped at 1000 near t = 1.
/// VE (§3.9): f_t = 0, g_t^2 = d sigma^2/dt = 2 sigma sigma'.
struct ContinuousSchedule {
  ScheduleKind kind = ScheduleKind::Linear;
  double sigmaMin = 0.002, sigmaMax = 20;  ///< VE only: sigma's range over t in (0, 1]

  /// VP only: Ho's -log alphaBar(t) = integral of beta from 0 to t, and beta(t).
  double integratedBeta(double t) const;
  double beta(double t) const;
  /// VP: Su's alphaBar(t) = exp(-integratedBeta / 2) and betaBar(t) = sqrt(1 - alphaBar^2).
  /// VE: 1 and sigma(t).
  double alphaBar(double t) const;
  double betaBar(double t) const;
  /// The SDE's drift coefficient f_t and squared diffusion g_t^2 (§3.4, §3.9).
  double drift(double t) const;
  double diffusionSquared(double t) const;
  /// VP only: the time at which betaBar/alphaBar = ratio (it increases from 0
  /// at t = 0), by bisection to ~1e-12; 1 beyond the schedule's range.
  double timeOfRatio(double ratio) const;
  /// A message when a VE range is not 0 < sigmaMin < sigmaMax (finite).
  Status validate() const;
};

/// The DDPM posterior p(x_{t-1} | x_t, x_0) = N(kappa x_t + lambda x_0, variance I)
/// (docs/math.md §3.2) from the one-step alpha_t and alphaBar_{t-1}.
struct Posterior {
  double kappa = 0, lambda = 0, variance = 0;
};
Posterior posterior(double alpha, double alphaBarPrev);

}  // namespace kx::core::diffusion
