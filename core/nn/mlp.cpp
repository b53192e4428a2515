#include "core/nn/mlp.h"

#include <stdexcept>
#include <string>

namespace kx::core::nn {

template <typename T>
Var<T> activate(Var<T> x, Activation activation, T slope) {
  switch (activation) {
    case Activation::Relu:
      return relu(x);
    case Activation::LeakyRelu:
      return leakyRelu(x, slope);
    case Activation::Tanh:
      return tanh(x);
    case Activation::Sigmoid:
      return sigmoid(x);
    case Activation::Softplus:
      return softplus(x);
  }
  throw std::invalid_argument("nn: unknown activation");
}

template <typename T>
Mlp<T>::Mlp(const std::vector<Eigen::Index>& widths, Activation activation, std::mt19937_64& rng,
            const std::string& name, T leakySlope)
    : m_activation(activation), m_slope(leakySlope) {
  if (widths.size() < 2) throw std::invalid_argument("nn::Mlp needs at least an input and an output width");
  const bool reluLike = activation == Activation::Relu || activation == Activation::LeakyRelu;
  m_layers.reserve(widths.size() - 1);
  for (std::size_t k = 0; k + 1 < widths.size(); ++k)
    m_layers.emplace_back(widths[k], widths[k + 1], reluLike ? Init::He : Init::Glorot, rng,
                          name + "." + std::to_string(k));
}

template <typename T>
Var<T> Mlp<T>::forward(Tape<T>& tape, Var<T> x) {
  for (std::size_t k = 0; k < m_layers.size(); ++k) {
    x = m_layers[k].forward(tape, x);
    if (k + 1 < m_layers.size()) x = activate(x, m_activation, m_slope);
  }
  return x;
}

template <typename T>
ParameterGroup<T> Mlp<T>::parameters() {
  ParameterGroup<T> all;
  for (auto& layer : m_layers)
    for (auto* p : layer.parameters()) all.push_back(p);
  return all;
}

template Var<float> activate(Var<float>, Activation, float);
template Var<double> activate(Var<double>, Activation, double);
template class Mlp<float>;
template class Mlp<double>;

}  // namespace kx::core::nn
