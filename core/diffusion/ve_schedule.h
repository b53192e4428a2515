#pragma once
// The variance-exploding (heat) schedules of the diffusion lab (docs/math.md
// §3.9): p_t = p_0 convolved with N(0, sigma(t)^2 I), sigma increasing on
// (0, 1] from about sigmaMin to sigmaMax, and sigma(0) = 0 (the data).
#include "core/diffusion/schedule.h"

namespace kx::core::diffusion {

/// EDM's exponent rho (Karras et al. 2022).
inline constexpr double kEdmRho = 7;

/// sigma(t) of a VE kind: VeGeometric sigmaMin (sigmaMax/sigmaMin)^t, VeEdm
/// (sigmaMin^(1/rho) + t (sigmaMax^(1/rho) - sigmaMin^(1/rho)))^rho, for t > 0;
/// exactly 0 at t = 0. Both start at sigmaMin > 0, so sigma jumps at t = 0:
/// the ODE and SDE stop at an end time > 0, and the discrete samplers' last
/// step lands on sigma = 0 (the denoised x0-hat), as VP's lands on alphaBar = 1.
double veSigma(ScheduleKind kind, double sigmaMin, double sigmaMax, double t);
/// d sigma / dt for t > 0.
double veSigmaDerivative(ScheduleKind kind, double sigmaMin, double sigmaMax, double t);

}  // namespace kx::core::diffusion
