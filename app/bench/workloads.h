#pragma once
// Factories of the individual workloads, one per file in app/bench/.
#include "app/bench/bench_workload.h"

namespace kx::bench {

BenchWorkload phaseWorkload();   // W1, bench_phase.cpp
BenchWorkload walk1dWorkload(), walk2dWorkload();  // W2, bench_walk.cpp
BenchWorkload renderWorkload();  // W6, bench_render.cpp
BenchWorkload vaeWorkload();     // W5, bench_vae.cpp
BenchWorkload nnWorkload();      // core/nn training steps (issue 3), bench_nn.cpp
BenchWorkload diffusionWorkload();  // W3, bench_diffusion.cpp
BenchWorkload ganWorkload();     // W4, bench_gan.cpp
BenchWorkload responsiveWorkload();  // W7, bench_responsive.cpp
BenchWorkload videoWorkload();   // W8, bench_video.cpp

}  // namespace kx::bench
