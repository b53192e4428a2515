#pragma once
// A rows x cols matrix of values uniform in [lo, hi), a pure function of the
// seed: the inputs of the f-VAE's and BiGAN-QP's tests, in float or double.
#include <cstdint>
#include <random>

#include "core/nn/parameter.h"

namespace kx::testing {

template <typename T>
core::nn::Mat<T> uniformMatrix(int rows, int cols, std::uint64_t seed, double lo, double hi) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(lo, hi);
  core::nn::Mat<T> m(rows, cols);
  for (Eigen::Index k = 0; k < m.size(); ++k) m.data()[k] = T(u(rng));
  return m;
}

}  // namespace kx::testing
