#include "core/nn/batch_norm.h"

#include <stdexcept>

namespace kx::core::nn {

template <typename T>
BatchNorm<T>::BatchNorm(Eigen::Index features, bool affine, T momentum, T eps, const std::string& name)
    : m_affine(affine),
      m_momentum(momentum),
      m_eps(eps),
      m_gamma(name + ".gamma", Mat<T>::Ones(1, features)),
      m_beta(name + ".beta", Mat<T>::Zero(1, features)),
      m_runningMean(name + ".running_mean", Mat<T>::Zero(1, features)),
      m_runningVar(name + ".running_var", Mat<T>::Ones(1, features)) {}

template <typename T>
Var<T> BatchNorm<T>::forward(Tape<T>& tape, Var<T> x, bool training) {
  if (x.cols() != m_gamma.value.cols()) throw std::invalid_argument("nn::BatchNorm: wrong number of features");
  Var<T> y;
  if (training) {
    const Eigen::Index n = x.rows();
    if (n < 2) throw std::invalid_argument("nn::BatchNorm: training needs a batch of at least 2");
    const Var<T> mu = colMeans(x);
    const Var<T> centred = x - mu;
    const Var<T> var = colMeans(square(centred));
    y = centred / sqrt(var + m_eps);
    const T unbiased = static_cast<T>(n) / static_cast<T>(n - 1);
    m_runningMean.value = (T(1) - m_momentum) * m_runningMean.value + m_momentum * mu.value();
    m_runningVar.value = (T(1) - m_momentum) * m_runningVar.value + (m_momentum * unbiased) * var.value();
  } else {
    const Mat<T> invStd = (m_runningVar.value.array() + m_eps).rsqrt().matrix();
    y = (x - tape.constant(m_runningMean.value)) * tape.constant(invStd);
  }
  if (m_affine) y = y * tape.param(m_gamma) + tape.param(m_beta);
  return y;
}

template <typename T>
ParameterGroup<T> BatchNorm<T>::parameters() {
  if (!m_affine) return {};
  return {&m_gamma, &m_beta};
}

template <typename T>
ParameterGroup<T> BatchNorm<T>::state() {
  ParameterGroup<T> all = parameters();
  all.push_back(&m_runningMean);
  all.push_back(&m_runningVar);
  return all;
}

template class BatchNorm<float>;
template class BatchNorm<double>;

}  // namespace kx::core::nn
