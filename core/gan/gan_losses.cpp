#include "core/gan/gan_losses.h"

#include "core/nn/losses.h"

namespace kx::core::gan {

using nn::Var;

const std::vector<std::string>& lossKeys() {
  static const std::vector<std::string> keys = {"sgan",     "rsgan",        "ganqp",       "wgangp",         "hinge",
                                                "energy",   "ebgan",        "lsgan",       "fgan_tv",        "fgan_kl",
                                                "fgan_rkl", "fgan_pearson", "fgan_neyman", "fgan_hellinger", "fgan_js"};
  return keys;
}

LossConfig lossOfKey(int index) {
  // The kinds before Fgan, in order, then the f-GAN once per row of kFDivergences.
  const int fgan = static_cast<int>(LossKind::Fgan);
  if (index < fgan) return {.kind = static_cast<LossKind>(index)};
  return {.kind = LossKind::Fgan, .divergence = kFDivergences[static_cast<std::size_t>(index - fgan)]};
}

std::string lossTitle(const LossConfig& loss) {
  switch (loss.kind) {
    case LossKind::Standard:
      return "Standard GAN (non-saturating)";
    case LossKind::Relativistic:
      return "RSGAN";
    case LossKind::Qp:
      return "GAN-QP";
    case LossKind::WganGp:
      return "WGAN-GP";
    case LossKind::Hinge:
      return "Hinge";
    case LossKind::Energy:
      return "Energy GAN (zero-centred penalty at the reals)";
    case LossKind::Ebgan:
      return "EBGAN (margin)";
    case LossKind::Lsgan:
      return "LSGAN";
    case LossKind::Fgan:
      return "f-GAN, " + conjugatePair(loss.divergence).title;
  }
  return {};
}

std::vector<std::string> lossTitles() {
  std::vector<std::string> titles;
  for (std::size_t k = 0; k < lossKeys().size(); ++k) titles.push_back(lossTitle(lossOfKey(static_cast<int>(k))));
  return titles;
}

template <typename T>
Var<T> qpNorm(Var<T> real, Var<T> fake, double lambda, QpDistance distance) {
  const Var<T> diff = real - fake;
  // The author's code divides by d unguarded; a real and a fake point that
  // coincide exactly would give 0/0, so d gets a floor far below any
  // distance the plane's data show (1e-6 of a unit).
  const Var<T> d =
      distance == QpDistance::L1 ? nn::rowMeans(nn::abs(diff)) : nn::sqrt(nn::rowMeans(nn::square(diff)) + T(1e-12));
  return (d + T(1e-6)) * T(lambda);
}

template <typename T>
Var<T> qpObjective(Var<T> delta, Var<T> norm) {
  return delta - nn::square(delta) / (norm * T(2));
}

template <typename T>
Var<T> gradientPenalty(const Critic<T>& critic, Var<T> real, Var<T> fake, const nn::Mat<T>& eps, double lambda) {
  nn::Tape<T>& tape = *real.tape;
  const nn::Mat<T> e = eps.replicate(1, real.cols());
  nn::Mat<T> mixed =
      e.cwiseProduct(real.value()) + (nn::Mat<T>::Ones(e.rows(), e.cols()) - e).cwiseProduct(fake.value());
  // The interpolates are data here (as in Gulrajani et al.: x^ is not
  // differentiated through); the penalty reaches the critic's parameters
  // through the recorded gradient (createGraph).
  const Var<T> xh = tape.input(std::move(mixed));
  const Var<T> g = tape.gradient(nn::sum(critic(xh)), {xh}, /*createGraph=*/true)[0];
  // + 1e-12: sqrt'(0) is infinite (core/nn/README.md).
  const Var<T> norm = nn::sqrt(nn::rowSums(nn::square(g)) + T(1e-12));
  return nn::mean(nn::square(norm - T(1))) * T(lambda);
}

template <typename T>
Var<T> zeroCentredPenalty(Var<T> x, Var<T> dAtX, double lambda) {
  const Var<T> g = x.tape->gradient(nn::sum(dAtX), {x}, /*createGraph=*/true)[0];
  // No square root, unlike WGAN-GP's |g| - 1: ‖g‖² is smooth at g = 0.
  return nn::mean(nn::rowSums(nn::square(g))) * T(lambda);
}

template <typename T>
Var<T> latentReconstruction(Var<T> z, Var<T> encoded, double weight) {
  // −H(G(Z)) ≤ E ‖z − E(x)‖² / (2σ²) + const for a Gaussian p(z|x) = N(E(x), σ²I): λ₂ = 1/(2σ²).
  return nn::mean(nn::rowSums(nn::square(z - encoded))) * T(weight);
}

template <typename T>
Var<T> discriminatorLoss(const LossConfig& config, const Critic<T>& critic, const CriticBatch<T>& batch) {
  // The energy GAN differentiates D w.r.t. the real points, so they enter as an input node there.
  const Var<T> real = config.kind == LossKind::Energy ? batch.real.tape->input(batch.real.value()) : batch.real;
  const Var<T> dReal = critic(real);
  const Var<T> dFake = critic(batch.fake);
  switch (config.kind) {
    case LossKind::Standard:
      // -log sigma(D(x_r)) - log(1 - sigma(D(x_f))) (§4.4), as softplus.
      return nn::mean(nn::softplus(-dReal)) + nn::mean(nn::softplus(dFake));
    case LossKind::Relativistic:
      // -log sigma(D(x_r) - D(x_f)) on paired rows (§4.4).
      return nn::mean(nn::softplus(dFake - dReal));
    case LossKind::Qp: {
      // mean(-Delta + Delta^2 / (2 lambda d)), Delta = D(x_r) - D(x_f) (§4.2).
      const Var<T> norm = qpNorm(batch.real, batch.fake, config.lambda, config.distance);
      return -nn::mean(qpObjective(dReal - dFake, norm));
    }
    case LossKind::WganGp:
      return nn::mean(dFake) - nn::mean(dReal) +
             gradientPenalty(critic, batch.real, batch.fake, batch.eps, config.lambda);
    case LossKind::Hinge:
      // E_p max(0, 1 + U) + E_q max(0, 1 - U) with U = -D (§4.1).
      return nn::mean(nn::relu(T(1) - dReal)) + nn::mean(nn::relu(dFake + T(1)));
    case LossKind::Energy:
      // E_p U - E_q U + lambda E_p ‖∇_x U‖² with U = -D (§4.9).
      return nn::mean(dFake) - nn::mean(dReal) + zeroCentredPenalty(real, dReal, config.lambda);
    case LossKind::Ebgan:
      // E_p U + E_q max(0, m - U) with U = softplus(-D) >= 0 (§4.9).
      return nn::mean(nn::softplus(-dReal)) + nn::mean(nn::relu(T(config.margin) - nn::softplus(-dFake)));
    case LossKind::Lsgan:
      // -E_p φ(t) - E_q ψ(t), φ = -(t + 1)², ψ = -(t - 1)² (less its constant), t = -D (§4.11).
      return nn::mean(nn::square(dReal - T(1))) + nn::mean(nn::square(dFake + T(1)));
    case LossKind::Fgan:
      // -(E_p T - E_q g(T)) with T = activation(D) (§4.10).
      return nn::mean(conjugateOfActivation(config.divergence, dFake)) -
             nn::mean(outputActivation(config.divergence, dReal));
  }
  return dReal;
}

template <typename T>
Var<T> generatorLoss(const LossConfig& config, Var<T> dReal, Var<T> dFake) {
  switch (config.kind) {
    case LossKind::Standard:
      return nn::mean(nn::softplus(-dFake));  // h(t) = -log sigma(t) (§4.4)
    case LossKind::Relativistic:
      return nn::mean(nn::softplus(dReal - dFake));  // -log sigma(D(x_f) - D(x_r)) (§4.4)
    case LossKind::Qp:
      return nn::mean(dReal - dFake);  // never the quadratic term (§4.2)
    case LossKind::WganGp:
    case LossKind::Hinge:
    case LossKind::Energy:
      return -nn::mean(dFake);  // = E[U(G(z))], "jump into the pits" (§4.1)
    case LossKind::Ebgan:
      return nn::mean(nn::softplus(-dFake));  // E[U(G(z))] with EBGAN's U = softplus(-D) (§4.9)
    case LossKind::Lsgan:
      return nn::mean(nn::square(dFake));  // β(t) = (t - (a + b)/2)² = D² (§4.11)
    case LossKind::Fgan:
      // -E_q T: f-GAN's non-saturating generator (Nowozin et al. 2016, their §3.2; docs/math.md §4.10).
      return -nn::mean(outputActivation(config.divergence, dFake));
  }
  return dFake;
}

#define KX_GAN_LOSSES(T)                                                                            \
  template Var<T> qpNorm<T>(Var<T>, Var<T>, double, QpDistance);                                    \
  template Var<T> qpObjective<T>(Var<T>, Var<T>);                                                   \
  template Var<T> gradientPenalty<T>(const Critic<T>&, Var<T>, Var<T>, const nn::Mat<T>&, double);  \
  template Var<T> zeroCentredPenalty<T>(Var<T>, Var<T>, double);                                    \
  template Var<T> latentReconstruction<T>(Var<T>, Var<T>, double);                                  \
  template Var<T> discriminatorLoss<T>(const LossConfig&, const Critic<T>&, const CriticBatch<T>&); \
  template Var<T> generatorLoss<T>(const LossConfig&, Var<T>, Var<T>);
KX_GAN_LOSSES(float)
KX_GAN_LOSSES(double)

}  // namespace kx::core::gan
