#pragma once
// The bifurcation diagram as a chart (docs/math.md §7.8): each equilibrium's
// x against the swept parameter, solid green where it is stable and red where
// not, Hopf and zero-eigenvalue (saddle-node, transcritical) points marked,
// and the limit cycle's extent in x where one was found.
#include <QChart>

#include "core/phase/bifurcation_job.h"

namespace kx::widgets {

QChart* makeBifurcationChart();

/// Replaces the chart's series with the diagram of `frame`; texts in the
/// current language (called again by the lab's retranslateFigures()).
void showBifurcation(QChart* chart, const core::BifurcationFrame& frame);

}  // namespace kx::widgets
