#include "core/gan/gan_quality.h"

#include "core/mixture/point_cloud.h"
#include "core/mixture/sample_quality.h"

namespace kx::core::gan {

GanQuality qualityOf(const mixture::Points& samples, const mixture::GaussianMixture& target,
                     const mixture::Points& exact) {
  GanQuality q;
  if (!samples.allFinite()) return q;
  q.sw1 = mixture::slicedWasserstein1(samples, exact);
  if (!mixture::isPointCloud(target)) {  // modes are counted in units of a component's stddev, which a cloud lacks
    const auto coverage = mixture::modeCoverage(samples, target);
    q.modes = coverage.modes;
    q.hq = coverage.highQuality;
  }
  return q;
}

GanQuality measureQuality(GanTrainer& trainer, const FrameInputs& inputs) {
  // The inputs of buildFrame (gan_frame.cpp), so a comparison curve of the
  // lab's own settings is the lab's quality chart.
  return qualityOf(trainer.generate(inputs.z), trainer.target(), inputs.evalReal);
}

}  // namespace kx::core::gan
