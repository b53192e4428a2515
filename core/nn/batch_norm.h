#pragma once
// Batch normalisation over the batch (rows) of each feature (column), with or
// without the affine scale/shift, in training mode (batch statistics, which
// also update the running statistics) or inference mode (running statistics).
// Used e.g. by the VAE+BN recipe (docs/math.md §5.2, §6.1).
#include "core/nn/ops.h"

namespace kx::core::nn {

template <typename T>
class BatchNorm {
 public:
  /// momentum: running = (1 - momentum) running + momentum * batch (PyTorch's convention).
  explicit BatchNorm(Eigen::Index features, bool affine = true, T momentum = T(0.1), T eps = T(1e-5),
                     const std::string& name = "bn");

  /// Training: y = (x - mean_B) / sqrt(var_B + eps) with the biased batch
  /// variance; the running variance is fed the unbiased one, n / (n - 1) var_B.
  /// Inference: the same with the running mean and variance.
  /// Affine: then gamma * y + beta.
  Var<T> forward(Tape<T>& tape, Var<T> x, bool training);

  bool affine() const { return m_affine; }
  T momentum() const { return m_momentum; }
  void setMomentum(T momentum) { m_momentum = momentum; }

  /// What an optimiser steps: gamma and beta when affine, else nothing.
  ParameterGroup<T> parameters();
  /// Everything a weight file holds: parameters, then the running mean and variance.
  ParameterGroup<T> state();

  Parameter<T>& gamma() { return m_gamma; }
  Parameter<T>& beta() { return m_beta; }
  const Mat<T>& runningMean() const { return m_runningMean.value; }
  const Mat<T>& runningVar() const { return m_runningVar.value; }

 private:
  bool m_affine;
  T m_momentum;
  T m_eps;
  Parameter<T> m_gamma, m_beta;
  Parameter<T> m_runningMean, m_runningVar;  // not trained; Parameters so weight files carry them
};

extern template class BatchNorm<float>;
extern template class BatchNorm<double>;

}  // namespace kx::core::nn
