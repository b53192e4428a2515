// The product of ops_matmul.cpp, compiled once per instruction-set path
// (kx_isa_kernels). Eigen is a header library: every function of its GEMM
// this file instantiates would otherwise be an inline symbol shared with the
// portable objects, and the linker could keep the AVX-512 copy for them.
// Renaming Eigen's namespace per path (kx_eigen_avx2, ...) gives each path
// its own symbols; tests/build/isa_objects_test.cmake checks that nothing
// else is shared. This file must include Eigen before anything else does.
#define KX_CONCAT_(a, b) a##b
#define KX_CONCAT(a, b) KX_CONCAT_(a, b)
#define Eigen KX_CONCAT(kx_eigen_, KX_ISA_SUFFIX)
#include "core/nn/gemm_kernel.h"

#include <Eigen/Core>

namespace kx::core::nn {
namespace {

template <typename T>
using ColMajor = Eigen::Map<const Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>>;

template <typename T>
void product(DenseView<T> av, bool ta, DenseView<T> bv, bool tb, T* outData, std::int64_t outRows, std::int64_t c0,
             std::int64_t w) {
  const ColMajor<T> a(av.data, av.rows, av.cols), b(bv.data, bv.rows, bv.cols);
  Eigen::Map<Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>> o(outData + c0 * outRows, outRows, w);
  if (!ta && !tb)
    o.noalias() = a * b.middleCols(c0, w);
  else if (ta && !tb)
    o.noalias() = a.transpose() * b.middleCols(c0, w);
  else if (!ta && tb)
    o.noalias() = a * b.middleRows(c0, w).transpose();
  else
    o.noalias() = a.transpose() * b.middleRows(c0, w).transpose();
}

}  // namespace

template <>
void productColumnsOn<KX_ISA, float>(DenseView<float> a, bool ta, DenseView<float> b, bool tb, float* out,
                                     std::int64_t outRows, std::int64_t c0, std::int64_t width) {
  product<float>(a, ta, b, tb, out, outRows, c0, width);
}

template <>
void productColumnsOn<KX_ISA, double>(DenseView<double> a, bool ta, DenseView<double> b, bool tb, double* out,
                                      std::int64_t outRows, std::int64_t c0, std::int64_t width) {
  product<double>(a, ta, b, tb, out, outRows, c0, width);
}

}  // namespace kx::core::nn
