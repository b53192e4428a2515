// Coefficientwise transcendental functions, compiled once per instruction-set
// path (kx_isa_kernels) with Eigen's namespace renamed per path, as in
// gemm_kernel.cpp (which says why). Eigen must be included first.
#define KX_CONCAT_(a, b) a##b
#define KX_CONCAT(a, b) KX_CONCAT_(a, b)
#define Eigen KX_CONCAT(kx_eigen_, KX_ISA_SUFFIX)
#include <Eigen/Core>

#include "core/nn/transcendental_kernel.h"

namespace kx::core::nn {
namespace {

// Eigen computes the unaligned head and the tail of an array with its scalar
// functions and the rest with packets, which round differently: the result
// of an entry would depend on its address (core/nn's matrices are aligned to
// 16 bytes, AVX-512 packets want 64), and training would not repeat. So the
// entries go through an aligned buffer padded to whole packets: every entry
// takes the packet path.
constexpr std::int64_t kChunk = 1024;

template <typename T>
void apply(Transcendental f, const T* xData, T* outData, std::int64_t n) {
  using Array = Eigen::Array<T, kChunk, 1>;
  alignas(64) T in[kChunk], result[kChunk];
  const Eigen::Map<const Array, Eigen::Aligned64> x(in);
  Eigen::Map<Array, Eigen::Aligned64> out(result);
  for (std::int64_t start = 0; start < n; start += kChunk) {
    const std::int64_t m = n - start < kChunk ? n - start : kChunk;
    for (std::int64_t i = 0; i < kChunk; ++i) in[i] = i < m ? xData[start + i] : T(1);
    switch (f) {
      case Transcendental::Tanh:
        out = x.tanh();
        break;
      case Transcendental::Logistic:
        out = x.logistic();
        break;
      case Transcendental::Softplus:
        // log(1 + e^x) = max(x, 0) + log(1 + e^-|x|): never overflows.
        out = x.max(T(0)) + (-x.abs()).exp().log1p();
        break;
      case Transcendental::Exp:
        out = x.exp();
        break;
      case Transcendental::Log:
        out = x.log();
        break;
    }
    for (std::int64_t i = 0; i < m; ++i) outData[start + i] = result[i];
  }
}

}  // namespace

template <>
void transcendentalOn<KX_ISA, float>(Transcendental f, const float* x, float* out, std::int64_t n) {
  apply(f, x, out, n);
}

template <>
void transcendentalOn<KX_ISA, double>(Transcendental f, const double* x, double* out, std::int64_t n) {
  apply(f, x, out, n);
}

}  // namespace kx::core::nn
