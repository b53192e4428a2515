#pragma once
// The VAE lab's latent scatter as a PlotScene: the held-out codes (or their
// first two principal components) as points coloured by label with a legend,
// the two picked interpolation ends as labelled markers, the interpolation
// path between them, and the hovered point.
#include <QColor>

#include "widgets/canvas/plot_scene.h"
#include "widgets/labs/vae/vae_lab_job.h"

namespace kx::widgets {

/// A colour-blind-safe categorical colour for class `label` (0..9): Paul
/// Tol's "muted" scheme (9 colours distinguishable under the common colour
/// vision deficiencies) plus near-black for the tenth.
QColor vaeClassColor(int label);

struct VaeSceneMarks {
  int endA = -1, endB = -1;  ///< picked held-out indices, -1 = none
  int hovered = -1;
  /// The interpolation path projected into the scatter's plane (n x 2), or empty.
  Eigen::MatrixX2f path;
};

PlotScene vaeLatentScene(const VaeLabFrame& frame, const VaeSceneMarks& marks);

}  // namespace kx::widgets
