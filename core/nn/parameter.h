#pragma once
// A trainable matrix and its accumulated gradient, shared by layers, tapes,
// optimisers and the weight files.
#include <Eigen/Core>
#include <string>
#include <vector>

namespace kx::core::nn {

/// Column-major batch x features matrix (Eigen's default layout).
template <typename T>
using Mat = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;

template <typename T>
struct Parameter {
  Parameter() = default;
  Parameter(std::string name, Mat<T> initial)
      : name(std::move(name)), value(std::move(initial)), grad(Mat<T>::Zero(value.rows(), value.cols())) {}

  std::string name;
  Mat<T> value;
  Mat<T> grad;  ///< Tape::backward adds into it; optimisers read it; zeroGrad clears it

  void zeroGrad() { grad.setZero(value.rows(), value.cols()); }
};

/// The parameters one optimiser steps (e.g. a GAN's generator or its discriminator).
template <typename T>
using ParameterGroup = std::vector<Parameter<T>*>;

template <typename T>
void zeroGrad(const ParameterGroup<T>& group) {
  for (auto* p : group) p->zeroGrad();
}

}  // namespace kx::core::nn
