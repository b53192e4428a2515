#pragma once
// A multilayer perceptron built from a list of widths: Linear layers with an
// activation between them and none after the last (outputs are logits or
// unconstrained values; the loss decides what they mean).
#include <vector>

#include "core/nn/linear.h"

namespace kx::core::nn {

enum class Activation { Relu, LeakyRelu, Tanh, Sigmoid, Softplus };

/// The activation applied to a value; slope is used by LeakyRelu only.
template <typename T>
Var<T> activate(Var<T> x, Activation activation, T slope = T(0.2));

template <typename T>
class Mlp {
 public:
  /// widths = {in, hidden..., out}, at least two entries. ReLU-like activations
  /// get He initialisation, tanh/sigmoid/softplus Glorot.
  Mlp(const std::vector<Eigen::Index>& widths, Activation activation, std::mt19937_64& rng,
      const std::string& name = "mlp", T leakySlope = T(0.2));

  Var<T> forward(Tape<T>& tape, Var<T> x);

  std::vector<Linear<T>>& layers() { return m_layers; }
  Activation activation() const { return m_activation; }
  /// Every weight and bias, layer by layer.
  ParameterGroup<T> parameters();

 private:
  std::vector<Linear<T>> m_layers;
  Activation m_activation;
  T m_slope;
};

extern template class Mlp<float>;
extern template class Mlp<double>;

}  // namespace kx::core::nn
