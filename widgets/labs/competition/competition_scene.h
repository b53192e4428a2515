#pragma once
// Turns a Competition frame into the phase-plane scene: speed-coloured flow,
// direction arrows, nullclines, trajectories, separatrix and classified
// equilibria (docs/math.md §1.3–§1.6).
#include "core/ode/competition_job.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

/// Colour of trajectory `index` (shared by the phase plane and the charts).
QColor trajectoryColor(int index);

PlotScene competitionScene(const core::CompetitionFrame& frame);

}  // namespace kx::widgets
