#pragma once
// Equilibria of any typed planar model (docs/math.md §7.4): Newton's method
// from a grid of seeds over the view, run on all seeds at once over blocks,
// duplicates merged, each point classified from its exact Jacobian.
#include <Eigen/Core>
#include <vector>

#include "core/ode/equilibrium.h"
#include "core/phase/planar_model.h"
#include "core/util/plane_rect.h"

namespace kx::core {

struct EquilibriumSearch {
  int seedsPerSide = 24;                    ///< seeds on a regular grid over the window
  std::vector<Eigen::Vector2d> extraSeeds;  ///< e.g. last step's points in a continuation
};

/// The equilibria in `window` (closed), sorted by x then y, each with its
/// eigenvalues and type; names are the coordinates, e.g. "(375, 250)".
std::vector<Equilibrium> findEquilibria(const PlanarSystem& system, const PlaneRect& window,
                                        const EquilibriumSearch& search = {});

/// Newton's method from x0 (a few steps, for a point already close); the
/// result is not checked: callers test |F| themselves.
Eigen::Vector2d polishEquilibrium(const PlanarSystem& system, Eigen::Vector2d x0, int steps = 4);

/// The equilibrium at x, classified and named by its coordinates.
Equilibrium classifiedEquilibrium(const PlanarSystem& system, const Eigen::Vector2d& x);

}  // namespace kx::core
