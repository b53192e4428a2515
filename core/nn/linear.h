#pragma once
// A fully connected layer y = x W + b on a batch x features input.
#include <random>
#include <string>

#include "core/nn/ops.h"

namespace kx::core::nn {

enum class Init {
  He,      ///< W ~ N(0, 2 / fan_in): keeps ReLU activations' variance (He et al. 2015)
  Glorot,  ///< W ~ U(-a, a), a = sqrt(6 / (fan_in + fan_out)) (Glorot & Bengio 2010)
};

template <typename T>
class Linear {
 public:
  /// W is in x out, b is 1 x out and starts at zero. Weights come from rng, so
  /// a seeded generator gives the same network every time.
  Linear(Eigen::Index in, Eigen::Index out, Init init, std::mt19937_64& rng, const std::string& name = "linear");

  Var<T> forward(Tape<T>& tape, Var<T> x);

  Eigen::Index inFeatures() const { return m_weight.value.rows(); }
  Eigen::Index outFeatures() const { return m_weight.value.cols(); }
  Parameter<T>& weight() { return m_weight; }
  Parameter<T>& bias() { return m_bias; }
  ParameterGroup<T> parameters() { return {&m_weight, &m_bias}; }

 private:
  Parameter<T> m_weight, m_bias;
};

extern template class Linear<float>;
extern template class Linear<double>;

}  // namespace kx::core::nn
