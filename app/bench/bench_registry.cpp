// The one list of kexue-bench workloads. Each lab's workload lives in its own
// file and adds one line here.
#include "app/bench/bench_workload.h"
#include "app/bench/workloads.h"

namespace kx::bench {

std::vector<BenchWorkload> allWorkloads() {
  return {
      phaseWorkload(),
      walk1dWorkload(), walk2dWorkload(),
      nnWorkload(),
      vaeWorkload(),
      diffusionWorkload(),
      ganWorkload(),
      responsiveWorkload(),
      renderWorkload(),
      videoWorkload(),
  };
}

}  // namespace kx::bench
