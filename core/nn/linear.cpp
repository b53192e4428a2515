#include "core/nn/linear.h"

#include <cmath>

namespace kx::core::nn {
namespace {

template <typename T>
Mat<T> initialWeights(Eigen::Index in, Eigen::Index out, Init init, std::mt19937_64& rng) {
  Mat<T> w(in, out);
  // Drawn in double and in a fixed (column-major) order, so float and double
  // networks from the same seed start from the same numbers.
  if (init == Init::He) {
    std::normal_distribution<double> normal(0.0, std::sqrt(2.0 / static_cast<double>(in)));
    for (Eigen::Index k = 0; k < w.size(); ++k) w.data()[k] = static_cast<T>(normal(rng));
  } else {
    const double a = std::sqrt(6.0 / static_cast<double>(in + out));
    std::uniform_real_distribution<double> uniform(-a, a);
    for (Eigen::Index k = 0; k < w.size(); ++k) w.data()[k] = static_cast<T>(uniform(rng));
  }
  return w;
}

}  // namespace

template <typename T>
Linear<T>::Linear(Eigen::Index in, Eigen::Index out, Init init, std::mt19937_64& rng, const std::string& name)
    : m_weight(name + ".weight", initialWeights<T>(in, out, init, rng)), m_bias(name + ".bias", Mat<T>::Zero(1, out)) {}

template <typename T>
Var<T> Linear<T>::forward(Tape<T>& tape, Var<T> x) {
  return matmul(x, tape.param(m_weight)) + tape.param(m_bias);
}

template class Linear<float>;
template class Linear<double>;

}  // namespace kx::core::nn
