#pragma once
// Turns a Competition frame into the phase-plane scene: speed-coloured flow,
// direction arrows, nullclines, trajectories, separatrix and classified
// equilibria (docs/math.md §1.3–§1.6).
#include "core/ode/competition_job.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

/// Colour of trajectory `index` (shared by the phase plane and the charts).
QColor trajectoryColor(int index);

/// A name core/ode gives (an equilibrium's type, an outcome), translated.
QString coreName(const std::string& name);
QVector2D v2(const Eigen::Vector2d& x);
/// An equilibrium's marker, labelled with its type and eigenvalues; its name
/// is its coordinates (typed models) or a symbol to which they are added.
Marker equilibriumMarker(const core::Equilibrium& e, bool namedByCoordinates);

PlotScene competitionScene(const core::CompetitionFrame& frame);

}  // namespace kx::widgets
