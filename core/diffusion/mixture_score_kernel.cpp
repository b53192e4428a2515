// ExactMixtureScore's loop over particles, compiled once per instruction-set
// path (kx_isa_kernels). Particles go in groups of 64, as vectors of the
// path's width (core/util/simd.h); each group's logits, peak and sums stay in
// registers over the components.
#include "core/diffusion/mixture_score_kernel.h"

#include "core/diffusion/fast_exp.h"
#include "core/util/simd.h"

namespace kx::core::diffusion {
namespace {

using simd::F32;
using simd::I32;

/// Responsibilities below e^-kSkip of a particle's largest are negligible in
/// float (e^-30 ~ 1e-13 << 2^-24); a component is skipped for a group when it
/// is negligible for all 64 particles. The group is the same on every path,
/// so every path skips the same components and computes the same values.
constexpr float kSkip = 30.0f;
constexpr int kGroup = 64;
constexpr int kVectors = kGroup / simd::kFloatLanes;
static_assert(kVectors * simd::kFloatLanes == kGroup);

}  // namespace

template <>
void mixtureScoreOn<KX_ISA>(const NoisedComponents& c, const float* x, const float* y, int n, float factor, float* outX,
                            float* outY) {
  for (int start = 0; start < n; start += kGroup) {
    // The last group is padded by repeating its last particle.
    const int m = n - start < kGroup ? n - start : kGroup;
    alignas(64) float bx[kGroup], by[kGroup];
    for (int i = 0; i < kGroup; ++i) {
      const int src = start + (i < m ? i : m - 1);
      bx[i] = x[src];
      by[i] = y[src];
    }
    F32 px[kVectors], py[kVectors], peak[kVectors], den[kVectors], gx[kVectors], gy[kVectors];
    for (int v = 0; v < kVectors; ++v) {
      px[v] = simd::load<F32>(bx + v * simd::kFloatLanes);
      py[v] = simd::load<F32>(by + v * simd::kFloatLanes);
      peak[v] = F32{} - __builtin_inff();
      den[v] = gx[v] = gy[v] = F32{};
    }
    // logit_k = log pi_k - log v_k - |x - c_k|^2 / (2 v_k), and its maximum.
    auto logit = [&](int k, int v) {
      const F32 dx = px[v] - c.cx[k], dy = py[v] - c.cy[k];
      return c.offset[k] - (dx * dx + dy * dy) * c.halfInvV[k];
    };
    for (int k = 0; k < c.count; ++k)
      for (int v = 0; v < kVectors; ++v) {
        const F32 l = logit(k, v);
        peak[v] = peak[v] > l ? peak[v] : l;
      }
    for (int k = 0; k < c.count; ++k) {
      F32 d[kVectors];
      I32 matters = I32{};
      for (int v = 0; v < kVectors; ++v) {
        d[v] = logit(k, v) - peak[v];
        matters |= d[v] >= -kSkip;
      }
      if (!simd::anyLane(matters)) continue;
      for (int v = 0; v < kVectors; ++v) {
        const F32 e = fastExpNonPositive(d[v]);
        den[v] += e;
        const F32 w = e * c.invV[k];
        gx[v] += w * (px[v] - c.cx[k]);
        gy[v] += w * (py[v] - c.cy[k]);
      }
    }
    alignas(64) float rx[kGroup], ry[kGroup];
    for (int v = 0; v < kVectors; ++v) {
      const F32 s = factor / den[v];  // den >= 1: the peak component contributes e^0
      simd::store(rx + v * simd::kFloatLanes, gx[v] * s);
      simd::store(ry + v * simd::kFloatLanes, gy[v] * s);
    }
    for (int i = 0; i < m; ++i) {
      outX[start + i] = rx[i];
      outY[start + i] = ry[i];
    }
  }
}

}  // namespace kx::core::diffusion
