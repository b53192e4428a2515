#pragma once
// The lab's sample-quality readout of a generator (docs/math.md §4.6, §6.3):
// sliced W1 to held-out real points and, for a mixture, the modes covered and
// the high-quality share, measured on the frame inputs' fixed noise so that
// successive measurements of one run differ only by training.
#include "core/gan/gan_frame.h"

namespace kx::core::gan {

struct GanQuality {
  double sw1 = 0, hq = 0;
  int modes = 0;  ///< 0 for a point cloud, which has no modes
};

/// Sliced W1 of `samples` to the exact samples `exact` and, unless `target` is
/// a point cloud, its modes covered and high-quality share; all 0 when a
/// sample is not finite. The one measure of training frames, comparison runs
/// and Langevin particles.
GanQuality qualityOf(const mixture::Points& samples, const mixture::GaussianMixture& target,
                     const mixture::Points& exact);

/// GanFrame's sw1, modes and hq of the trainer's generator now, without the
/// landscape (what a comparison run records, gan_comparison.h). All stay 0
/// when a generated point is not finite, as in buildFrame.
GanQuality measureQuality(GanTrainer& trainer, const FrameInputs& inputs);

}  // namespace kx::core::gan
