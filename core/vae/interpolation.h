#pragma once
// Paths between two latent codes for the interpolation strip (docs/math.md §5.3:
// the essay mixes codes linearly, z = (1 - l) z1 + l z2).
#include "core/nn/parameter.h"

namespace kx::core::vae {

enum class Path { Linear, Spherical };

/// `steps` >= 2 codes (rows) from z1 to z2 (row vectors), end points exact.
/// Spherical: the direction turns along the great circle at constant angular
/// speed while the norm changes linearly from |z1| to |z2| (so, unlike the
/// straight line, it does not cut through the low-norm middle, where
/// high-dimensional Gaussian codes almost never lie).
nn::Mat<float> interpolate(const Eigen::RowVectorXf& z1, const Eigen::RowVectorXf& z2, int steps, Path path);

}  // namespace kx::core::vae
