#pragma once
// The true Kolmogorov–Smirnov distance between a law on points (a step
// CDF: the exact lattice law, or walkers on lattice sites) and a continuous
// CDF: sup over all x, evaluated on both sides of every jump
// (docs/math.md §2.7).
#include <functional>
#include <vector>

#include "core/walk/walk_engine.h"

namespace kx::core::walk {

/// sup_x |F(x) − G(x)| with F the CDF of masses `masses` at the increasing
/// points `atoms` (normalised by their sum) and G continuous and increasing.
/// Between two atoms F is flat and G monotone, so the supremum is reached at
/// an atom, from the left (F(a−)) or at it (F(a)): both are checked.
double atomicKsDistance(const std::vector<double>& atoms, const std::vector<double>& masses,
                        const std::function<double(double)>& cdf);

/// The occupied sites of 1D lattice walkers, increasing, and the number of
/// walkers on each.
void occupiedSites(const Positions& positions, std::vector<double>& sites, std::vector<double>& counts);

/// The KS distance of the exact law of n lattice steps (+1 with probability
/// p) to its normal approximation N(n(2p−1), 4np(1−p)); NaN for p = 0 or 1.
/// About 1/√(2πn) for p = 1/2 (0.123 at n = 10): the Berry–Esseen rate.
double latticeKsDistance(int n, double p);

}  // namespace kx::core::walk
