#include "core/gan/critic_energy.h"

#include <memory>
#include <random>

namespace kx::core::gan {
namespace {

using Network = std::shared_ptr<nn::Mlp<float>>;

/// An MLP of `spec`'s shape holding `values`, or why they do not fit.
Result<Network> networkWith(Eigen::Index in, const NetworkSpec& spec, Eigen::Index out,
                            const std::vector<nn::Mat<float>>& values, const char* name) {
  // Mlp needs a generator for its initial weights, which are replaced at once.
  std::mt19937_64 unused(0);
  auto network = std::make_shared<nn::Mlp<float>>(networkWidths(in, spec, out), spec.activation, unused, name);
  const nn::ParameterGroup<float> group = network->parameters();
  if (!fits(group, values))
    return fail(std::string("the ") + name + "'s saved weights do not fit its shape (depth or width changed)");
  for (std::size_t i = 0; i < group.size(); ++i) group[i]->value = values[i];
  return Network(std::move(network));
}

/// The calling thread's tape, cleared, with `networks`' parameters frozen. One
/// tape per thread, reused: a fresh tape per call allocated its megabyte-sized
/// matrices anew, and the page faults were 45% of a MALA run's time. A call
/// never re-enters itself on one thread (a nested parallelChunks runs its
/// chunks in order on the caller), so no two calls share the tape.
nn::Tape<float>& frozenTape(std::initializer_list<nn::Mlp<float>*> networks) {
  thread_local nn::Tape<float> tape;
  tape.clear();
  for (auto* network : networks) tape.freeze(network->parameters());
  return tape;
}

}  // namespace

Result<sampling::Energy> criticEnergy(const GanParams& params, const GanWeights& weights) {
  auto critic = networkWith(2, params.discriminator, 1, weights.discriminator, "critic");
  if (!critic) return fail(critic.error());
  return sampling::Energy([critic = *critic](const sampling::Points& x, Eigen::VectorXf& energy,
                                             sampling::Points& gradient) {
    nn::Tape<float>& tape = frozenTape({critic.get()});
    const nn::Var<float> in = tape.input(nn::Mat<float>(x));
    const nn::Var<float> d = critic->forward(tape, in);
    // Each row's D depends on that row alone, so the gradient of the sum is every row's ∇_x D.
    const nn::Var<float> gradD = tape.gradient(nn::sum(d), {in})[0];
    energy = -d.value().col(0);
    gradient = -gradD.value();
  });
}

Result<sampling::Energy> latentEnergy(const GanParams& params, const GanWeights& weights) {
  if (params.noiseDim != 2) return fail("latent-space sampling needs a generator with 2D noise (noise_dim = 2)");
  auto critic = networkWith(2, params.discriminator, 1, weights.discriminator, "critic");
  if (!critic) return fail(critic.error());
  auto generator = networkWith(2, params.generator, 2, weights.generator, "generator");
  if (!generator) return fail(generator.error());
  return sampling::Energy([critic = *critic, generator = *generator](const sampling::Points& z, Eigen::VectorXf& energy,
                                                                     sampling::Points& gradient) {
    nn::Tape<float>& tape = frozenTape({critic.get(), generator.get()});
    const nn::Mat<float> zm = z;
    const nn::Var<float> in = tape.input(zm);
    const nn::Var<float> d = critic->forward(tape, generator->forward(tape, in));
    const nn::Var<float> gradD = tape.gradient(nn::sum(d), {in})[0];
    // V = −D(G(z)) + ½‖z‖² (docs/math.md §4.15), ∇V = −∇_z D(G(z)) + z.
    energy = -d.value().col(0) + 0.5f * zm.rowwise().squaredNorm();
    gradient = -gradD.value() + zm;
  });
}

Result<Generator> generatorOf(const GanParams& params, const GanWeights& weights) {
  auto generator = networkWith(params.noiseDim, params.generator, 2, weights.generator, "generator");
  if (!generator) return fail(generator.error());
  return Generator([generator = *generator](const nn::Mat<float>& z) {
    nn::Tape<float>& tape = frozenTape({generator.get()});
    return nn::Mat<float>(generator->forward(tape, tape.constant(z)).value());
  });
}

}  // namespace kx::core::gan
