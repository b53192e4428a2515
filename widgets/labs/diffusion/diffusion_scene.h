#pragma once
// PlotScenes of the diffusion lab, built from one DiffusionFrame: the forward
// process (noised data and the exact noised density at the slider's time) and
// the reverse process (particles, trajectories, score arrows, x0-hat over the
// exact density at the particles' time).
#include "core/diffusion/diffusion_frame.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

PlotScene forwardScene(const core::diffusion::DiffusionFrame& frame);
PlotScene samplingScene(const core::diffusion::DiffusionFrame& frame);
/// A point x_t, its Tweedie estimate x0-hat (docs/math.md §3.7) and the dashed
/// line between them, labelled `label` and `hatLabel`.
void addTweedie(PlotScene& scene, const Eigen::Vector2f& x, const Eigen::Vector2f& hat, const QColor& color,
                const QString& label, const QString& hatLabel);

/// The scene's view for a figure of this size with equal units on both axes
/// (circles stay round, the whole view box visible), and the density fields
/// grown to cover that view: no blank bands on a tall or wide canvas. The
/// fields span twice the view box; beyond it (a very tall or wide canvas)
/// their edge cells repeat, already at the colour scale's floor.
PlotScene fittedToField(PlotScene scene, const QRectF& figure);
/// A heatmap grown by repeating its edge cells until it covers `view`.
HeatmapLayer coveringView(HeatmapLayer heatmap, const core::PlaneRect& view);

}  // namespace kx::widgets
