#pragma once
// The unconditional flow F of the f-VAE (docs/math.md §5.7), Glow/RealNVP
// style on flat vectors: K steps of actnorm -> affine coupling -> a fixed
// permutation. Each layer maps y to z with the exact log|det dz/dy| of every
// row, and has its inverse; both directions are ops on the tape, so F trains
// with the model and F^-1 decodes.
#include <cstdint>
#include <string>
#include <vector>

#include "core/nn/mlp.h"

namespace kx::core::vae {

template <typename T>
struct FlowOutput {
  nn::Var<T> z;
  nn::Var<T> logDet;  ///< n x 1: log|det dz/dy| of each row
};

/// z = y ⊙ e^s + b with s, b trainable 1 x D rows; log|det| = Σ s. Starts as
/// the identity (s = b = 0): Glow's actnorm without its data-dependent
/// initialisation (see docs/math.md §5.7).
template <typename T>
class ActNorm {
 public:
  ActNorm(Eigen::Index dim, const std::string& name);
  FlowOutput<T> forward(nn::Tape<T>& tape, nn::Var<T> y);
  nn::Var<T> inverse(nn::Tape<T>& tape, nn::Var<T> z);
  nn::Parameter<T>& logScale() { return m_logScale; }
  nn::Parameter<T>& bias() { return m_bias; }
  nn::ParameterGroup<T> parameters() { return {&m_logScale, &m_bias}; }

 private:
  nn::Parameter<T> m_logScale, m_bias;
};

/// RealNVP's affine coupling: y = (a, b) with a the first floor(D/2)
/// columns; (h_s, t) = net(a), s = tanh(h_s), z = (a, b ⊙ e^s + t);
/// log|det| = Σ s. net is width ReLU wide with PyTorch's initialisation,
/// its last layer zero (Glow): the coupling starts as the identity. tanh
/// bounds each log-scale to (-1, 1), so one step cannot blow up.
template <typename T>
class AffineCoupling {
 public:
  AffineCoupling(Eigen::Index dim, Eigen::Index width, std::uint64_t seed, std::uint64_t stream,
                 const std::string& name);
  FlowOutput<T> forward(nn::Tape<T>& tape, nn::Var<T> y);
  nn::Var<T> inverse(nn::Tape<T>& tape, nn::Var<T> z);
  nn::Mlp<T>& net() { return m_net; }

 private:
  struct ScaleShift {
    nn::Var<T> s, t;
  };
  ScaleShift scaleShift(nn::Tape<T>& tape, nn::Var<T> a);

  Eigen::Index m_dim, m_half;
  nn::Mlp<T> m_net;
};

/// Column j of z is column order[j] of y: a fixed random permutation (Glow's
/// "shuffle"), so the next coupling conditions on other coordinates;
/// log|det| = 0.
template <typename T>
class Permutation {
 public:
  Permutation(Eigen::Index dim, std::uint64_t key);
  FlowOutput<T> forward(nn::Tape<T>& tape, nn::Var<T> y);
  nn::Var<T> inverse(nn::Tape<T>& tape, nn::Var<T> z);
  const std::vector<Eigen::Index>& order() const { return m_order; }

 private:
  std::vector<Eigen::Index> m_order, m_inverse;
};

/// F = its steps in order; log|det dF/dy| is the sum of the layers'.
template <typename T>
class Flow {
 public:
  Flow(Eigen::Index dim, int steps, Eigen::Index width, std::uint64_t seed);
  FlowOutput<T> forward(nn::Tape<T>& tape, nn::Var<T> y);
  nn::Var<T> inverse(nn::Tape<T>& tape, nn::Var<T> z);

  int steps() const { return int(m_actNorms.size()); }
  ActNorm<T>& actNorm(int k) { return m_actNorms[std::size_t(k)]; }
  AffineCoupling<T>& coupling(int k) { return m_couplings[std::size_t(k)]; }
  nn::ParameterGroup<T> parameters();

 private:
  std::vector<ActNorm<T>> m_actNorms;
  std::vector<AffineCoupling<T>> m_couplings;
  std::vector<Permutation<T>> m_permutations;
};

extern template class ActNorm<float>;
extern template class ActNorm<double>;
extern template class AffineCoupling<float>;
extern template class AffineCoupling<double>;
extern template class Permutation<float>;
extern template class Permutation<double>;
extern template class Flow<float>;
extern template class Flow<double>;

}  // namespace kx::core::vae
