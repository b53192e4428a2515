#pragma once
// How a walk kind turns a block's random words into steps, shared by the
// block kernels, the scalar reference and the single-walker replay of every
// instruction-set path (block_kernels_isa.cpp).
//
// Everything here has internal linkage on purpose: each kernel path compiles
// its own copy for its own instruction set, and no copy built for AVX-512
// can be picked by the linker for a caller on the portable path
// (tests/build/isa_objects_test.cmake checks this).
#include <cmath>
#include <cstdint>
#include <type_traits>

#include "core/util/counter_rng.h"
#include "core/util/fast_math.h"
#include "core/walk/ornstein_uhlenbeck.h"
#include "core/walk/walk_params.h"

namespace kx::core::walk {
namespace {  // NOLINT(cert-dcl59-cpp,google-build-namespaces): see above

constexpr int kHalf = kBlockSize / 2;

// The symmetric lattice walk needs one bit per walker-step (8 words per
// block-step); p != 1/2 and the continuous laws use 32 bits per walker-step,
// 2D laws 64.
struct StepLaw {
  bool bits = false;
  std::uint64_t wordsPerStep = 0;
  std::uint64_t threshold = 0;  ///< a lattice step is +1 when a 32-bit uniform is below it
  // The Ornstein–Uhlenbeck walk's exact update over one unit of time,
  // x <- pull x + noise n with n ~ N(0, 1) (docs/math.md §2.2.1).
  float pull = 1, noise = 0;

  explicit StepLaw(const WalkParams& p)
      : bits(p.kind == WalkKind::Lattice1D && p.p == 0.5),
        wordsPerStep(bits ? kBlockSize / 64 : (p.is2D() ? kBlockSize : kHalf)),
        threshold(static_cast<std::uint64_t>(std::llround(std::ldexp(p.p, 32)))) {
    if (p.kind == WalkKind::OrnsteinUhlenbeck1D) {
      pull = float(ouDecay(p.rate));
      noise = float(std::sqrt(ouVariance(p.stepVariance(), p.rate, 1.0)));
    }
  }
};

// A walker moves x <- pull x + dx (pull = 1 except for the
// Ornstein–Uhlenbeck walk; 1 x + dx is x + dx exactly, with or without FMA).
struct Delta {
  float dx = 0, dy = 0;
  float pull = 1;
};

// Walker i of a block sits in 16-bit slot t = i % 32 of the step's 512 random
// bits (word t / 4) and takes bit i / 32 of that slot.
inline int bitWord(int lane) { return (lane % 32) / 4; }
inline int bitIndex(int lane) { return ((lane % 32) % 4) * 16 + lane / 32; }

inline std::uint32_t halfOf(std::uint64_t word, int lane) {
  return lane < kHalf ? static_cast<std::uint32_t>(word >> 32) : static_cast<std::uint32_t>(word);
}

// The step of `lane` given the word it reads (all laws but the bit path).
inline Delta deltaFromWord(const WalkParams& p, const StepLaw& law, std::uint64_t word, int lane) {
  switch (p.kind) {
    case WalkKind::Lattice1D:
      return {halfOf(word, lane) < law.threshold ? 1.0f : -1.0f, 0};
    case WalkKind::Lattice2D: {
      const float sign = static_cast<std::uint32_t>(word >> 32) < law.threshold ? 1.0f : -1.0f;
      return (word & 1) ? Delta{0, sign} : Delta{sign, 0};
    }
    case WalkKind::Gaussian1D:
    case WalkKind::Gaussian2D:
    case WalkKind::OrnsteinUhlenbeck1D: {
      float n1, n2;
      boxMuller(unitOpen(static_cast<std::uint32_t>(word >> 32)), unitOpen(static_cast<std::uint32_t>(word)), n1, n2);
      if (p.kind == WalkKind::Gaussian2D) return {float(p.drift) + float(p.scale) * n1, float(p.scale) * n2};
      if (p.kind == WalkKind::OrnsteinUhlenbeck1D) return {law.noise * (lane < kHalf ? n1 : n2), 0, law.pull};
      return {float(p.drift) + float(p.scale) * (lane < kHalf ? n1 : n2), 0};
    }
    case WalkKind::Uniform1D:
      return {float(p.drift) + float(p.scale) * (2 * unitOpen(halfOf(word, lane)) - 1), 0};
    case WalkKind::Cauchy1D:
      return {float(p.drift) + float(p.scale) * cauchy(unitOpen(halfOf(word, lane))), 0};
  }
  return {};
}

inline int wordOf(const StepLaw& law, int lane) {
  return law.bits ? bitWord(lane) : static_cast<int>(lane % law.wordsPerStep);
}

// The step of one walker computed alone (reference and trails).
inline Delta walkerDelta(const WalkParams& p, const StepLaw& law, std::uint64_t key, int step, int lane) {
  const std::uint64_t word = streamWord(key, std::uint64_t(step) * law.wordsPerStep + std::uint64_t(wordOf(law, lane)));
  if (law.bits) return {(word >> bitIndex(lane)) & 1 ? 1.0f : -1.0f, 0};
  return deltaFromWord(p, law, word, lane);
}

// Barrier on the line x = b (docs/math.md §2.3, method of images): absorbing
// walkers stop on it; reflecting ones are mirrored, x -> 2b - x, which on the
// lattice sends a walker at b back to b - 1 (a symmetric walk reflected this
// way has the law of b - |b - S_n|, exactly the image sum).
template <typename T>
inline bool frozenAt(const WalkParams& p, T x) {
  return p.barrier == BarrierKind::Absorbing && x == static_cast<T>(p.barrierAt);
}
template <typename T>
inline T afterBarrier(const WalkParams& p, T x) {
  const T b = static_cast<T>(p.barrierAt);
  if (p.barrier == BarrierKind::Absorbing) return (p.barrierAt > 0 ? x >= b : x <= b) ? b : x;
  if (p.barrier == BarrierKind::Reflecting) return (p.barrierAt > 0 ? x > b : x < b) ? static_cast<T>(2 * b - x) : x;
  return x;
}

template <typename T>
inline void moveWalker(const WalkParams& p, T& x, T* y, Delta d) {
  if (frozenAt(p, x)) return;
  if constexpr (std::is_floating_point_v<T>)
    x = afterBarrier(p, d.pull * x + d.dx);
  else
    x = afterBarrier(p, static_cast<T>(x + static_cast<T>(d.dx)));
  if (y) *y = static_cast<T>(*y + static_cast<T>(d.dy));
}

}  // namespace
}  // namespace kx::core::walk
