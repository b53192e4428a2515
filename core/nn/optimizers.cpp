#include "core/nn/optimizers.h"

#include <cmath>

#include "core/nn/adam_kernel.h"
#include "core/util/threads.h"

namespace kx::core::nn {

template <typename T>
Sgd<T>::Sgd(ParameterGroup<T> group, T learningRate, T momentum)
    : m_group(std::move(group)), m_lr(learningRate), m_momentum(momentum) {
  for (auto* p : m_group) m_velocity.push_back(Mat<T>::Zero(p->value.rows(), p->value.cols()));
}

template <typename T>
void Sgd<T>::step() {
  for (std::size_t k = 0; k < m_group.size(); ++k) {
    Parameter<T>& p = *m_group[k];
    m_velocity[k] = m_momentum * m_velocity[k] + p.grad;
    p.value -= m_lr * m_velocity[k];
  }
}

template <typename T>
Adam<T>::Adam(ParameterGroup<T> group, T learningRate, T beta1, T beta2, T eps)
    : m_group(std::move(group)), m_lr(learningRate), m_beta1(beta1), m_beta2(beta2), m_eps(eps) {
  for (auto* p : m_group) {
    m_m.push_back(Mat<T>::Zero(p->value.rows(), p->value.cols()));
    m_v.push_back(Mat<T>::Zero(p->value.rows(), p->value.cols()));
  }
}

template <typename T>
void Adam<T>::step() {
  ++m_steps;
  const T correction1 = T(1) - static_cast<T>(std::pow(m_beta1, static_cast<T>(m_steps)));
  const T correction2 = T(1) - static_cast<T>(std::pow(m_beta2, static_cast<T>(m_steps)));
  const T stepSize = m_lr / correction1;
  const T rootCorrection2 = std::sqrt(correction2);
  // One chunk per parameter: coefficientwise, so the split changes no result.
  // lr m/c1 / (sqrt(v/c2) + eps) = (lr/c1) m / (sqrt(v)/sqrt(c2) + eps), one pass.
  const AdamStep<T> coefficients{m_beta1, m_beta2, stepSize, rootCorrection2, m_eps};
  parallelChunks(m_group.size(), [&](std::size_t k) {
    Parameter<T>& p = *m_group[k];
    onActiveIsa([&](auto isa) {
      adamUpdateOn<isa(), T>(coefficients, p.grad.data(), m_m[k].data(), m_v[k].data(), p.value.data(),
                             p.value.size());
    });
  });
}

template class Sgd<float>;
template class Sgd<double>;
template class Adam<float>;
template class Adam<double>;

}  // namespace kx::core::nn
