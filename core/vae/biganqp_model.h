#pragma once
// BiGAN-QP of essay 6214 (docs/math.md §5.8): an encoder E, a generator G and a
// critic T on pairs, real (x, E(x)) against fake (G(z), z), trained with
// GAN-QP's objective (§4.2) plus the two guide terms with stop-gradients,
// beta1 ||z - E(G_ng(z))||^2 and beta2 ||x - G(E_ng(x))||^2.
//
// MLPs at 28 x 28 and not the essay's conv nets: the VAE lab and W5 use
// MLPs, and E, G of the same widths as the VAE's make the two comparable:
// E 784 -> 512 ReLU -> d, G d -> 512 ReLU -> 784 through a sigmoid (pixels
// in (0, 1) like the data), T (784 + d) -> 512 ReLU -> 512 ReLU -> 1 on the
// concatenated pair. PyTorch's nn.Linear initialisation (vae_model.h).
#include <cstdint>

#include "core/gan/gan_losses.h"
#include "core/nn/mlp.h"
#include "core/vae/interpolation.h"

namespace kx::core::vae {

struct BiGanQpConfig {
  int input = 784;
  int width = 512;  ///< hidden width of E, G and T
  int latent = 32;  ///< dim z
  /// GAN-QP's lambda d (§4.2) with d = d(x_r, x_f) + d(z_r, z_f), each part a
  /// mean over its coordinates as core/gan measures it (the author's code).
  double lambda = 10;
  gan::QpDistance distance = gan::QpDistance::L1;
  /// Guide weights on mean squared errors over coordinates (the author's code:
  /// 2 and 3); the essay: keep them small, beta2 above all, or images blur.
  double beta1 = 2, beta2 = 3;
  std::uint64_t seed = 1;
};

/// The critic's pass on one real and one fake batch of pairs.
template <typename T>
struct BiGanQpCriticPass {
  nn::Var<T> loss;   ///< mean(-Delta + Delta^2 / (2 lambda d)), to minimise
  nn::Var<T> delta;  ///< n x 1: T(x, E(x)) - T(G(z), z)
  nn::Var<T> norm;   ///< n x 1: lambda d between the two pairs
};

/// The encoder's and generator's pass: GAN-QP's E[Delta] and the two guides.
template <typename T>
struct BiGanQpGeneratorPass {
  nn::Var<T> loss;         ///< adversarial + latentGuide + imageGuide, to minimise
  nn::Var<T> adversarial;  ///< mean(Delta), never the quadratic term (§4.2)
  nn::Var<T> latentGuide;  ///< beta1 mean (z - E(G_ng(z)))^2: reaches E only
  nn::Var<T> imageGuide;   ///< beta2 mean (x - G(E_ng(x)))^2: reaches G only
};

template <typename T>
class BiGanQpModel {
 public:
  explicit BiGanQpModel(const BiGanQpConfig& config);

  /// Real images x (n x input), noise z (n x latent). E and G are frozen on
  /// the tape: backward() reaches T's parameters only.
  BiGanQpCriticPass<T> criticPass(nn::Tape<T>& tape, const nn::Mat<T>& x, const nn::Mat<T>& z);
  /// T is frozen on the tape: backward() reaches E's and G's parameters only.
  BiGanQpGeneratorPass<T> generatorPass(nn::Tape<T>& tape, const nn::Mat<T>& x, const nn::Mat<T>& z);

  nn::Mat<T> encode(const nn::Mat<T>& x) const;  ///< E(x)
  nn::Mat<T> decode(const nn::Mat<T>& z) const;  ///< G(z), pixel values
  nn::Mat<T> reconstruct(const nn::Mat<T>& x) const { return decode(encode(x)); }

  const BiGanQpConfig& config() const { return m_config; }
  nn::ParameterGroup<T> encoderParameters() { return m_encoder.parameters(); }
  nn::ParameterGroup<T> generatorParameters() { return m_generator.parameters(); }
  nn::ParameterGroup<T> criticParameters() { return m_critic.parameters(); }

 private:
  BiGanQpModel& reading() const { return const_cast<BiGanQpModel&>(*this); }  // as VaeModel::reading
  nn::Var<T> generate(nn::Tape<T>& tape, nn::Var<T> z);
  nn::Var<T> score(nn::Tape<T>& tape, nn::Var<T> x, nn::Var<T> z);  // T(x, z)

  BiGanQpConfig m_config;
  nn::Mlp<T> m_encoder, m_generator, m_critic;
};

/// The essay's interpolation between two images (1 x input rows): E(a) and
/// E(b) mixed along `path` (interpolation.h), `steps` rows decoded by G.
nn::Mat<float> interpolateImages(const BiGanQpModel<float>& model, const nn::Mat<float>& a, const nn::Mat<float>& b,
                                 int steps, Path path);

extern template class BiGanQpModel<float>;
extern template class BiGanQpModel<double>;

}  // namespace kx::core::vae
