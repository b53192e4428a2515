#pragma once
// The walk lab's main picture as a PlotScene (GL canvas and export): 1D walks
// as a space-time picture (time across, position up: highlighted walkers'
// paths, the cloud of all walkers at the current step, the +-1 and +-2
// standard-deviation envelopes of the normal law); 2D walks as the plane with
// every drawn walker as a point and the highlighted paths.
#include <QColor>
#include <QRectF>

#include "core/walk/walk_frame.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

PlotScene walkScene(const core::walk::WalkFrame& frame);

/// Colour of highlighted walker k (shared by the scene and the charts).
QColor walkTrailColor(int k);

}  // namespace kx::widgets
