#pragma once
// The trained critic as an energy for Langevin sampling (issue 16; docs/math.md
// §4.1, §4.12, §4.13): U = −D, and ∇U = −∇_x D by the tape's backward pass with
// respect to the points; and the same energy pulled back to the generator's
// noise (§4.15): V(z) = U(G(z)) + ½‖z‖².
#include <functional>

#include "core/gan/gan_trainer.h"
#include "core/sampling/langevin.h"

namespace kx::core::gan {

/// The energy of the discriminator that `weights` holds (a snapshot such as
/// GanFrame::weights; the network's shape comes from params.discriminator).
/// The energy keeps its own copy of the network and never reads a trainer, so
/// training may go on while it runs. Each call records on its thread's own
/// tape, where the copy's parameters are frozen (nn::Tape::freeze): calls from
/// several threads at once only read the copy. Fails when the weights do not
/// fit the network's shape.
Result<sampling::Energy> criticEnergy(const GanParams& params, const GanWeights& weights);

/// V(z) = U(G(z)) + ½‖z‖² on the generator's 2D Gaussian noise, with ∇V through
/// both networks (copies, frozen, as above). Fails unless params.noiseDim is 2
/// or when the weights do not fit.
Result<sampling::Energy> latentEnergy(const GanParams& params, const GanWeights& weights);

/// G(z) for rows z, of the generator in `weights` (its own frozen copy; the
/// same thread rules as the energies).
using Generator = std::function<nn::Mat<float>(const nn::Mat<float>& z)>;
Result<Generator> generatorOf(const GanParams& params, const GanWeights& weights);

}  // namespace kx::core::gan
