#include "core/sampling/temperature.h"

#include <cmath>

namespace kx::core::sampling {

Result<double> scoreMatchingTemperature(const Energy& energy, const Points& data, double h) {
  if (data.rows() == 0) return fail("there are no data points to fit the temperature on");
  Eigen::VectorXf u(data.rows());
  Points gradient(data.rows(), 2);
  energy(data, u, gradient);
  const double squaredGradient = gradient.cast<double>().rowwise().squaredNorm().mean();
  // ΔU = Σ_j ∂_j∂_j U, each term from ∂_j U at x ± h e_j (the energy's own gradient, not its values).
  double laplacian = 0;
  for (int j = 0; j < 2; ++j) {
    Points plus = data, minus = data, gPlus(data.rows(), 2), gMinus(data.rows(), 2);
    plus.col(j).array() += float(h);
    minus.col(j).array() -= float(h);
    energy(plus, u, gPlus);
    energy(minus, u, gMinus);
    laplacian += (gPlus.col(j) - gMinus.col(j)).cast<double>().mean() / (2 * h);
  }
  if (!std::isfinite(squaredGradient) || !std::isfinite(laplacian))
    return fail("the energy or its gradient is not a finite number at the data");
  if (!(laplacian > 0))
    return fail("the energy has no pits under the data (its mean Laplacian there is " + std::to_string(laplacian) +
                "): no temperature fits");
  return squaredGradient / laplacian;
}

}  // namespace kx::core::sampling
