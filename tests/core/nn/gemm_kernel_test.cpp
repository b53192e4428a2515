// The matrix product of each instruction-set path (core/nn/gemm_kernel.h,
// issue 23) against a plain double loop, and training on each path.
#include "core/nn/gemm_kernel.h"

#include <gtest/gtest.h>

#include <Eigen/Core>
#include <cmath>
#include <random>

namespace kx::core::nn {
namespace {

template <typename T>
using Dense = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;

template <typename T>
void checkEveryPath(double relativeTolerance) {
  // Sizes that are no multiple of any vector width or GEMM panel.
  std::mt19937_64 rng(7);
  std::normal_distribution<double> normal;
  const Eigen::Index rows = 37, inner = 53, cols = 131;
  for (bool ta : {false, true}) {
    for (bool tb : {false, true}) {
      Dense<double> a(ta ? inner : rows, ta ? rows : inner), b(tb ? cols : inner, tb ? inner : cols);
      for (Eigen::Index k = 0; k < a.size(); ++k) a.data()[k] = normal(rng);
      for (Eigen::Index k = 0; k < b.size(); ++k) b.data()[k] = normal(rng);
      const Dense<T> af = a.cast<T>(), bf = b.cast<T>();
      const Dense<double> opA =
          ta ? Dense<double>(af.template cast<double>().transpose()) : Dense<double>(af.template cast<double>());
      const Dense<double> opB =
          tb ? Dense<double>(bf.template cast<double>().transpose()) : Dense<double>(bf.template cast<double>());
      for (Isa isa : supportedIsas()) {
        const ScopedIsa path(isa);
        Dense<T> out = Dense<T>::Zero(rows, cols);
        // Column blocks of 64, as ops_matmul.cpp calls it: the last one is 3 wide.
        for (Eigen::Index c0 = 0; c0 < cols; c0 += 64)
          productColumns<T>({af.data(), af.rows(), af.cols()}, ta, {bf.data(), bf.rows(), bf.cols()}, tb, out.data(),
                            rows, c0, std::min<Eigen::Index>(64, cols - c0));
        for (Eigen::Index i = 0; i < rows; ++i)
          for (Eigen::Index j = 0; j < cols; ++j) {
            double exact = 0, magnitude = 0;
            for (Eigen::Index k = 0; k < inner; ++k) {
              exact += opA(i, k) * opB(k, j);
              magnitude += std::abs(opA(i, k) * opB(k, j));
            }
            ASSERT_NEAR(double(out(i, j)), exact, relativeTolerance * magnitude)
                << isaName(isa) << " ta=" << ta << " tb=" << tb << " at " << i << "," << j;
          }
      }
    }
  }
}

// A sum of 53 products rounds each step by at most eps: |error| <= 53 eps sum|a b|
// (float eps 6e-8: 3.2e-6; double 1.1e-16: 5.9e-15), whatever the order or FMA.
TEST(GemmKernel, EveryIsaPathMatchesAPlainLoopInFloat) { checkEveryPath<float>(3.2e-6); }
TEST(GemmKernel, EveryIsaPathMatchesAPlainLoopInDouble) { checkEveryPath<double>(5.9e-15); }

}  // namespace
}  // namespace kx::core::nn
