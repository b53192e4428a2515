#pragma once
// Finite-difference check of parameter gradients (what Tape::backward adds
// into Parameter::grad). Same step and tolerance argument as gradient_check.h:
// h = 1e-5 central differences in double are good to ~1e-9 here, we ask 1e-6.
#include <gtest/gtest.h>

#include <functional>

#include "core/nn/parameter.h"

namespace kx::core::nn::testing {

/// loss() builds a fresh tape, returns the loss value, and (if backward) runs
/// backward into the group's grads.
inline void expectParameterGradients(const ParameterGroup<double>& group,
                                     const std::function<double(bool backward)>& loss) {
  zeroGrad(group);
  loss(true);
  std::vector<Mat<double>> analytic;
  for (auto* p : group) analytic.push_back(p->grad);
  const double h = 1e-5;
  for (std::size_t k = 0; k < group.size(); ++k) {
    Mat<double>& v = group[k]->value;
    for (Eigen::Index i = 0; i < v.size(); ++i) {
      const double saved = v.data()[i];
      v.data()[i] = saved + h;
      const double plus = loss(false);
      v.data()[i] = saved - h;
      const double minus = loss(false);
      v.data()[i] = saved;
      const double numeric = (plus - minus) / (2 * h);
      const double a = analytic[k].data()[i];
      EXPECT_NEAR(a, numeric, 1e-6 * std::max({1.0, std::abs(a), std::abs(numeric)}))
          << group[k]->name << " entry " << i;
    }
  }
}

}  // namespace kx::core::nn::testing
