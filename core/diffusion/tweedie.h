#pragma once
// Tweedie's formula (docs/math.md §3.7): the posterior mean of the clean
// point, E[x0 | x_t] = (x_t + betaBar^2 grad log p_t(x_t)) / alphaBar, under
// VP and VE noise alike (VE: alphaBar = 1, betaBar = sigma).
#include <Eigen/Core>

#include "core/diffusion/score_source.h"

namespace kx::core::diffusion {

/// x0-hat of one point at `level`; at betaBar = 0 the point is its own x0-hat
/// (a network's score is undefined there).
Eigen::Vector2f tweedieMean(const ScoreSource& source, const NoiseLevel& level, const Eigen::Vector2f& x);

}  // namespace kx::core::diffusion
