#pragma once
// The VAE lab's views of the latent space, as plain numbers (no Qt): the 2D
// projection of the held-out codes for the scatter (the codes themselves for
// a 2D latent, else their first two principal components), and the normal
// quantiles the manifold grid is decoded on (issue 7, docs/math.md §5.5: the prior
// is N(0, I), so evenly spaced probabilities cover it evenly).
#include <Eigen/Dense>
#include <vector>

#include "core/nn/parameter.h"

namespace kx::widgets::vae {

struct LatentProjection {
  Eigen::MatrixX2f points;       ///< n x 2, one row per code
  bool pca = false;              ///< false: the codes are 2D and shown as they are
  double explained[2] = {1, 0};  ///< fraction of the codes' variance along each axis
  /// The principal axes (d x 2) and the codes' mean (1 x d): points = (codes - mean) * axes.
  Eigen::MatrixXf axes;
  Eigen::RowVectorXf mean;
};

/// The codes as they are when d == 2; else their projection on the two
/// leading eigenvectors of their covariance, each axis's sign fixed so its
/// largest component is positive (the picture does not flip between epochs).
LatentProjection projectCodes(const core::nn::Mat<float>& codes);

/// The standard normal quantile function Phi^{-1}(p), 0 < p < 1 (Acklam's
/// rational approximation refined by one Halley step on erfc: ~1e-15 relative).
double normalQuantile(double p);

/// Phi^{-1}((k + 0.5) / n) for k = 0..n-1: the centres of n equal-probability cells.
std::vector<double> normalQuantileGrid(int n);

/// side^2 latent codes (rows) of the manifold grid, row-major with z2 falling
/// down the rows (top row = largest z2, as in a plot) and z1 rising across.
core::nn::Mat<float> manifoldCodes(int side);

/// Index of the point nearest `at` within `radius` (data units, per axis
/// scale `sx`, `sy`), or -1.
int nearestPoint(const Eigen::MatrixX2f& points, float x, float y, float radiusX, float radiusY);

}  // namespace kx::widgets::vae
