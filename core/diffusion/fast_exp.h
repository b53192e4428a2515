#pragma once
// A branch-free float exp on vectors for the responsibilities of the mixture
// score (mixture_score_kernel.cpp); libm's expf does not vectorise.
// Companion of core/util/fast_math.h's fastLog.
#include "core/util/simd.h"

namespace kx::core::diffusion {
namespace {  // NOLINT(cert-dcl59-cpp,google-build-namespaces): per-path copies, see core/util/simd.h

/// e^x lane by lane for x <= 0, relative error < 2e-7; arguments below -87
/// give e^-87 (~1.6e-38): responsibilities that small never change a float sum.
[[gnu::always_inline]] inline simd::F32 fastExpNonPositive(simd::F32 x) {
  using simd::F32;
  const F32 lowest = F32{} - 87.0f;
  x = x < lowest ? lowest : x;
  // x = n ln2 + r, |r| <= ln2 / 2: n rounded to nearest by adding and
  // subtracting 1.5 * 2^23 (exact for |n| < 2^22), ln2 split in two for an
  // exact n ln2.
  const F32 shifter = F32{} + 12582912.0f;
  const F32 n = (x * 1.44269504f + shifter) - shifter;
  const F32 r = x - n * 0.693145751953125f - n * 1.428606765330187e-06f;
  // Taylor to r^6: truncation r^7/5040 < 1.2e-7 at |r| = 0.347. Estrin's
  // scheme (pairs, then powers r^2, r^4) keeps the dependency chain at four
  // multiply-adds instead of Horner's twelve operations.
  const F32 r2 = r * r, r4 = r2 * r2;
  const F32 p = (1.0f + r) + r2 * (0.5f + r * (1.0f / 6)) + r4 * ((1.0f / 24 + r * (1.0f / 120)) + r2 * (1.0f / 720));
  // 2^n built in the exponent field; n >= -126 since x >= -87.
  const simd::I32 exponent = (__builtin_convertvector(n, simd::I32) + 127) << 23;
  return p * reinterpret_cast<F32>(exponent);
}

}  // namespace
}  // namespace kx::core::diffusion
