#include "widgets/labs/vae/vae_latent.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kx::widgets::vae {

LatentProjection projectCodes(const core::nn::Mat<float>& codes) {
  LatentProjection out;
  const Eigen::Index n = codes.rows(), d = codes.cols();
  if (d == 2 || n < 2) {
    out.points = codes.leftCols(std::min<Eigen::Index>(d, 2));
    if (d < 2) out.points.conservativeResize(n, 2), out.points.col(1).setZero();
    out.axes = Eigen::MatrixXf::Identity(d, 2);
    out.mean = Eigen::RowVectorXf::Zero(d);
    return out;
  }
  // PCA in double: the covariance of up to 64 dimensions from 1000+ codes.
  const Eigen::MatrixXd x = codes.cast<double>();
  const Eigen::RowVectorXd mean = x.colwise().mean();
  const Eigen::MatrixXd centred = x.rowwise() - mean;
  const Eigen::MatrixXd cov = centred.transpose() * centred / double(n - 1);
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
  // Eigenvalues ascend: the last two columns are the leading axes.
  Eigen::MatrixXd axes(d, 2);
  axes.col(0) = eig.eigenvectors().col(d - 1);
  axes.col(1) = eig.eigenvectors().col(d - 2);
  for (int k = 0; k < 2; ++k) {
    Eigen::Index top = 0;
    axes.col(k).cwiseAbs().maxCoeff(&top);
    if (axes(top, k) < 0) axes.col(k) *= -1;
  }
  const double total = std::max(cov.trace(), std::numeric_limits<double>::min());
  out.explained[0] = std::max(0.0, eig.eigenvalues()(d - 1)) / total;
  out.explained[1] = std::max(0.0, eig.eigenvalues()(d - 2)) / total;
  out.points = (centred * axes).cast<float>();
  out.axes = axes.cast<float>();
  out.mean = mean.cast<float>();
  out.pca = true;
  return out;
}

double normalQuantile(double p) {
  if (!(p > 0 && p < 1)) return p == 0 ? -INFINITY : p == 1 ? INFINITY : NAN;
  // Acklam's coefficients (central region and tails).
  static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                             1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
  static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                             6.680131188771972e+01, -1.328068155288572e+01};
  static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                             -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
  static const double e[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                             3.754408661907416e+00};
  const double low = 0.02425;
  double x;
  if (p < low) {
    const double q = std::sqrt(-2 * std::log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((e[0] * q + e[1]) * q + e[2]) * q + e[3]) * q + 1);
  } else if (p > 1 - low) {
    const double q = std::sqrt(-2 * std::log(1 - p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((e[0] * q + e[1]) * q + e[2]) * q + e[3]) * q + 1);
  } else {
    const double q = p - 0.5, r = q * q;
    x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  }
  // One Halley step on Phi(x) - p, Phi(x) = erfc(-x / sqrt 2) / 2.
  const double err = 0.5 * std::erfc(-x / std::sqrt(2.0)) - p;
  const double u = err * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
  return x - u / (1 + x * u / 2);
}

std::vector<double> normalQuantileGrid(int n) {
  std::vector<double> q(std::size_t(std::max(0, n)));
  for (int k = 0; k < n; ++k) q[std::size_t(k)] = normalQuantile((k + 0.5) / n);
  return q;
}

core::nn::Mat<float> manifoldCodes(int side) {
  const auto q = normalQuantileGrid(side);
  core::nn::Mat<float> z(side * side, 2);
  for (int r = 0; r < side; ++r)
    for (int c = 0; c < side; ++c) {
      z(r * side + c, 0) = float(q[std::size_t(c)]);
      z(r * side + c, 1) = float(q[std::size_t(side - 1 - r)]);
    }
  return z;
}

int nearestPoint(const Eigen::MatrixX2f& points, float x, float y, float radiusX, float radiusY) {
  int best = -1;
  float bestD = 1.0f;  // in units of the radius: inside the ellipse only
  for (Eigen::Index i = 0; i < points.rows(); ++i) {
    const float dx = (points(i, 0) - x) / radiusX, dy = (points(i, 1) - y) / radiusY;
    const float d = dx * dx + dy * dy;
    if (d <= bestD) bestD = d, best = int(i);
  }
  return best;
}

}  // namespace kx::widgets::vae
