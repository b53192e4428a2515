#pragma once
// The inner loop of ExactMixtureScore::evaluate for each instruction-set
// path (core/util/cpu_isa.h): one explicit specialisation per path in
// mixture_score_kernel.cpp, which is compiled once per path.
#include "core/util/cpu_isa.h"

namespace kx::core::diffusion {

/// The noised mixture at one level, component by component: centre
/// (cx, cy), 1/v, 1/(2v) and log pi - log v (docs/math.md §3.7).
struct NoisedComponents {
  int count = 0;
  const float *cx = nullptr, *cy = nullptr, *invV = nullptr, *halfInvV = nullptr, *offset = nullptr;
};

/// out = factor * sum_k w_k (x - c_k) / v_k for n particles, w the
/// responsibilities by log-sum-exp.
template <Isa>
void mixtureScoreOn(const NoisedComponents& c, const float* x, const float* y, int n, float factor, float* outX,
                    float* outY);

#define KX_DECLARE_MIXTURE_SCORE(isa, unused) \
  template <>                                 \
  void mixtureScoreOn<isa>(const NoisedComponents&, const float*, const float*, int, float, float*, float*);
KX_FOR_EACH_ISA(KX_DECLARE_MIXTURE_SCORE, )
#undef KX_DECLARE_MIXTURE_SCORE

}  // namespace kx::core::diffusion
