#pragma once
// The GAN lab's landscape as a PlotScene (issue 6, docs/math.md §4.1, §4.8): the energy
// U = -D as a heatmap with contour lines, the generator's manifold (the image
// of a noise-space grid) as a deformed mesh, real and generated samples, and
// arrows of where the generator's loss pushes each generated sample; once
// training is done, the Langevin particles on the energy with a few trails.
//
// Runs on the GUI thread for every frame shown (docs/benchmarks.md W7): the worker
// has computed the energy, its range, the contours and the mesh
// (core/gan/gan_landscape.h), so this only copies them into the scene.
#include <optional>

#include "core/gan/gan_frame.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

struct GanSceneOptions {
  bool mesh = true;
  bool arrows = true;
  /// The generator step in the title: for exported figures and frame
  /// sequences. On screen the title stays fixed, so that a new frame does not
  /// repaint the canvas's cached axes image (the step is shown beside it).
  bool stepInTitle = false;
};

PlotScene ganScene(const core::gan::GanFrame& frame, const GanSceneOptions& options = {});

/// What a frame's title says (small, so the lab keeps one per recorded frame
/// and titles them in the language of the moment they are drawn).
struct GanTitle {
  long generatorSteps = 0;
  /// Set during Langevin sampling: its mode and space, and its step.
  std::optional<core::gan::LangevinSpec> sampler;
  long samplerStep = 0;
};
GanTitle ganTitleOf(const core::gan::GanFrame& frame);
/// The landscape's title, with the step or without.
QString ganSceneTitle(const GanTitle& title, bool withStep);

}  // namespace kx::widgets
