#include "core/vae/interpolation.h"

#include <algorithm>
#include <cmath>

namespace kx::core::vae {

nn::Mat<float> interpolate(const Eigen::RowVectorXf& z1, const Eigen::RowVectorXf& z2, int steps, Path path) {
  nn::Mat<float> out(steps, z1.size());
  const double r1 = z1.norm(), r2 = z2.norm();
  const Eigen::RowVectorXd u1 =
      r1 > 0 ? Eigen::RowVectorXd(z1.cast<double>() / r1) : Eigen::RowVectorXd(z1.cast<double>());
  const Eigen::RowVectorXd u2 =
      r2 > 0 ? Eigen::RowVectorXd(z2.cast<double>() / r2) : Eigen::RowVectorXd(z2.cast<double>());
  const double omega = std::acos(std::clamp(u1.dot(u2), -1.0, 1.0));
  for (int k = 0; k < steps; ++k) {
    const double t = double(k) / (steps - 1);
    if (k == 0 || k == steps - 1) {
      out.row(k) = k == 0 ? z1 : z2;
    } else if (path == Path::Linear || r1 == 0 || r2 == 0 || std::sin(omega) < 1e-6) {
      out.row(k) = ((1 - t) * z1.cast<double>() + t * z2.cast<double>()).cast<float>();
    } else {
      const Eigen::RowVectorXd u = (std::sin((1 - t) * omega) * u1 + std::sin(t * omega) * u2) / std::sin(omega);
      out.row(k) = (((1 - t) * r1 + t * r2) * u).cast<float>();
    }
  }
  return out;
}

}  // namespace kx::core::vae
