#pragma once
// Eigen's matrix product for each instruction-set path (core/util/cpu_isa.h):
// gemm_kernel.cpp is compiled once per path, each with its own copy of
// Eigen's GEMM for that width (AVX-512, AVX2 + FMA, SSE4.2).
#include <cstdint>

#include "core/util/cpu_isa.h"

namespace kx::core::nn {

/// A column-major matrix the kernel reads: `rows` x `cols`, leading dimension `rows`.
template <typename T>
struct DenseView {
  const T* data = nullptr;
  std::int64_t rows = 0, cols = 0;
};

/// out[:, c0 : c0 + width] = op(a) op(b)[:, c0 : c0 + width], op the transpose
/// where `ta` / `tb`; `out` is column-major with `outRows` rows.
template <Isa, typename T>
void productColumnsOn(DenseView<T> a, bool ta, DenseView<T> b, bool tb, T* out, std::int64_t outRows, std::int64_t c0,
                      std::int64_t width);

#define KX_DECLARE_PRODUCT(isa, T) \
  template <>                      \
  void productColumnsOn<isa, T>(DenseView<T>, bool, DenseView<T>, bool, T*, std::int64_t, std::int64_t, std::int64_t);
KX_FOR_EACH_ISA(KX_DECLARE_PRODUCT, float)
KX_FOR_EACH_ISA(KX_DECLARE_PRODUCT, double)
#undef KX_DECLARE_PRODUCT

/// productColumnsOn<activeIsa()>.
template <typename T>
void productColumns(DenseView<T> a, bool ta, DenseView<T> b, bool tb, T* out, std::int64_t outRows, std::int64_t c0,
                    std::int64_t width) {
  onActiveIsa([&](auto isa) { productColumnsOn<isa(), T>(a, ta, b, tb, out, outRows, c0, width); });
}

}  // namespace kx::core::nn
