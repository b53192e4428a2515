// Adam's update, compiled once per instruction-set path (kx_isa_kernels):
// one plain loop that each path's compiler vectorises at its width.
#include "core/nn/adam_kernel.h"

namespace kx::core::nn {
namespace {

// The square root in T's own precision (the builtin for double would widen floats).
inline float squareRoot(float x) { return __builtin_sqrtf(x); }
inline double squareRoot(double x) { return __builtin_sqrt(x); }

template <typename T>
void update(const AdamStep<T>& s, const T* __restrict g, T* __restrict m, T* __restrict v, T* __restrict value,
            std::int64_t n) {
  for (std::int64_t i = 0; i < n; ++i) {
    const T gi = g[i];
    const T mi = s.beta1 * m[i] + (T(1) - s.beta1) * gi;
    const T vi = s.beta2 * v[i] + (T(1) - s.beta2) * gi * gi;
    m[i] = mi;
    v[i] = vi;
    value[i] -= s.stepSize * mi / (squareRoot(vi) / s.rootCorrection2 + s.eps);
  }
}

}  // namespace

template <>
void adamUpdateOn<KX_ISA, float>(const AdamStep<float>& s, const float* g, float* m, float* v, float* value,
                                 std::int64_t n) {
  update(s, g, m, v, value, n);
}

template <>
void adamUpdateOn<KX_ISA, double>(const AdamStep<double>& s, const double* g, double* m, double* v, double* value,
                                  std::int64_t n) {
  update(s, g, m, v, value, n);
}

}  // namespace kx::core::nn
