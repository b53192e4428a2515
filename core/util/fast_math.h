#pragma once
// Branch-free float log and sine/cosine used by the continuous step laws, so
// the loops over a block vectorise (libm calls do not). Accuracy ~1e-7
// relative, far below the sampling noise of any histogram the lab draws.
// Always inlined, like counter_rng.h, because instruction-set kernels use them.
#include <bit>
#include <cstdint>

namespace kx::core {

/// ln(u) for u > 0 normal: u = m 2^e with m in [sqrt(1/2), sqrt(2)), then
/// ln m = 2 atanh(z), z = (m-1)/(m+1), |z| < 0.172, series to z^9 (error < 4e-10).
[[gnu::always_inline]] inline float fastLog(float u) {
  const std::uint32_t bits = std::bit_cast<std::uint32_t>(u);
  // Re-bias so the mantissa lands in [sqrt(1/2), sqrt(2)).
  const std::uint32_t shifted = bits - 0x3F3504F3u;
  const int e = static_cast<int>(shifted) >> 23;
  const float m = std::bit_cast<float>((shifted & 0x007FFFFFu) + 0x3F3504F3u);
  const float z = (m - 1.0f) / (m + 1.0f);
  const float z2 = z * z;
  const float series = z * (2.0f + z2 * (2.0f / 3 + z2 * (2.0f / 5 + z2 * (2.0f / 7 + z2 * (2.0f / 9)))));
  return float(e) * 0.69314718056f + series;
}

/// sin x and cos x for |x| <= pi/2 by Taylor series (truncation errors
/// < 6e-8 and < 1e-9, below float rounding).
[[gnu::always_inline]] inline void sinCosHalfPi(float x, float& s, float& c) {
  const float x2 = x * x;
  s = x *
      (1 + x2 * (-1.0f / 6 + x2 * (1.0f / 120 + x2 * (-1.0f / 5040 + x2 * (1.0f / 362880 + x2 * (-1.0f / 39916800))))));
  c = 1 +
      x2 * (-0.5f + x2 * (1.0f / 24 +
                          x2 * (-1.0f / 720 +
                                x2 * (1.0f / 40320 + x2 * (-1.0f / 3628800 +
                                                           x2 * (1.0f / 479001600 + x2 * (-1.0f / 87178291200.0f)))))));
}

/// Box–Muller: two independent standard normals from two uniforms in (0, 1).
/// r = sqrt(-2 ln u1), angle 2 pi (u2 - 1/2) via the double-angle formulas.
[[gnu::always_inline]] inline void boxMuller(float u1, float u2, float& n1, float& n2) {
  float s, c;
  sinCosHalfPi(3.14159265359f * (u2 - 0.5f), s, c);
  const float r = __builtin_sqrtf(-2.0f * fastLog(u1));
  n1 = r * (c * c - s * s);
  n2 = r * (2.0f * s * c);
}

/// A standard Cauchy variate tan(pi v), v = u - 1/2, written as
/// sign(v) cot(pi w) with w = 1/2 - |v| (exact in float): the far tails come
/// from sin(pi w) near 0, where the series is accurate in relative terms.
[[gnu::always_inline]] inline float cauchy(float u) {
  const float v = u - 0.5f;
  const float w = 0.5f - __builtin_fabsf(v);
  float s, c;
  sinCosHalfPi(3.14159265359f * w, s, c);
  return __builtin_copysignf(c / s, v);
}

}  // namespace kx::core
