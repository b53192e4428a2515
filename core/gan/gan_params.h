#pragma once
// Parameters of the GAN energy lab (issue 6, docs/math.md §4): the schema the
// panel, session files, --set and the bench read, and the validated struct
// the trainer runs on. The defaults are the lab's shipped settings and W4's
// model (docs/benchmarks.md): 3 x 128 ReLU networks, Adam 1e-4 (0.5, 0.9), batch
// 256, and GAN-QP with 2 critic steps per generator step as in the essay
// author's code (§4.2).
#include <cstdint>
#include <string>
#include <vector>

#include "core/gan/gan_losses.h"
#include "core/nn/mlp.h"
#include "core/params/param_schema.h"
#include "core/util/result.h"

namespace kx::core::gan {

enum class NoiseKind { Gaussian, Uniform };
enum class OptimizerKind { Adam, Sgd };
/// Initial weights: core/nn's He/Glorot, or PyTorch's nn.Linear default
/// (weights and biases uniform in +-1/sqrt(fan_in)), the W4 peer's and the
/// lab's default: with He weights the generator starts ~10x wider and W4's
/// WGAN-GP covered 1 of the ring's 8 modes after 10,000 steps (seed 1; 0 after
/// 3,000 on seed 2), with PyTorch's all 8 on seeds 1-3 (docs/benchmarks.md).
enum class InitKind { He, Torch };

struct NetworkSpec {
  int depth = 3;  ///< hidden layers
  int width = 128;
  nn::Activation activation = nn::Activation::Relu;
};

struct OptimizerSpec {
  OptimizerKind kind = OptimizerKind::Adam;
  double learningRate = 1e-4;
  double beta1 = 0.5;  ///< Adam's beta1, or SGD's momentum
  double beta2 = 0.9;
};

/// Langevin sampling of the trained energy (§4.12, essay 6331), run after training.
enum class LangevinMode { Off, Unadjusted, Mala };
/// Data space: particles x on U(x). Latent space: particles z on
/// U(G(z)) + ½‖z‖², shown as G(z) (the essay's "better truncation trick").
enum class SamplingSpace { Data, Latent };
/// Where data-space particles start: uniform over the plot window, at the
/// generator's samples, or all at one point (the view's Ctrl-click).
enum class ParticleStart { Noise, Generator, Point };

struct LangevinSpec {
  LangevinMode mode = LangevinMode::Off;
  SamplingSpace space = SamplingSpace::Data;
  ParticleStart start = ParticleStart::Noise;
  double startX = 0, startY = 0;  ///< the point of ParticleStart::Point
  int particles = 2000;
  int steps = 500;
  double stepSize = 1e-3;     ///< ε
  double temperature = 0.01;  ///< in units of the energy's spread over the view (GanSampler)
};

struct GanParams {
  int data = 0;  ///< index into mixture::presets(); the lab may pass drawn data instead
  NetworkSpec generator, discriminator;
  /// Units per hidden layer of the energy GAN's encoder E (two layers, the
  /// generator's activation), built only when loss.entropyWeight > 0 (§4.13).
  int encoderWidth = 64;
  int noiseDim = 2;
  NoiseKind noise = NoiseKind::Gaussian;
  LossConfig loss{LossKind::Qp, 10.0, QpDistance::L1};
  OptimizerSpec generatorOpt, discriminatorOpt;
  InitKind init = InitKind::Torch;
  int criticSteps = 2;  ///< discriminator steps per generator step
  int batch = 256;
  int steps = 10000;    ///< generator steps of a full run
  int frameEvery = 50;  ///< generator steps between published frames
  std::uint64_t seed = 1;
  LangevinSpec langevin;
};

/// True when the keys `a` and `b` differ in are all Langevin keys: training
/// from either gives the same networks, so a finished training can be sampled again.
bool sameTraining(const ParamValues& a, const ParamValues& b);

std::vector<ParamSpec> ganSpecs();
ParamSchema ganSchema();
/// Reads and checks values of ganSchema(); unknown keys and out-of-range
/// values give messages naming the key.
Result<GanParams> ganParamsFrom(const ParamValues& values);

}  // namespace kx::core::gan
