#pragma once
// What the GAN lab's job publishes (immutable once built): the landscape of
// the discriminator over the plane, real and generated samples with the
// generator loss's push at each, the image of a noise-space grid, and the
// training histories (issue 6; docs/math.md §4.1, §4.8).
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/gan/gan_landscape.h"
#include "core/gan/gan_sampler.h"
#include "core/gan/gan_trainer.h"
#include "core/job/job.h"
#include "core/util/plane_rect.h"

namespace kx::core::gan {

/// Training curves. Losses are averaged over the generator steps since the
/// previous record; quality is measured at each frame.
struct GanHistory {
  std::vector<double> step, dLoss, gLoss;
  std::vector<double> qualityStep, sw1, modes, hq;
};

struct GanFrame : Frame {
  /// Which job published it: the frames of one run share it, a new run (a
  /// restart, new parameters) has another, so the GUI can tell them apart.
  std::uint64_t run = 0;
  long generatorSteps = 0, discriminatorSteps = 0;
  PlaneRect window;
  int gridSize = 0;
  /// D on a gridSize x gridSize grid over `window`, cell centres, row-major
  /// from yMin (row 0) to yMax; the energy of §4.1 is U = -D.
  std::vector<float> critic;
  nn::Mat<float> real, fake;  ///< rows are points
  nn::Mat<float> push;        ///< per fake row: -n d(G loss)/d(x_f)
  int meshRows = 0, meshCols = 0;
  nn::Mat<float> mesh;  ///< G of a meshRows x meshCols noise grid, row-major
  /// The energy, its colour range, contours and the mesh as polylines, built
  /// here on the worker so that the GUI thread only draws (W7).
  Landscape landscape;
  GanHistory history;
  double sw1 = 0, hq = 0;
  /// A point cloud has no modes (docs/math.md §4.6): targetModes is 0, and
  /// modes and hq stay 0 (sliced W1 is the cloud's measure).
  int modes = 0, targetModes = 0;
  std::string failure;  ///< the divergence message, if training stopped on one
  std::shared_ptr<const GanWeights> weights;
  /// The Langevin particles on the trained energy, once training is done and
  /// sampling is on (null before).
  std::shared_ptr<const ParticleState> sampling;
};

/// Display sizes: enough points to see modes, few enough to redraw fast.
inline constexpr int kFrameReal = 500;
inline constexpr int kFrameFake = 1000;
inline constexpr int kGridSize = 48;
inline constexpr int kMeshSize = 21;

/// The plane window a target is drawn in: its components' means +- 3 stddev,
/// padded by a third and made square (a unit square around a target of no
/// extent: a cloud of one point).
PlaneRect windowFor(const mixture::GaussianMixture& target);

/// The exact samples sliced W1 is measured against (a pure function of the
/// target and the seed, so the sampler of a finished training measures alike).
nn::Mat<float> evaluationSamples(const mixture::GaussianMixture& target, std::uint64_t seed);

/// Fixed inputs of every frame of one run (drawn once, so that the samples
/// move smoothly between frames).
struct FrameInputs {
  nn::Mat<float> real;      ///< kFrameFake rows; the first kFrameReal are shown
  nn::Mat<float> evalReal;  ///< for sw1
  nn::Mat<float> z;         ///< kFrameFake noise rows
  nn::Mat<float> meshZ;     ///< the noise grid
  int meshRows = 0, meshCols = 0;
  PlaneRect window;
};
FrameInputs frameInputs(GanTrainer& trainer);

/// Builds a frame from the trainer's current networks. `previousRange`: the
/// previous frame's colour range, kept while it still fits (energyRange()).
std::shared_ptr<GanFrame> buildFrame(GanTrainer& trainer, const FrameInputs& inputs, const GanHistory& history,
                                     const EnergyRange* previousRange = nullptr);

}  // namespace kx::core::gan
