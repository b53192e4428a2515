#include "core/diffusion/likelihood.h"

#include <cmath>
#include <numbers>

namespace kx::core::diffusion {

Result<OdeLikelihood> odeLogLikelihood(const ScoreSource& source, const ContinuousSchedule& schedule,
                                       const Eigen::Vector2d& x0, double t0, double t1, int steps) {
  if (steps < 1) return fail("the likelihood needs at least 1 ODE step (it is " + std::to_string(steps) + ")");
  if (!(t0 >= 0 && t0 < t1 && t1 <= 1)) return fail("the likelihood integrates over 0 <= t0 < t1 <= 1");
  // State (x, y, integral of div f); its time derivative at (state, t).
  using State = Eigen::Vector3d;
  auto rate = [&](const State& s, double t) {
    const NoiseLevel level{t, schedule.alphaBar(t), schedule.betaBar(t)};
    const float px = float(s[0]), py = float(s[1]);
    float sx, sy;
    source.evaluate(&px, &py, 1, level, ScoreOutput::Score, &sx, &sy);
    // F = f x - g^2/2 score (docs/math.md §3.5, §3.9), div F = 2 f - g^2/2 div score in 2D.
    const double f = schedule.drift(t), hg = -0.5 * schedule.diffusionSquared(t);
    const double div = 2 * f + hg * source.scoreDivergence(s[0], s[1], level);
    return State(f * s[0] + hg * sx, f * s[1] + hg * sy, div);
  };
  State s(x0.x(), x0.y(), 0.0);
  const double h = (t1 - t0) / steps;
  for (int i = 0; i < steps; ++i) {
    const double t = t0 + i * h;
    const State k1 = rate(s, t);
    const State k2 = rate(s + 0.5 * h * k1, t + 0.5 * h);
    const State k3 = rate(s + 0.5 * h * k2, t + 0.5 * h);
    const State k4 = rate(s + h * k3, t + h);
    s += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
    if (!s.allFinite())
      return fail("the " + source.name() + " score is not finite along the ODE path: has the network diverged?");
  }
  OdeLikelihood out;
  out.end = s.head<2>();
  out.divergenceIntegral = s[2];
  // The prior N(0, v I) with v = alphaBar^2 + betaBar^2 at t1, the noised law of
  // unit-variance data: N(0, I) under VP, N(0, (1 + sigma_max^2) I) under VE.
  const double a = schedule.alphaBar(t1), b = schedule.betaBar(t1), v = a * a + b * b;
  out.logPrior = -std::log(2 * std::numbers::pi * v) - 0.5 * out.end.squaredNorm() / v;
  out.logLikelihood = out.logPrior + out.divergenceIntegral;
  return out;
}

}  // namespace kx::core::diffusion
