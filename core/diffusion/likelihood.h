#pragma once
// Log-likelihood of a point through the probability-flow ODE's instantaneous
// change of variables (docs/math.md §3.6): log p_t0(x_t0) = log p_1(x_1) +
// integral_t0^1 div f_t(x_t) dt, with f = f_t x - g_t^2/2 score the
// probability-flow field (VP or VE, §3.9), so div f = 2 f_t - g_t^2/2 div score;
// in 2D the divergence is the exact trace of a 2 x 2 Jacobian, no estimator needed.
#include <Eigen/Core>

#include "core/diffusion/schedule.h"
#include "core/diffusion/score_source.h"
#include "core/util/result.h"

namespace kx::core::diffusion {

struct OdeLikelihood {
  Eigen::Vector2d end;        ///< x_1, where the ODE carries the point
  double divergenceIntegral;  ///< integral of div f from t0 to 1 = log p_t0(x) - log p_1(x_1)
  double logPrior;            ///< log N(x_1; 0, v I), v = alphaBar_1^2 + betaBar_1^2 (1 under VP)
  double logLikelihood;       ///< logPrior + divergenceIntegral
};

/// RK4 on the augmented state (x, integral) from t0 up to t1 in `steps`
/// steps; the prior is evaluated at t1 (take t1 = 1 for a likelihood).
Result<OdeLikelihood> odeLogLikelihood(const ScoreSource& source, const ContinuousSchedule& schedule,
                                       const Eigen::Vector2d& x, double t0, double t1 = 1.0, int steps = 100);

}  // namespace kx::core::diffusion
