#include "core/gan/gan_quality.h"

#include "core/mixture/point_cloud.h"
#include "core/mixture/sample_quality.h"

namespace kx::core::gan {

GanQuality measureQuality(GanTrainer& trainer, const FrameInputs& inputs) {
  // The measures and inputs of buildFrame (gan_frame.cpp), so a comparison
  // curve of the lab's own settings is the lab's quality chart.
  GanQuality q;
  const mixture::Points fake = trainer.generate(inputs.z);
  if (!fake.allFinite()) return q;
  q.sw1 = mixture::slicedWasserstein1(fake, inputs.evalReal);
  if (!mixture::isPointCloud(trainer.target())) {
    const auto coverage = mixture::modeCoverage(fake, trainer.target());
    q.modes = coverage.modes;
    q.hq = coverage.highQuality;
  }
  return q;
}

}  // namespace kx::core::gan
