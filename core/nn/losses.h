#pragma once
// Losses the labs train with, composed from ops (so they differentiate twice).
#include "core/nn/ops.h"

namespace kx::core::nn {

/// Elementwise binary cross-entropy of logits z against targets y in [0, 1]:
/// -y log sigma(z) - (1 - y) log(1 - sigma(z)) = softplus(z) - y z, which
/// stays finite for any z (docs/math.md §5.1, Bernoulli decoder; §4 GAN losses).
template <typename T>
Var<T> bceWithLogits(Var<T> logits, Var<T> targets) {
  return softplus(logits) - logits * targets;
}

/// bceWithLogits averaged over every entry.
template <typename T>
Var<T> bceWithLogitsLoss(Var<T> logits, Var<T> targets) {
  return mean(bceWithLogits(logits, targets));
}

/// Mean over every entry of (a - b)^2.
template <typename T>
Var<T> mseLoss(Var<T> a, Var<T> b) {
  return mean(square(a - b));
}

/// KL(N(mu, diag e^logVar) || N(0, I)) of each row, n x 1:
/// 1/2 sum_i (mu_i^2 + sigma_i^2 - log sigma_i^2 - 1) (docs/math.md §5.1, §6.1).
template <typename T>
Var<T> gaussianKl(Var<T> mu, Var<T> logVar) {
  return rowSums(square(mu) + exp(logVar) - logVar - T(1)) * T(0.5);
}

/// KL(p(z|x) || N(0, I)) of each row, n x 1, for a posterior that is the
/// image z = F_x(u) of u ~ N(0, I), at one sample u with ld = log|det dz/du|:
/// 1/2 ||z||^2 - ld - D/2. It is -log N(z; 0, I) + log p(z|x), with
/// log p(z|x) = log N(u; 0, I) - ld, the 2 pi terms cancelling and ||u||^2/2
/// replaced by its mean D/2 (docs/math.md §5.7). For F_x(u) = mu + sigma ⊙ u
/// its mean over u is gaussianKl(mu, log sigma^2).
template <typename T>
Var<T> flowKl(Var<T> z, Var<T> logDet) {
  return rowSums(square(z)) * T(0.5) - logDet - T(0.5) * static_cast<T>(z.cols());
}

}  // namespace kx::core::nn
