#pragma once
// Distances between two multivariate normals (issue 17; docs/math.md §5.6,
// essay 8512): KL (asymmetric), the Bhattacharyya distance and the squared
// 2-Wasserstein distance (both symmetric), in closed form. The VAE lab
// measures with them how far apart two digits' posteriors q(z|x) lie.
#include <Eigen/Core>

#include "core/util/result.h"

namespace kx::core::vae {

struct Normal {
  Eigen::VectorXd mean;
  Eigen::MatrixXd covariance;  ///< symmetric positive definite
};

/// A diagonal normal from a posterior's mean and log-variances (a VAE encoder's outputs).
Normal diagonalNormal(const Eigen::VectorXd& mean, const Eigen::VectorXd& logVariance);

struct NormalDistances {
  double klPQ = 0, klQP = 0;  ///< KL(p‖q) and KL(q‖p)
  double bhattacharyya = 0;
  double wasserstein2Squared = 0;
};

/// All four between p and q, or why not (different dimensions, a covariance
/// that is not symmetric positive definite, values that are not finite).
Result<NormalDistances> normalDistances(const Normal& p, const Normal& q);

}  // namespace kx::core::vae
