// W2 `walk1d` and `walk2d` (docs/benchmarks.md): every walker's position
// after every step with the lab's own kernels (core/walk), then the
// statistics the lab shows; the quality fields come from those outputs.
#include <cmath>

#include "app/bench/workloads.h"
#include "core/util/stopwatch.h"
#include "core/walk/walk_engine.h"
#include "core/walk/walk_summary.h"

namespace kx::bench {
namespace {

namespace walk = core::walk;

// The workload's parameters: W2's walk, then --seed, then any --set.
core::Result<walk::WalkParams> walkParams(const BenchOptions& options, core::ParamValues values) {
  const core::ParamSchema schema = walk::walkSchema();
  values["seed"] = static_cast<double>(options.seed);
  for (const auto& assignment : options.sets) {
    if (auto status = schema.applyAssignment(assignment, values); !status) return core::fail(status.error());
  }
  // The bench keeps no checkpoints, so the app's memory budget does not apply.
  return walk::walkParamsFrom(values, std::size_t(1) << 40);
}

core::Result<QJsonObject> runWalk1D(const BenchOptions& options) {
  core::ParamValues values = walk::walkSchema().defaults();
  values["kind"] = static_cast<double>(walk::WalkKind::Lattice1D);
  values["walkers"] = options.small ? 100000 : 1000000;
  values["steps"] = 1000;
  auto params = walkParams(options, values);
  if (!params) return core::fail(params.error());
  const walk::WalkParams& w = *params;

  core::Stopwatch clock;
  walk::Positions positions = walk::startPositions(w);
  walk::advancePositions(w, positions, w.steps);
  const double steppingSeconds = clock.seconds();
  const walk::Summary1D summary = walk::summarize1D(w, positions);
  const double seconds = clock.seconds();

  const double walkerSteps = double(w.walkers) * w.steps;
  return QJsonObject{{"seconds", seconds},
                     {"throughput", walkerSteps / seconds},
                     {"unit", "walker-steps/s"},
                     {"stepping_seconds", steppingSeconds},
                     {"walkers", w.walkers},
                     {"steps", w.steps},
                     {"p", w.p},
                     {"mean", summary.moments.meanX},
                     {"variance", summary.moments.varianceX},
                     {"expected_variance", w.steps * w.stepVariance()},
                     {"chi2", summary.chiSquare.statistic},
                     {"chi2_dof", summary.chiSquare.degreesOfFreedom},
                     {"chi2_p_value", summary.chiSquare.pValue},
                     {"exact_law", QString::fromStdString(summary.exactLaw)},
                     {"ks_to_normal", summary.ks}};
}

core::Result<QJsonObject> runWalk2D(const BenchOptions& options) {
  core::ParamValues values = walk::walkSchema().defaults();
  values["kind"] = static_cast<double>(walk::WalkKind::Gaussian2D);
  values["walkers"] = options.small ? 20000 : 100000;
  values["steps"] = 1000;
  auto params = walkParams(options, values);
  if (!params) return core::fail(params.error());
  const walk::WalkParams& w = *params;

  QJsonObject msd;
  core::Stopwatch clock;
  walk::Positions positions = walk::startPositions(w);
  for (int t : {10, 100, 1000}) {
    if (t > w.steps) break;
    walk::advancePositions(w, positions, t);
    msd.insert(QString("msd_%1").arg(t), walk::momentsOf(w, positions).msd);
  }
  walk::advancePositions(w, positions, w.steps);
  const walk::Summary2D summary = walk::summarize2D(w, positions);
  const double seconds = clock.seconds();

  QJsonObject record{{"seconds", seconds},
                     {"throughput", double(w.walkers) * w.steps / seconds},
                     {"unit", "walker-steps/s"},
                     {"walkers", w.walkers},
                     {"steps", w.steps},
                     {"sigma", w.scale},
                     {"msd_final", summary.moments.msd},
                     {"expected_msd_per_step", 2 * w.stepVariance()}};
  for (auto it = msd.begin(); it != msd.end(); ++it) record.insert(it.key(), it.value());
  return record;
}

}  // namespace

BenchWorkload walk1dWorkload() {
  return {.name = "walk1d", .variants = {"bits"}, .run = [](const std::string&, const BenchOptions& o) {
            return runWalk1D(o);
          }};
}

BenchWorkload walk2dWorkload() {
  return {.name = "walk2d", .variants = {"gauss"}, .run = [](const std::string&, const BenchOptions& o) {
            return runWalk2D(o);
          }};
}

}  // namespace kx::bench
