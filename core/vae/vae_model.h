#pragma once
// The VAE of the lab and of bench W5 (docs/math.md §5.1): an MLP encoder
// input -> width ReLU -> (mu, log sigma^2), an MLP decoder latent -> width
// ReLU -> input logits, and optionally the VAE+BN recipe of §5.2 (BN without
// affine on both branches, gamma_mu^2 = tau + (1 - tau) sigmoid(theta),
// gamma_sigma^2 = (1 - tau) sigmoid(-theta), theta trainable per dimension).
//
// Every random number (initial weights, noise) comes from the counter-based
// generator of core/util/counter_rng.h, so a model and its training depend
// only on the seed: not on the standard library, nor on the thread count.
#include <cstdint>
#include <random>

#include "core/nn/batch_norm.h"
#include "core/nn/mlp.h"

namespace kx::core::vae {

enum class Decoder { Bernoulli, Gaussian };

struct VaeConfig {
  int input = 784;
  int width = 512;
  int latent = 16;
  Decoder decoder = Decoder::Bernoulli;
  double gaussSigma = 0.1;  ///< the fixed decoder sd of the Gaussian decoder
  double klWeight = 1.0;
  bool batchNorm = false;  ///< the VAE+BN recipe (§5.2)
  double tau = 0.5;
  std::uint64_t seed = 1;
};

/// gamma_mu^2 and gamma_sigma^2 of §5.2 for one theta (they sum to 1).
double gammaMuSquared(double tau, double theta);
double gammaSigmaSquared(double tau, double theta);

/// KL(N(mu, sigma^2) || N(0, 1)) per entry: (mu^2 + sigma^2 - log sigma^2 - 1) / 2 (§5.1).
nn::Mat<float> klPerEntry(const nn::Mat<float>& mu, const nn::Mat<float>& var);

/// rows x cols standard normals (Box–Muller on SplitMix64 words), a pure
/// function of (key, rows, cols): entry k (column-major) comes from word k / 2.
nn::Mat<float> standardNormals(std::uint64_t key, Eigen::Index rows, Eigen::Index cols);

/// PyTorch's default nn.Linear initialisation, W and b ~ U(-1/sqrt(fan_in),
/// 1/sqrt(fan_in)), drawn (in float, whatever T) from the counter-based
/// stream `key`: what the models use (see VaeModel; the f-VAE's networks,
/// fvae_model.h), exposed so tests can check it.
template <typename T>
void initUniformFanIn(nn::Mlp<T>& mlp, std::uint64_t key);
/// An MLP of these widths with ReLU between its layers, initialised by
/// initUniformFanIn from the stream blockKey(seed, stream).
template <typename T>
nn::Mlp<T> uniformFanInMlp(const std::vector<Eigen::Index>& widths, const std::string& name, std::uint64_t seed,
                           std::uint64_t stream);

struct VaePass {
  nn::Var<float> loss;     ///< mean over the batch of recon + klWeight * KL (minus the ELBO when klWeight = 1)
  nn::Var<float> recon;    ///< n x 1: -log q(x|z)
  nn::Var<float> kl;       ///< n x d: KL of each latent dimension
  nn::Var<float> mu, var;  ///< n x d posterior means and variances
};

class VaeModel {
 public:
  /// Weights initialised as PyTorch's nn.Linear does (initUniformFanIn): the
  /// random biases matter for a small latent, see the .cpp.
  explicit VaeModel(const VaeConfig& config);

  /// One pass with the given standard-normal noise (n x latent) for z = mu + sigma eps.
  /// training: batch statistics in BN (and their running averages updated).
  VaePass forward(nn::Tape<float>& tape, const nn::Mat<float>& x, const nn::Mat<float>& noise, bool training);
  /// The same pass in inference mode (BN running statistics); changes nothing.
  /// The tape refers to the model's parameters: never call backward() on it.
  VaePass forward(nn::Tape<float>& tape, const nn::Mat<float>& x, const nn::Mat<float>& noise) const;

  /// Decoder means (pixel probabilities for Bernoulli) of latent codes, n x input.
  nn::Mat<float> decode(const nn::Mat<float>& z) const;
  /// Posterior means E[z|x] (inference mode), n x latent.
  nn::Mat<float> encodeMean(const nn::Mat<float>& x) const;

  const VaeConfig& config() const { return m_config; }
  nn::ParameterGroup<float> parameters();  ///< what Adam steps
  nn::ParameterGroup<float> state();       ///< parameters plus BN running statistics (weights files)
  const nn::Parameter<float>& theta() const { return m_theta; }

 private:
  /// nn layers have no const forward (the tape may accumulate gradients into
  /// them); the const queries above only read, so they go through this.
  VaeModel& reading() const { return const_cast<VaeModel&>(*this); }
  VaePass pass(nn::Tape<float>& tape, const nn::Mat<float>& x, const nn::Mat<float>* noise, bool training);

  VaeConfig m_config;
  nn::Mlp<float> m_encoder, m_decoder;
  nn::BatchNorm<float> m_bnMu, m_bnSigma;
  nn::Parameter<float> m_theta;
};

}  // namespace kx::core::vae
