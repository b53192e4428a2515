// The walk's block kernels, compiled once per instruction-set path
// (kx_isa_kernels in cmake/KxOptions.cmake defines KX_ISA). The loops are
// written once; each path's compiler vectorises them for its own width, and
// the symmetric kernel uses GCC's vector extensions (core/util/simd.h), which
// become SSE, AVX2 or AVX-512 code including the random stream's 64-bit
// multiplies (vpmullq only on AVX-512).
// Lattice walks give the same positions bit for bit on every path; the
// continuous laws use FMA on the AVX2 and AVX-512 paths (the same bits on
// both) and agree to float rounding on the portable path
// (WalkLaw.EveryIsaPathMatchesItsScalarReference).
#include "core/walk/block_kernels_isa.h"

#include <algorithm>
#include <array>

#include "core/util/simd.h"
#include "core/walk/step_law.h"

namespace kx::core::walk {
namespace {

using simd::U16;
using simd::U64;
constexpr int kWordsPerVector = simd::kVectorBytes / 8;  // random words per vector
constexpr int kSlotsPerVector = simd::kVectorBytes / 2;  // 16-bit slots per vector
constexpr int kVectorsPerStep = 8 / kWordsPerVector;     // a step draws 8 words, 512 bits
// Counts of two walkers share a 16-bit lane (one per byte): at most 255 steps
// per batch before they are added to the positions.
constexpr int kBatch = 255;

[[gnu::always_inline]] inline U64 mixLanes(U64 z) {  // counter_rng.h's mix64, lane by lane
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// The symmetric lattice walk without barrier, the W2 hot loop. Walker
// 32 j + t takes bit j of 16-bit slot t of each step's 512 bits (step_law.h);
// after n steps with c ones it moved by 2c - n. Each vector of slots counts
// bits j and j + 8 at once, one per byte: (slots >> j) & 0x0101. Positions
// wrap modulo 2^16 like the int16 they are, so the batches never overflow
// what the final position can hold.
void advanceBits(std::int16_t* pos, std::uint64_t key, int from, int to) {
  for (int s0 = from; s0 < to; s0 += kBatch) {
    const int n = std::min(kBatch, to - s0);
    for (int r = 0; r < kVectorsPerStep; ++r) {
      U64 counter, increment;
      for (int l = 0; l < kWordsPerVector; ++l) {
        counter[l] = key + (std::uint64_t(s0) * 8 + std::uint64_t(r * kWordsPerVector + l)) * kGolden;
        increment[l] = 8 * kGolden;
      }
      U16 count[8] = {};
      for (int k = 0; k < n; ++k) {
        const U16 slots = reinterpret_cast<U16>(mixLanes(counter));
        counter += increment;
        for (int j = 0; j < 8; ++j) count[j] += (slots >> j) & 0x0101;
      }
      for (int j = 0; j < 8; ++j) {
        std::int16_t* low = pos + 32 * j + r * kSlotsPerVector;
        std::int16_t* high = low + 32 * 8;
        const U16 steps = U16{} + std::uint16_t(n);
        simd::store(low, simd::load<U16>(low) + 2 * (count[j] & 0xFF) - steps);
        simd::store(high, simd::load<U16>(high) + 2 * (count[j] >> 8) - steps);
      }
    }
  }
}

// Plain loops over the block, one kind at a time, so the compiler can keep
// the switch out of the inner loop.
template <typename T>
void advanceGeneric(const WalkParams& p, const StepLaw& law, std::uint64_t key, T* x, T* y, int from, int to) {
  alignas(64) std::array<std::uint64_t, kBlockSize> words;
  for (int s = from; s < to; ++s) {
    const std::uint64_t base = static_cast<std::uint64_t>(s) * law.wordsPerStep;
    for (std::uint64_t w = 0; w < law.wordsPerStep; ++w) words[w] = streamWord(key, base + w);
    if (law.bits) {
      for (int i = 0; i < kBlockSize; ++i) {
        const float dx = (words[bitWord(i)] >> bitIndex(i)) & 1 ? 1.0f : -1.0f;
        moveWalker<T>(p, x[i], nullptr, {dx, 0});
      }
    } else {
      for (int i = 0; i < kBlockSize; ++i)
        moveWalker<T>(p, x[i], y ? &y[i] : nullptr, deltaFromWord(p, law, words[wordOf(law, i)], i));
    }
  }
}

// Continuous steps: first the block's steps for one time step in plain
// float loops (Box–Muller and friends vectorise: no libm calls, no
// branches), then the move, with the barrier only when there is one.
template <WalkKind K>
void advanceContinuous(const WalkParams& p, const StepLaw& law, std::uint64_t key, float* x, float* y, int from,
                       int to) {
  alignas(64) std::array<std::uint64_t, kBlockSize> words;
  alignas(64) std::array<float, kBlockSize> dx, dy;
  // The Ornstein–Uhlenbeck walk draws Gaussian steps of its exact noise
  // (it has no drift: validateWalk).
  const float drift = float(p.drift), scale = K == WalkKind::OrnsteinUhlenbeck1D ? law.noise : float(p.scale);
  for (int s = from; s < to; ++s) {
    const std::uint64_t base = static_cast<std::uint64_t>(s) * law.wordsPerStep;
    for (std::uint64_t w = 0; w < law.wordsPerStep; ++w) words[w] = streamWord(key, base + w);
    if constexpr (K == WalkKind::Gaussian2D) {
      for (int i = 0; i < kBlockSize; ++i) {
        float n1, n2;
        boxMuller(unitOpen(std::uint32_t(words[i] >> 32)), unitOpen(std::uint32_t(words[i])), n1, n2);
        dx[i] = drift + scale * n1;
        dy[i] = scale * n2;
      }
    } else if constexpr (K == WalkKind::Gaussian1D || K == WalkKind::OrnsteinUhlenbeck1D) {
      for (int i = 0; i < kHalf; ++i) {
        float n1, n2;
        boxMuller(unitOpen(std::uint32_t(words[i] >> 32)), unitOpen(std::uint32_t(words[i])), n1, n2);
        dx[i] = drift + scale * n1;
        dx[i + kHalf] = drift + scale * n2;
      }
    } else {
      // Word i feeds walker i (high half) and walker i + 256 (low half).
      auto law = [](float u) { return K == WalkKind::Cauchy1D ? cauchy(u) : 2 * u - 1; };
      for (int i = 0; i < kHalf; ++i) {
        dx[i] = drift + scale * law(unitOpen(std::uint32_t(words[i] >> 32)));
        dx[i + kHalf] = drift + scale * law(unitOpen(std::uint32_t(words[i])));
      }
    }
    if (p.barrier == BarrierKind::None) {
      if constexpr (K == WalkKind::OrnsteinUhlenbeck1D)
        for (int i = 0; i < kBlockSize; ++i) x[i] = law.pull * x[i] + dx[i];  // as moveWalker
      else
        for (int i = 0; i < kBlockSize; ++i) x[i] += dx[i];
      if constexpr (K == WalkKind::Gaussian2D)
        for (int i = 0; i < kBlockSize; ++i) y[i] += dy[i];
    } else {
      for (int i = 0; i < kBlockSize; ++i)
        moveWalker<float>(p, x[i], K == WalkKind::Gaussian2D ? &y[i] : nullptr,
                          {dx[i], K == WalkKind::Gaussian2D ? dy[i] : 0.0f, law.pull});
    }
  }
}

}  // namespace

template <>
void advanceBlockOn<KX_ISA>(const WalkParams& params, std::uint64_t block, const BlockState& state, int from, int to) {
  const StepLaw law(params);
  const std::uint64_t key = blockKey(params.seed, block);
  if (law.bits && params.barrier == BarrierKind::None) return advanceBits(state.lx, key, from, to);
  switch (params.kind) {
    case WalkKind::Lattice1D:
    case WalkKind::Lattice2D:
      return advanceGeneric<std::int16_t>(params, law, key, state.lx, state.ly, from, to);
    case WalkKind::Gaussian1D:
      return advanceContinuous<WalkKind::Gaussian1D>(params, law, key, state.x, state.y, from, to);
    case WalkKind::Uniform1D:
      return advanceContinuous<WalkKind::Uniform1D>(params, law, key, state.x, state.y, from, to);
    case WalkKind::Cauchy1D:
      return advanceContinuous<WalkKind::Cauchy1D>(params, law, key, state.x, state.y, from, to);
    case WalkKind::Gaussian2D:
      return advanceContinuous<WalkKind::Gaussian2D>(params, law, key, state.x, state.y, from, to);
    case WalkKind::OrnsteinUhlenbeck1D:
      return advanceContinuous<WalkKind::OrnsteinUhlenbeck1D>(params, law, key, state.x, state.y, from, to);
  }
}

template <>
void advanceBlockReferenceOn<KX_ISA>(const WalkParams& params, std::uint64_t block, const BlockState& state, int from,
                                     int to) {
  const StepLaw law(params);
  const std::uint64_t key = blockKey(params.seed, block);
  for (int i = 0; i < kBlockSize; ++i) {
    for (int s = from; s < to; ++s) {
      const Delta d = walkerDelta(params, law, key, s, i);
      if (params.isLattice())
        moveWalker<std::int16_t>(params, state.lx[i], state.ly ? &state.ly[i] : nullptr, d);
      else
        moveWalker<float>(params, state.x[i], state.y ? &state.y[i] : nullptr, d);
    }
  }
}

template <>
void replayWalkerOn<KX_ISA>(const WalkParams& params, int index, int steps, float* xs, float* ys) {
  // Replays one walker alone: walkers never interact, and its words are fixed
  // by (seed, block, step, lane), so this is the path the full run computes.
  const int lane = index % kBlockSize;
  const StepLaw law(params);
  const std::uint64_t key = blockKey(params.seed, static_cast<std::uint64_t>(index / kBlockSize));
  std::int16_t lx = 0, ly = 0;
  float x = 0, y = 0;
  for (int s = 0; s < steps; ++s) {
    const Delta d = walkerDelta(params, law, key, s, lane);
    if (params.isLattice()) {
      moveWalker<std::int16_t>(params, lx, &ly, d);
      xs[s] = float(lx);
      ys[s] = float(ly);
    } else {
      moveWalker<float>(params, x, &y, d);
      xs[s] = x;
      ys[s] = y;
    }
  }
}

}  // namespace kx::core::walk
