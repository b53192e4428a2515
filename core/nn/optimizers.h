#pragma once
// Optimisers that step a parameter group from its accumulated gradients. The
// learning rate, momentum and betas may be changed between steps.
#include <vector>

#include "core/nn/parameter.h"

namespace kx::core::nn {

/// SGD with (heavy-ball) momentum, PyTorch's form: v <- mu v + g; p <- p - lr v.
template <typename T>
class Sgd {
 public:
  Sgd(ParameterGroup<T> group, T learningRate, T momentum = T(0));

  void step();
  void zeroGrad() { nn::zeroGrad(m_group); }

  T learningRate() const { return m_lr; }
  void setLearningRate(T lr) { m_lr = lr; }
  void setMomentum(T momentum) { m_momentum = momentum; }

 private:
  ParameterGroup<T> m_group;
  std::vector<Mat<T>> m_velocity;
  T m_lr, m_momentum;
};

/// Adam (Kingma & Ba 2015) with bias correction:
///   m <- b1 m + (1 - b1) g,  v <- b2 v + (1 - b2) g^2,
///   p <- p - lr * (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps).
/// If the betas change mid-training, the correction uses the current betas
/// with the total step count t (as PyTorch does).
template <typename T>
class Adam {
 public:
  Adam(ParameterGroup<T> group, T learningRate = T(1e-3), T beta1 = T(0.9), T beta2 = T(0.999), T eps = T(1e-8));

  void step();
  void zeroGrad() { nn::zeroGrad(m_group); }

  T learningRate() const { return m_lr; }
  void setLearningRate(T lr) { m_lr = lr; }
  void setBetas(T beta1, T beta2) {
    m_beta1 = beta1;
    m_beta2 = beta2;
  }
  long steps() const { return m_steps; }

 private:
  ParameterGroup<T> m_group;
  std::vector<Mat<T>> m_m, m_v;
  T m_lr, m_beta1, m_beta2, m_eps;
  long m_steps = 0;
};

extern template class Sgd<float>;
extern template class Sgd<double>;
extern template class Adam<float>;
extern template class Adam<double>;

}  // namespace kx::core::nn
