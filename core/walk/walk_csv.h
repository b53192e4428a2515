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

/// One row per recorded step: step, msd, variance, ks, tv (1D only for the last two).
std::string seriesCsv(const WalkFrame& frame);

}  // namespace kx::core::walk
