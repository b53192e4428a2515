#pragma once
// Many trajectories of a typed model integrated together (docs/math.md §7.10):
// each takes exactly the adaptive Dormand–Prince steps integrateDormandPrince
// would take alone (the same arithmetic per trajectory, so the same bits), but
// every stage is evaluated for all unfinished trajectories at once through
// the block program instead of one interpreted call per trajectory and stage.
#include <cstddef>

#include "core/ode/dormand_prince.h"
#include "core/phase/planar_model.h"

namespace kx::core {

/// Integrates from (x[i], y[i]) over [0, tEnd] (tEnd > 0) for i < n and writes
/// the end states back into x, y and the accepted steps into `accepted`
/// (may be null). A trajectory whose step size underflows stops where it is.
void integrateDormandPrinceBatch(const PlanarSystem& system, double* x, double* y, std::size_t n, double tEnd,
                                 Tolerances tol, long* accepted);

}  // namespace kx::core
