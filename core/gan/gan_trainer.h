#pragma once
// The alternating GAN updates of docs/math.md §4.6 ("dig pits, then jump in", §4.1):
// a generator and a discriminator MLP, their optimisers, and fresh real and
// noise batches for every update. No Qt, no threads of its own (products run
// on the core worker pool, parallelChunks); shared by the lab's job and kexue-bench gan.
//
// Determinism: the weights come from std::mt19937_64(seed); every batch is a
// pure function of (seed, update counter) through counter_rng.h, so a run
// depends only on its parameters, never on the thread count or on how the
// caller splits it into chunks.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/gan/gan_params.h"
#include "core/mixture/gaussian_mixture.h"
#include "core/nn/mlp.h"
#include "core/nn/optimizers.h"

namespace kx::core::gan {

/// Copies of both networks' parameter values (generator first), for sessions
/// and for restarting from trained weights.
struct GanWeights {
  std::vector<nn::Mat<float>> generator, discriminator;
};

/// The layer widths {in, spec.width (spec.depth times), out} of an MLP.
std::vector<Eigen::Index> networkWidths(Eigen::Index in, const NetworkSpec& spec, Eigen::Index out);
/// True when `values` holds one matrix per parameter of `group`, in order, each of its shape.
bool fits(const nn::ParameterGroup<float>& group, const std::vector<nn::Mat<float>>& values);

/// n of the generator's noise vectors (rows) from stream `stream`: a pure
/// function of params.seed, the noise kind and dimension, and the stream.
nn::Mat<float> ganNoise(const GanParams& params, Eigen::Index n, std::uint64_t stream);

/// Adam or SGD behind one interface (OptimizerSpec).
class Optimizer {
 public:
  Optimizer(nn::ParameterGroup<float> group, const OptimizerSpec& spec);
  void zeroGrad();
  void step();

 private:
  std::unique_ptr<nn::Adam<float>> m_adam;
  std::unique_ptr<nn::Sgd<float>> m_sgd;
};

class GanTrainer {
 public:
  /// `params` as ganParamsFrom() returns them; `target` must pass
  /// mixture::validateTarget(). A point cloud (components of width 0) is the
  /// data set itself: mixture::sample draws its points uniformly, so every
  /// real batch is a minibatch of the user's points. Narrow Gaussians around
  /// them instead would train on blurred data of an arbitrary width
  /// (docs/math.md §4.6).
  GanTrainer(const GanParams& params, mixture::GaussianMixture target);

  /// One discriminator update on fresh batches; returns its loss.
  float stepDiscriminator();
  /// One generator update on fresh batches (with the energy GAN's entropy
  /// term, the encoder's too); returns its loss.
  float stepGenerator();
  /// criticSteps discriminator updates then one generator update (stops early
  /// on divergence).
  void iterate();

  /// Non-empty once an update produced a non-finite or exploding loss or
  /// generated points: says what happened and what to try.
  const std::string& divergence() const { return m_divergence; }
  long generatorSteps() const { return m_gSteps; }
  long discriminatorSteps() const { return m_dSteps; }
  float lastDiscriminatorLoss() const { return m_dLoss; }
  float lastGeneratorLoss() const { return m_gLoss; }

  /// ganNoise() of this trainer's parameters.
  nn::Mat<float> noise(Eigen::Index n, std::uint64_t stream) const;
  /// G(z) and D(x) without training (their own tape).
  nn::Mat<float> generate(const nn::Mat<float>& z);
  nn::Mat<float> discriminate(const nn::Mat<float>& x);
  /// -n * d(generator loss)/d(x_f): where the generator's loss pushes each
  /// generated point (rows of `fake`, paired with rows of `real` for the
  /// relativistic and QP losses).
  nn::Mat<float> push(const nn::Mat<float>& real, const nn::Mat<float>& fake);

  GanWeights weights();
  /// Fails (changing nothing) when the shapes differ from this trainer's networks.
  Status setWeights(const GanWeights& weights);

  const GanParams& params() const { return m_params; }
  const mixture::GaussianMixture& target() const { return m_target; }
  nn::Mlp<float>& generator() { return m_generator; }
  nn::Mlp<float>& discriminator() { return m_discriminator; }
  /// The energy GAN's encoder E of the entropy term (§4.13); null unless the
  /// loss is `energy` with λ₂ > 0. Not part of GanWeights: a restart from
  /// saved weights begins with a fresh encoder.
  nn::Mlp<float>* encoder() { return m_encoder ? &*m_encoder : nullptr; }

 private:
  nn::Mat<float> realBatch();
  bool checkFinite(float loss, const char* which, const nn::Mat<float>* points);

  GanParams m_params;
  mixture::GaussianMixture m_target;
  std::mt19937_64 m_rng;
  nn::Mlp<float> m_generator, m_discriminator;
  std::optional<nn::Mlp<float>> m_encoder;
  Optimizer m_gOpt, m_dOpt;  ///< the generator's also steps the encoder
  nn::Tape<float> m_tape;
  std::uint64_t m_draws = 0;  // batches drawn so far: the counter of every random stream
  long m_gSteps = 0, m_dSteps = 0;
  float m_dLoss = 0, m_gLoss = 0;
  std::string m_divergence;
};

}  // namespace kx::core::gan
