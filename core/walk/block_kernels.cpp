#include "core/walk/block_kernels.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/util/counter_rng.h"
#include "core/util/fast_math.h"

#if defined(__AVX512BW__) && defined(__AVX512DQ__)
#include <immintrin.h>
#define KX_WALK_AVX512 1
#endif

namespace kx::core::walk {
namespace {

constexpr int kHalf = kBlockSize / 2;

// How a kind turns random words into steps. The symmetric lattice walk needs
// one bit per walker-step (8 words per block-step); p != 1/2 and the
// continuous laws use 32 bits per walker-step, 2D laws 64.
struct StepLaw {
  bool bits = false;
  std::uint64_t wordsPerStep = 0;
  std::uint64_t threshold = 0;  ///< a lattice step is +1 when a 32-bit uniform is below it

  explicit StepLaw(const WalkParams& p)
      : bits(p.kind == WalkKind::Lattice1D && p.p == 0.5),
        wordsPerStep(bits ? kBlockSize / 64 : (p.is2D() ? kBlockSize : kHalf)),
        threshold(static_cast<std::uint64_t>(std::llround(std::ldexp(p.p, 32)))) {}
};

struct Delta {
  float dx = 0, dy = 0;
};

// Lane of 32 x 16-bit position vectors: walker i sits in vector i / 32, slot
// t = i % 32, and takes bit i / 32 of the 16-bit slot t of the step's 512
// random bits (word t / 4, bit 16 (t % 4) + i / 32).
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
    case WalkKind::Gaussian2D: {
      float n1, n2;
      boxMuller(unitOpen(static_cast<std::uint32_t>(word >> 32)), unitOpen(static_cast<std::uint32_t>(word)), n1, n2);
      if (p.kind == WalkKind::Gaussian2D) return {float(p.drift) + float(p.scale) * n1, float(p.scale) * n2};
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

// Barrier on the line x = b (MATH.md §2.3 images): absorbing walkers stop on
// it; reflecting ones are mirrored, x -> 2b - x, which on the lattice sends a
// walker at b back to b - 1 (a symmetric walk reflected this way has the law
// of b - |b - S_n|, exactly the image sum).
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
  x = afterBarrier(p, static_cast<T>(x + static_cast<T>(d.dx)));
  if (y) *y = static_cast<T>(*y + static_cast<T>(d.dy));
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
  const float drift = float(p.drift), scale = float(p.scale);
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
    } else if constexpr (K == WalkKind::Gaussian1D) {
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
      for (int i = 0; i < kBlockSize; ++i) x[i] += dx[i];
      if constexpr (K == WalkKind::Gaussian2D)
        for (int i = 0; i < kBlockSize; ++i) y[i] += dy[i];
    } else {
      for (int i = 0; i < kBlockSize; ++i)
        moveWalker<float>(p, x[i], K == WalkKind::Gaussian2D ? &y[i] : nullptr,
                          {dx[i], K == WalkKind::Gaussian2D ? dy[i] : 0.0f});
    }
  }
}

#ifdef KX_WALK_AVX512
// The symmetric lattice walk without barrier, the W2 hot loop: the block's 512
// int16 positions live in 16 zmm registers for the whole step range; each
// step draws 512 random bits (8 SplitMix64 words in one vector) and applies
// x += bit ? +1 : -1 with one test-into-mask and a masked add per 32 walkers.
void advanceBitsAvx512(std::int16_t* pos, std::uint64_t key, int from, int to) {
  __m512i x[16];
  for (int j = 0; j < 16; ++j) x[j] = _mm512_loadu_si512(pos + 32 * j);
  const __m512i lanes = _mm512_set_epi64(7, 6, 5, 4, 3, 2, 1, 0);
  __m512i counter = _mm512_add_epi64(_mm512_set1_epi64(static_cast<long long>(key + std::uint64_t(from) * 8 * kGolden)),
                                     _mm512_mullo_epi64(lanes, _mm512_set1_epi64(static_cast<long long>(kGolden))));
  const __m512i increment = _mm512_set1_epi64(static_cast<long long>(8 * kGolden));
  const __m512i c1 = _mm512_set1_epi64(static_cast<long long>(0xBF58476D1CE4E5B9ull));
  const __m512i c2 = _mm512_set1_epi64(static_cast<long long>(0x94D049BB133111EBull));
  const __m512i one = _mm512_set1_epi16(1), two = _mm512_set1_epi16(2);
  for (int s = from; s < to; ++s) {
    __m512i z = counter;  // mix64, as in counter_rng.h
    counter = _mm512_add_epi64(counter, increment);
    z = _mm512_mullo_epi64(_mm512_xor_si512(z, _mm512_srli_epi64(z, 30)), c1);
    z = _mm512_mullo_epi64(_mm512_xor_si512(z, _mm512_srli_epi64(z, 27)), c2);
    z = _mm512_xor_si512(z, _mm512_srli_epi64(z, 31));
    for (int j = 0; j < 16; ++j) {
      const __mmask32 up = _mm512_test_epi16_mask(z, _mm512_set1_epi16(static_cast<short>(1 << j)));
      const __m512i down = _mm512_sub_epi16(x[j], one);
      x[j] = _mm512_mask_add_epi16(down, up, down, two);
    }
  }
  for (int j = 0; j < 16; ++j) _mm512_storeu_si512(pos + 32 * j, x[j]);
}
#endif

}  // namespace

void advanceBlock(const WalkParams& params, std::uint64_t block, const BlockState& state, int from, int to) {
  const StepLaw law(params);
  const std::uint64_t key = blockKey(params.seed, block);
#ifdef KX_WALK_AVX512
  if (law.bits && params.barrier == BarrierKind::None) return advanceBitsAvx512(state.lx, key, from, to);
#endif
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
  }
}

void advanceBlockReference(const WalkParams& params, std::uint64_t block, const BlockState& state, int from, int to) {
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

std::vector<Eigen::Vector2f> walkerPath(const WalkParams& params, int index, int steps) {
  // Replays one walker alone: walkers never interact, and its words are fixed
  // by (seed, block, step, lane), so this is the path the full run computes.
  const int lane = index % kBlockSize;
  const StepLaw law(params);
  const std::uint64_t key = blockKey(params.seed, static_cast<std::uint64_t>(index / kBlockSize));
  std::int16_t lx = 0, ly = 0;
  float x = 0, y = 0;
  std::vector<Eigen::Vector2f> path;
  path.reserve(static_cast<std::size_t>(steps) + 1);
  path.emplace_back(0.0f, 0.0f);
  for (int s = 0; s < steps; ++s) {
    const Delta d = walkerDelta(params, law, key, s, lane);
    if (params.isLattice()) {
      moveWalker<std::int16_t>(params, lx, &ly, d);
      path.emplace_back(float(lx), float(ly));
    } else {
      moveWalker<float>(params, x, &y, d);
      path.emplace_back(x, y);
    }
  }
  return path;
}

}  // namespace kx::core::walk
