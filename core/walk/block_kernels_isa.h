#pragma once
// The walk's kernels for each instruction-set path (core/util/cpu_isa.h), one
// explicit specialisation per path in block_kernels_isa.cpp, which is
// compiled once per path; block_kernels.cpp picks the active one. The
// reference and the replay live beside the kernels so that each path's
// trails are computed with that path's arithmetic (FMA or not).
#include <cstdint>

#include "core/util/cpu_isa.h"
#include "core/walk/block_kernels.h"

namespace kx::core::walk {

template <Isa>
void advanceBlockOn(const WalkParams& params, std::uint64_t block, const BlockState& state, int from, int to);
template <Isa>
void advanceBlockReferenceOn(const WalkParams& params, std::uint64_t block, const BlockState& state, int from, int to);
/// Walker `index`'s positions after 1..`steps` steps into xs[0..steps), ys[0..steps).
template <Isa>
void replayWalkerOn(const WalkParams& params, int index, int steps, float* xs, float* ys);

#define KX_DECLARE_WALK_KERNELS(isa, unused)                                                        \
  template <>                                                                                       \
  void advanceBlockOn<isa>(const WalkParams&, std::uint64_t, const BlockState&, int, int);          \
  template <>                                                                                       \
  void advanceBlockReferenceOn<isa>(const WalkParams&, std::uint64_t, const BlockState&, int, int); \
  template <>                                                                                       \
  void replayWalkerOn<isa>(const WalkParams&, int, int, float*, float*);
KX_FOR_EACH_ISA(KX_DECLARE_WALK_KERNELS, )
#undef KX_DECLARE_WALK_KERNELS

}  // namespace kx::core::walk
