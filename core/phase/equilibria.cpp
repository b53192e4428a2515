#include "core/phase/equilibria.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;

// The Newton step J⁻¹F, or where J is singular (a line of equilibria, a fold)
// the least-squares step of the rank-one J, J^T F / |J|² (docs/math.md §7.4).
inline void newtonStep(double u, double v, double fx, double fy, double gx, double gy, double& dx, double& dy) {
  const double det = fx * gy - fy * gx;
  const double norm2 = fx * fx + fy * fy + gx * gx + gy * gy;
  if (std::abs(det) > 1e-12 * norm2) {
    dx = (gy * u - fy * v) / det;
    dy = (fx * v - gx * u) / det;
  } else if (norm2 > 0) {
    dx = (fx * u + gx * v) / norm2;
    dy = (fy * u + gy * v) / norm2;
  } else {
    dx = dy = 0;
  }
}

}  // namespace

Vec2 polishEquilibrium(const PlanarSystem& system, Vec2 x, int steps) {
  for (int k = 0; k < steps; ++k) {
    const Vec2 f = system.rhs(x);
    const Eigen::Matrix2d j = system.jacobian(x);
    double dx, dy;
    newtonStep(f(0), f(1), j(0, 0), j(0, 1), j(1, 0), j(1, 1), dx, dy);
    if (!std::isfinite(dx) || !std::isfinite(dy)) break;
    x -= Vec2(dx, dy);
  }
  return x;
}

Equilibrium classifiedEquilibrium(const PlanarSystem& system, const Vec2& x) {
  const Eigen::Matrix2d j = system.jacobian(x);
  char name[64];
  std::snprintf(name, sizeof name, "(%.4g, %.4g)", x(0) == 0 ? 0.0 : x(0), x(1) == 0 ? 0.0 : x(1));
  return {x, eigenvalues2x2(j), classify(j), name};
}

std::vector<Equilibrium> findEquilibria(const PlanarSystem& system, const PlaneRect& w,
                                        const EquilibriumSearch& search) {
  const int side = std::max(2, search.seedsPerSide);
  std::vector<double> x, y;
  for (int j = 0; j < side; ++j)
    for (int i = 0; i < side; ++i) {
      x.push_back(w.xMin + (i + 0.5) * w.width() / side);
      y.push_back(w.yMin + (j + 0.5) * w.height() / side);
    }
  for (const Vec2& s : search.extraSeeds) x.push_back(s(0)), y.push_back(s(1));
  const std::size_t n = x.size();
  std::vector<double> u(n), v(n), fx(n), fy(n), gx(n), gy(n);
  system.rhsBlock(x.data(), y.data(), n, u.data(), v.data());
  // The field's size over the seeds sets what "F = 0" means for this model.
  double fieldScale = 0;
  for (std::size_t i = 0; i < n; ++i)
    if (std::isfinite(u[i]) && std::isfinite(v[i])) fieldScale = std::max(fieldScale, std::hypot(u[i], v[i]));
  const double scale = std::max(w.width(), w.height());
  const double maxStep = 0.25 * std::hypot(w.width(), w.height());
  const PlaneRect margin{w.xMin - w.width(), w.xMax + w.width(), w.yMin - w.height(), w.yMax + w.height()};

  // All seeds in lockstep: each iteration is two block evaluations and a 2x2
  // solve per lane. Lanes that leave the margin or stop being finite are parked.
  std::vector<char> alive(n, 1);
  for (int iteration = 0; iteration < 60; ++iteration) {
    system.jacobianBlock(x.data(), y.data(), n, fx.data(), fy.data(), gx.data(), gy.data());
    double longest = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!alive[i]) continue;
      double dx, dy;
      newtonStep(u[i], v[i], fx[i], fy[i], gx[i], gy[i], dx, dy);
      const double length = std::hypot(dx, dy);
      if (length > maxStep) dx *= maxStep / length, dy *= maxStep / length;  // a damped first jump
      x[i] -= dx;
      y[i] -= dy;
      if (!std::isfinite(x[i]) || !std::isfinite(y[i]) || !margin.contains(x[i], y[i]))
        alive[i] = 0;
      else
        longest = std::max(longest, std::hypot(dx, dy));
    }
    if (longest <= 1e-14 * scale) break;  // every seed has converged (or left)
    system.rhsBlock(x.data(), y.data(), n, u.data(), v.data());
  }

  std::vector<Equilibrium> found;
  const double mergeDistance = 1e-6 * scale;
  for (std::size_t i = 0; i < n; ++i) {
    if (!alive[i]) continue;
    const Vec2 p = polishEquilibrium(system, {x[i], y[i]});
    const Vec2 f = system.rhs(p);
    if (!f.allFinite() || f.norm() > 1e-9 * fieldScale) continue;  // stalled at a minimum of |F|
    const double slack = 1e-9 * scale;  // a point on the window's edge may land a rounding outside
    if (p(0) < w.xMin - slack || p(0) > w.xMax + slack || p(1) < w.yMin - slack || p(1) > w.yMax + slack) continue;
    const bool known = std::any_of(found.begin(), found.end(),
                                   [&](const Equilibrium& e) { return (e.x - p).norm() <= mergeDistance; });
    if (!known) found.push_back(classifiedEquilibrium(system, p));
  }
  std::sort(found.begin(), found.end(), [](const Equilibrium& a, const Equilibrium& b) {
    return a.x(0) != b.x(0) ? a.x(0) < b.x(0) : a.x(1) < b.x(1);
  });
  return found;
}

}  // namespace kx::core
