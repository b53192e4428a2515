#include "core/ode/saddle_manifold.h"

#include <Eigen/Eigenvalues>
#include <cmath>

namespace kx::core {

std::vector<Curve> saddleManifold(const PlanarField& f, const Eigen::Matrix2d& jacobian, const Eigen::Vector2d& saddle,
                                  const PlaneRect& window, bool stable) {
  using Vec2 = Eigen::Vector2d;
  Eigen::EigenSolver<Eigen::Matrix2d> solver(jacobian);
  const bool firstIsLower = solver.eigenvalues()(0).real() < solver.eigenvalues()(1).real();
  const int column = (firstIsLower == stable) ? 0 : 1;
  const Vec2 direction = solver.eigenvectors().col(column).real().normalized();
  const double offset = 1e-6 * std::max(window.width(), window.height());
  const double maxLength = 20 * std::hypot(window.width(), window.height());
  const PlaneRect margin{window.xMin - window.width(), window.xMax + window.width(), window.yMin - window.height(),
                         window.yMax + window.height()};
  std::vector<Curve> branches;
  for (double sign : {1.0, -1.0}) {
    const Vec2 start = saddle + sign * offset * direction;
    // Backwards in time the stable manifold attracts, so it is traced stably;
    // the unstable one likewise forwards.
    Vec2 previous = start;
    double length = 0;
    const auto solution = solveDense(f, start, stable ? -1e4 : 1e4, {1e-9, 1e-9 * offset}, [&](const Vec2& x) {
      length += (x - previous).norm();
      previous = x;
      return x.allFinite() && margin.contains(x(0), x(1)) && length < maxLength;
    });
    Curve branch{saddle};
    // Four points per accepted step from the dense output: steps are short
    // where the curve bends, long where it is straight.
    for (const auto& step : solution.steps())
      for (int k = 1; k <= 4; ++k) branch.push_back(step.at(step.t0 + step.h * k / 4.0));
    branches.push_back(std::move(branch));
  }
  return branches;
}

}  // namespace kx::core
