#pragma once
// Adam's coefficientwise update for each instruction-set path
// (core/util/cpu_isa.h): adam_kernel.cpp is compiled once per path. Like the
// product, it is a loop the baseline's SSE would run at a quarter of
// AVX-512's width (docs/math.md §6.1).
#include <cstdint>

#include "core/util/cpu_isa.h"

namespace kx::core::nn {

template <typename T>
struct AdamStep {
  T beta1, beta2, stepSize, rootCorrection2, eps;
};

/// m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
/// value -= stepSize m / (sqrt(v) / rootCorrection2 + eps), n entries.
template <Isa, typename T>
void adamUpdateOn(const AdamStep<T>& s, const T* g, T* m, T* v, T* value, std::int64_t n);

#define KX_DECLARE_ADAM(isa, T) \
  template <>                   \
  void adamUpdateOn<isa, T>(const AdamStep<T>&, const T*, T*, T*, T*, std::int64_t);
KX_FOR_EACH_ISA(KX_DECLARE_ADAM, float)
KX_FOR_EACH_ISA(KX_DECLARE_ADAM, double)
#undef KX_DECLARE_ADAM

}  // namespace kx::core::nn
