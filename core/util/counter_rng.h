#pragma once
// Counter-based random numbers, shared by the walkers, samplers and trainers.
// Word c of a block's stream is mix64(key + c * golden), i.e. SplitMix64 (Steele, Lea & Flood 2014, passes
// BigCrush) started from a per-block key. Being a pure function of
// (seed, block, counter), any block can restart at any step from its
// positions alone: scrubbing back needs no stored generator state, and the
// result never depends on which thread ran the block.
#include <bit>
#include <cstdint>

// Always inlined: the instruction-set kernels (core/util/cpu_isa.h) use these,
// and an out-of-line copy compiled for AVX-512 must never serve other callers.
namespace kx::core {

inline constexpr std::uint64_t kGolden = 0x9E3779B97F4A7C15ull;

/// SplitMix64's finaliser (Stafford's Mix13 constants).
[[gnu::always_inline]] constexpr std::uint64_t mix64(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

/// The stream key of one block: two rounds keep nearby (seed, block) pairs far
/// apart in the Weyl sequence (streams of 2^20 words overlap with
/// probability ~ blocks^2 2^20 / 2^64).
[[gnu::always_inline]] constexpr std::uint64_t blockKey(std::uint64_t seed, std::uint64_t block) {
  return mix64(mix64(seed * kGolden + 0x632BE59BD9B4E019ull) ^ (block * 0xD1B54A32D192ED03ull));
}

[[gnu::always_inline]] constexpr std::uint64_t streamWord(std::uint64_t key, std::uint64_t counter) {
  return mix64(key + counter * kGolden);
}

/// A uniform float in the open interval (0, 1) from the top 23 bits of
/// `bits`: (k + 1/2) 2^-23 needs 24 significant bits, exactly a float's, so
/// the result never rounds to 1 (the Cauchy law would give infinity there).
/// The extremes 2^-24 and 1 - 2^-24 cut Box–Muller radii at 5.77 sd.
[[gnu::always_inline]] inline float unitOpen(std::uint32_t bits) { return (float(bits >> 9) + 0.5f) * 0x1p-23f; }

}  // namespace kx::core
