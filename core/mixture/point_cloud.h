#pragma once
// A user's point cloud as a diffusion target (docs/math.md §3.10): the
// empirical law (1/N) sum_i delta(x - x_i) is a mixture of equal-weight
// components of width 0, so under noise it is a Gaussian mixture centred on
// the points and its score is exact (ExactMixtureScore) at every t > 0.
#include "core/mixture/gaussian_mixture.h"

namespace kx::core::mixture {

/// Most points a cloud may have: the exact score costs points x particles per
/// evaluation (2,000 x 20,000 already takes ~1 s per ODE step on one core).
inline constexpr Eigen::Index kMaxCloudPoints = 10000;

/// One component of stddev 0 and weight 1 per point. It does not pass
/// validate() (a width of 0 has no density): use validateCloud().
GaussianMixture pointCloudMixture(const Points& cloud);

/// True when every component has stddev 0 (a point cloud).
bool isPointCloud(const GaussianMixture& mixture);
/// The means of a mixture as points (a cloud's points back).
Points cloudPoints(const GaussianMixture& mixture);

/// `cloud` then `more`, cut at kMaxCloudPoints (callers compare the sizes to
/// say that points were left out: nothing is dropped silently).
Points joinClouds(const Points& cloud, const Points& more);

/// Non-empty, at most kMaxCloudPoints, every coordinate finite.
Status validateCloud(const Points& cloud);
/// A diffusion target: a point cloud (validateCloud of its points) or a
/// mixture that passes validate().
Status validateTarget(const GaussianMixture& mixture);

}  // namespace kx::core::mixture
