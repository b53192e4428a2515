#include "app/bench/bench_workload.h"

namespace kx::bench {

core::Result<core::ParamValues> valuesWithSets(const core::ParamSchema& schema, const BenchOptions& options) {
  core::ParamValues values = schema.defaults();
  for (const auto& assignment : options.sets) {
    if (auto status = schema.applyAssignment(assignment, values); !status) return core::fail(status.error());
  }
  return values;
}

}  // namespace kx::bench
