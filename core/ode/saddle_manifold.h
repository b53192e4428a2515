#pragma once
// The stable and unstable manifolds of a saddle (docs/math.md §1.5, §7.6):
// each branch starts a small step from the saddle along an eigenvector and is
// integrated (backwards for the stable one) until it leaves a margin around
// the view, has run 20 view diagonals long, or reaches t = ±10⁴.
#include <Eigen/Core>
#include <vector>

#include "core/ode/trajectory.h"
#include "core/util/plane_rect.h"

namespace kx::core {

using Curve = std::vector<Eigen::Vector2d>;

/// Both branches (the two signs of the eigenvector), each starting at the saddle.
std::vector<Curve> saddleManifold(const PlanarField& f, const Eigen::Matrix2d& jacobian, const Eigen::Vector2d& saddle,
                                  const PlaneRect& window, bool stable);

}  // namespace kx::core
