#include "core/gan/gan_frame.h"

#include <algorithm>
#include <cmath>

#include "core/mixture/point_cloud.h"
#include "core/gan/gan_quality.h"
#include "core/util/counter_rng.h"

namespace kx::core::gan {

using nn::Mat;

PlaneRect windowFor(const mixture::GaussianMixture& target) {
  double x0 = 1e300, x1 = -1e300, y0 = 1e300, y1 = -1e300;
  for (const auto& c : target.components) {
    x0 = std::min(x0, c.mean.x() - 3 * c.stddev), x1 = std::max(x1, c.mean.x() + 3 * c.stddev);
    y0 = std::min(y0, c.mean.y() - 3 * c.stddev), y1 = std::max(y1, c.mean.y() + 3 * c.stddev);
  }
  double half = std::max(x1 - x0, y1 - y0) * (0.5 + 1.0 / 6);  // a third of padding in all
  if (half == 0) half = 1;
  const double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
  return {cx - half, cx + half, cy - half, cy + half};
}

nn::Mat<float> evaluationSamples(const mixture::GaussianMixture& target, std::uint64_t seed) {
  return mixture::sample(target, 2000, blockKey(seed, (1ull << 60) + 1));
}

FrameInputs frameInputs(GanTrainer& trainer) {
  const std::uint64_t seed = trainer.params().seed;
  FrameInputs in;
  // Stream numbers far above any training draw counter keep these apart from the batches.
  in.real = mixture::sample(trainer.target(), kFrameFake, blockKey(seed, 1ull << 60));
  in.evalReal = evaluationSamples(trainer.target(), seed);
  in.z = trainer.noise(kFrameFake, (1ull << 60) + 2);
  in.window = windowFor(trainer.target());
  const int dim = trainer.params().noiseDim;
  const float range = trainer.params().noise == NoiseKind::Gaussian ? 2.0f : 1.0f;
  in.meshRows = dim == 1 ? 1 : kMeshSize;
  in.meshCols = dim == 1 ? 4 * kMeshSize : kMeshSize;
  in.meshZ = Mat<float>::Zero(in.meshRows * in.meshCols, dim);
  for (int r = 0; r < in.meshRows; ++r)
    for (int c = 0; c < in.meshCols; ++c) {
      const int i = r * in.meshCols + c;
      in.meshZ(i, 0) = -range + 2 * range * float(c) / float(in.meshCols - 1);
      if (dim > 1) in.meshZ(i, 1) = -range + 2 * range * float(r) / float(in.meshRows - 1);
    }
  return in;
}

std::shared_ptr<GanFrame> buildFrame(GanTrainer& trainer, const FrameInputs& in, const GanHistory& history,
                                     const EnergyRange* previousRange) {
  auto f = std::make_shared<GanFrame>();
  f->generatorSteps = trainer.generatorSteps();
  f->discriminatorSteps = trainer.discriminatorSteps();
  f->window = in.window;
  f->gridSize = kGridSize;
  Mat<float> grid(kGridSize * kGridSize, 2);
  for (int r = 0; r < kGridSize; ++r)
    for (int c = 0; c < kGridSize; ++c) {
      grid(r * kGridSize + c, 0) = float(in.window.xMin + in.window.width() * (c + 0.5) / kGridSize);
      grid(r * kGridSize + c, 1) = float(in.window.yMin + in.window.height() * (r + 0.5) / kGridSize);
    }
  const Mat<float> d = trainer.discriminate(grid);
  f->critic.assign(d.data(), d.data() + d.size());
  f->real = in.real.topRows(kFrameReal);
  f->fake = trainer.generate(in.z);
  f->push = trainer.push(in.real, f->fake);
  f->mesh = trainer.generate(in.meshZ);
  f->meshRows = in.meshRows;
  f->meshCols = in.meshCols;
  f->landscape = buildLandscape(f->critic, f->gridSize, f->window, f->mesh, f->meshRows, f->meshCols, previousRange);
  f->history = history;
  f->targetModes = mixture::isPointCloud(trainer.target()) ? 0 : int(trainer.target().components.size());
  const GanQuality quality = qualityOf(f->fake, trainer.target(), in.evalReal);
  f->sw1 = quality.sw1;
  f->modes = quality.modes;
  f->hq = quality.hq;
  f->failure = trainer.divergence();
  f->weights = std::make_shared<GanWeights>(trainer.weights());
  return f;
}

}  // namespace kx::core::gan
