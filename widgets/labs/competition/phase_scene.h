#pragma once
// Turns a phase frame of any typed model into the phase-plane scene
// (docs/math.md §7): speed-coloured direction field, every nullcline branch,
// every saddle's manifolds, limit cycles with their period, trajectories and
// classified equilibria.
#include "core/phase/phase_job.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

PlotScene phaseScene(const core::PhaseFrame& frame);

/// "limit cycle, T = 21.3 (attracting)" or, round a centre, "closed orbit, T = 10.9".
QString orbitText(const core::PeriodicOrbit& orbit);

}  // namespace kx::widgets
