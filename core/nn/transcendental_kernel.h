#pragma once
// Eigen's vectorised exp, log, tanh and logistic for each instruction-set
// path (core/util/cpu_isa.h): transcendental_kernel.cpp is compiled once per
// path, with Eigen renamed as in gemm_kernel.cpp. On the x86-64-v2 baseline
// they would run at SSE's width (softplus took 4x its AVX-512 time in W5).
#include <cstdint>

#include "core/util/cpu_isa.h"

namespace kx::core::nn {

enum class Transcendental { Tanh, Logistic, Softplus, Exp, Log };

/// out[i] = f(x[i]) for n entries; softplus is max(x, 0) + log1p(e^-|x|).
template <Isa, typename T>
void transcendentalOn(Transcendental f, const T* x, T* out, std::int64_t n);

#define KX_DECLARE_TRANSCENDENTAL(isa, T) \
  template <>                             \
  void transcendentalOn<isa, T>(Transcendental, const T*, T*, std::int64_t);
KX_FOR_EACH_ISA(KX_DECLARE_TRANSCENDENTAL, float)
KX_FOR_EACH_ISA(KX_DECLARE_TRANSCENDENTAL, double)
#undef KX_DECLARE_TRANSCENDENTAL

}  // namespace kx::core::nn
