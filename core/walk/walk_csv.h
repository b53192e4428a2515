#pragma once
// CSV text of a frame's data, for the lab's "export data" (histogram and
// series); the app writes it to files, the headless CLI too.
#include <string>

#include "core/walk/walk_frame.h"

namespace kx::core::walk {

/// 1D: one row per bin: centre, count, exact and normal expected counts
/// (empty cells where there is no such law). 2D: x, y cell centres, count,
/// heat-kernel expected count.
std::string histogramCsv(const WalkFrame& frame);

/// One row per recorded step: step, msd, variance, ks (at bin edges), tv
/// (1D only), ks_true and ks_law (1D lattice only: docs/math.md §2.7).
std::string seriesCsv(const WalkFrame& frame);

/// The characteristic-function panel: omega, exact, gaussian_limit, walkers
/// (real parts), then the sites k with the coefficient integral and the
/// binomial probability (docs/math.md §2.6).
std::string characteristicCsv(const WalkFrame& frame);

/// The path-integral panel: x, closed_form and one column per composition
/// (kernels_1, kernels_2, …), then kernels and relative_error (docs/math.md §2.3, §2.8).
std::string propagatorCsv(const WalkFrame& frame);

}  // namespace kx::core::walk
