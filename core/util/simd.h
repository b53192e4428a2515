#pragma once
// Vector types for the instruction-set kernels (core/util/cpu_isa.h): GCC's
// vector extensions at the widest width the including object is compiled
// for, so one kernel source becomes SSE, AVX2 or AVX-512 code per path.
// Arithmetic is lane by lane IEEE, so with contraction off (kx_isa_kernels)
// every width computes the same values.
//
// Internal linkage on purpose: each path's object has its own types and
// helpers (tests/build/isa_objects_test.cmake).
#include <cstdint>

namespace kx::core::simd {
namespace {  // NOLINT(cert-dcl59-cpp,google-build-namespaces): see above

#if defined(__AVX512F__)
constexpr int kVectorBytes = 64;
#elif defined(__AVX2__)
constexpr int kVectorBytes = 32;
#else
constexpr int kVectorBytes = 16;
#endif

using F32 = float __attribute__((vector_size(kVectorBytes)));
using I32 = std::int32_t __attribute__((vector_size(kVectorBytes)));
using U16 = std::uint16_t __attribute__((vector_size(kVectorBytes)));
using U64 = std::uint64_t __attribute__((vector_size(kVectorBytes)));
constexpr int kFloatLanes = kVectorBytes / 4;

template <typename V, typename T>
[[gnu::always_inline]] inline V load(const T* p) {
  V v;
  __builtin_memcpy(&v, p, sizeof v);
  return v;
}
template <typename V, typename T>
[[gnu::always_inline]] inline void store(T* p, V v) {
  __builtin_memcpy(p, &v, sizeof v);
}

/// True when any lane of a comparison result is set.
[[gnu::always_inline]] inline bool anyLane(I32 mask) {
  int any = 0;
  for (int l = 0; l < kFloatLanes; ++l) any |= mask[l];
  return any != 0;
}

}  // namespace
}  // namespace kx::core::simd
