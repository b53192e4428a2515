#include "core/gan/critic_energy.h"

#include <memory>
#include <random>

namespace kx::core::gan {

Result<sampling::Energy> criticEnergy(const GanParams& params, const GanWeights& weights) {
  // Mlp needs a generator for its initial weights, which are replaced at once.
  std::mt19937_64 unused(0);
  auto critic = std::make_shared<nn::Mlp<float>>(networkWidths(2, params.discriminator, 1),
                                                 params.discriminator.activation, unused, "discriminator");
  const nn::ParameterGroup<float> group = critic->parameters();
  if (!fits(group, weights.discriminator))
    return fail("the critic's saved weights do not fit its shape (depth or width changed)");
  for (std::size_t i = 0; i < group.size(); ++i) group[i]->value = weights.discriminator[i];
  return sampling::Energy([critic](const sampling::Points& x, Eigen::VectorXf& energy, sampling::Points& gradient) {
    // One tape per thread, reused: a fresh tape per call allocated its
    // megabyte-sized matrices anew, and the page faults were 45% of a MALA
    // run's time. A call never re-enters itself on one thread (a nested
    // parallelChunks runs its chunks in order on the caller), so no two calls
    // share the tape.
    thread_local nn::Tape<float> tape;
    tape.clear();
    tape.freeze(critic->parameters());
    const nn::Var<float> in = tape.input(nn::Mat<float>(x));
    const nn::Var<float> d = critic->forward(tape, in);
    // Each row's D depends on that row alone, so the gradient of the sum is every row's ∇_x D.
    const nn::Var<float> gradD = tape.gradient(nn::sum(d), {in})[0];
    energy = -d.value().col(0);
    gradient = -gradD.value();
  });
}

}  // namespace kx::core::gan
