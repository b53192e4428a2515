#pragma once
// The temperature at which an energy's Boltzmann law fits a data set best
// (docs/math.md §4.15): the trained critic's U = −D has no scale of its own
// (the pits of W4's energy GAN span ~0.01–0.1), so a Langevin sampler of
// e^{−U/T} needs T from the data it was trained on.
#include "core/sampling/langevin.h"

namespace kx::core::sampling {

/// T_sm = E‖∇U‖² / E ΔU over the rows of `data`: the T minimising the Fisher
/// divergence between e^{−U/T}/Z and the data's law (Hyvärinen's score
/// matching in the one parameter 1/T). ΔU by central differences of ∇U with
/// step `h`, which also measures the kinks of a ReLU network (whose ΔU is 0
/// between them). Calls `energy` on whole copies of `data`, on this thread.
/// Fails when E ΔU is not positive (U has no pits under the data) or ∇U is not
/// finite there.
Result<double> scoreMatchingTemperature(const Energy& energy, const Points& data, double h = 1e-2);

}  // namespace kx::core::sampling
