#pragma once
// A mixture of isotropic 2D Gaussians: the target distributions of the
// diffusion and GAN labs. Being a mixture, its density stays a mixture under
// Gaussian noising, so noised densities and scores are known in closed form
// (docs/math.md §3.7).
#include <Eigen/Core>
#include <cstdint>
#include <vector>

#include "core/util/result.h"

namespace kx::core::mixture {

/// Points as rows, stored column-major: all x, then all y (structure of arrays).
using Points = Eigen::Matrix<float, Eigen::Dynamic, 2>;

struct Component {
  Eigen::Vector2d mean;
  double stddev = 1.0;  // per coordinate: covariance stddev^2 I
  double weight = 1.0;  // relative; the mixture normalises
};

struct GaussianMixture {
  std::vector<Component> components;
};

/// Non-empty, every value finite, every stddev and weight positive.
Status validate(const GaussianMixture& mixture);

/// log p(x) with normalised weights, evaluated by log-sum-exp so that points
/// far from every component (or tiny stddevs) neither underflow nor divide 0/0.
double logDensity(const GaussianMixture& mixture, const Eigen::Vector2d& x);

/// grad log p(x) = sum_k w_k(x) (mu_k - x) / s_k^2, with the responsibilities
/// w_k from the same log-sum-exp (docs/math.md §6.2). A double-precision
/// reference; the samplers have their own vectorised kernel.
Eigen::Vector2d score(const GaussianMixture& mixture, const Eigen::Vector2d& x);

/// n independent draws; point i depends only on (seed, i).
Points sample(const GaussianMixture& mixture, Eigen::Index n, std::uint64_t seed);

}  // namespace kx::core::mixture
