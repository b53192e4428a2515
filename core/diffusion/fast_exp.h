#pragma once
// A branch-free float exp for the responsibilities of the mixture score, so
// the loops over a block of particles vectorise (libm's expf does not here).
// Companion of core/util/fast_math.h's fastLog.
#include <bit>
#include <cstdint>

namespace kx::core::diffusion {

/// e^x for x <= 0, relative error < 2e-7; arguments below -87 give e^-87
/// (~1.6e-38): responsibilities that small never change a float sum.
inline float fastExpNonPositive(float x) {
  x = x < -87.0f ? -87.0f : x;
  // x = n ln2 + r, |r| <= ln2 / 2, with ln2 split in two for an exact n ln2.
  const float n = __builtin_floorf(x * 1.44269504f + 0.5f);
  const float r = x - n * 0.693145751953125f - n * 1.428606765330187e-06f;
  // Taylor to r^6: truncation r^7/5040 < 1.2e-7 at |r| = 0.347.
  const float p =
      1.0f + r * (1.0f + r * (0.5f + r * (1.0f / 6 + r * (1.0f / 24 + r * (1.0f / 120 + r * (1.0f / 720))))));
  const auto scale = std::bit_cast<float>(static_cast<std::uint32_t>(static_cast<std::int32_t>(n) + 127) << 23);
  return p * scale;
}

}  // namespace kx::core::diffusion
