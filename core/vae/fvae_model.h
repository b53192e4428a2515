#pragma once
// The f-VAE of essay 5977 (docs/math.md §5.7): the posterior is a conditional
// flow, z = F(sigma1 u + E(x)) with u ~ N(0, I), and the decoder
// q(x|z) = N(x; G(F^-1(z)), sigma2^2 I), with dim z = dim x. E and G are the
// VAE's MLPs (input -> width ReLU -> input, PyTorch's initialisation), G's
// output through a sigmoid (pixel means in (0, 1)); F is the flow of flow.h;
// sigma1 and sigma2 are trainable scalars (trained as their logarithms).
//
// MLPs and not the essay's conv nets: at 28 x 28 the VAE lab and W5 use
// MLPs, and keeping E and G the same as the VAE's makes the two comparable.
#include <cstdint>

#include "core/vae/flow.h"
#include "core/vae/interpolation.h"

namespace kx::core::vae {

struct FVaeConfig {
  int input = 784;
  int width = 512;      ///< hidden width of E and G
  int flowSteps = 4;    ///< actnorm + coupling + permutation steps of F
  int flowWidth = 512;  ///< hidden width of each coupling's network
  double sigma1 = 0.1;  ///< initial sd of the noise added to E(x)
  double sigma2 = 0.1;  ///< initial decoder sd (the VAE's Gaussian decoder default)
  std::uint64_t seed = 1;
};

template <typename T>
struct FVaePass {
  nn::Var<T> loss;   ///< mean over the batch of recon + kl: the negative ELBO, nats per image
  nn::Var<T> recon;  ///< n x 1: -log q(x|z) = ||x - G(y)||^2 / (2 sigma2^2) + D log sigma2 + D/2 log 2 pi
  nn::Var<T> kl;     ///< n x 1: the one-sample KL(p(z|x) || N(0, I)) of nn::flowKl
  nn::Var<T> z;      ///< n x D: the codes F(sigma1 u + E(x))
};

template <typename T>
class FVaeModel {
 public:
  explicit FVaeModel(const FVaeConfig& config);

  /// One pass with the given standard normals u (n x input).
  FVaePass<T> forward(nn::Tape<T>& tape, const nn::Mat<T>& x, const nn::Mat<T>& u);
  /// The same pass without touching the model (the tape refers to its parameters: never call backward() on it).
  FVaePass<T> forward(nn::Tape<T>& tape, const nn::Mat<T>& x, const nn::Mat<T>& u) const;

  /// The essay's full encoder z = F(E(x)) (the posterior at u = 0).
  nn::Mat<T> encode(const nn::Mat<T>& x) const;
  /// Pixel means G(F^-1(z)).
  nn::Mat<T> decode(const nn::Mat<T>& z) const;
  /// n samples at temperature t: z ~ N(0, t^2 I) from the counter stream key, then decode(z).
  nn::Mat<T> sample(double temperature, int n, std::uint64_t key) const;

  double sigma1() const;
  double sigma2() const;
  const FVaeConfig& config() const { return m_config; }
  Flow<T>& flow() { return m_flow; }
  nn::ParameterGroup<T> parameters();  ///< what Adam steps

 private:
  FVaeModel& reading() const { return const_cast<FVaeModel&>(*this); }  // as VaeModel::reading

  FVaeConfig m_config;
  nn::Mlp<T> m_encoder, m_decoder;
  Flow<T> m_flow;
  nn::Parameter<T> m_logSigma1, m_logSigma2;
};

/// The essay's interpolation between two images (1 x input rows): their codes
/// z = F(E(x)) mixed along `path` (interpolation.h), `steps` rows decoded by G(F^-1(z)).
nn::Mat<float> interpolateImages(const FVaeModel<float>& model, const nn::Mat<float>& a, const nn::Mat<float>& b,
                                 int steps, Path path);

extern template class FVaeModel<float>;
extern template class FVaeModel<double>;

}  // namespace kx::core::vae
