// W4 `gan` (docs/benchmarks.md, issues 6 and 16): the GAN lab's trainer on the
// 8-Gaussian ring, variants by loss with W4's critic steps per generator
// step. Every other setting is the lab's shipped default (core/gan/gan_params.h,
// = W4's model); --set changes any of them. Quality on 10,000 generated
// samples against 100,000 exact ones. scripts/bench_peers/gan_torch.py runs
// the same training in PyTorch.
#include <algorithm>
#include <ctime>

#include "app/bench/workloads.h"
#include "core/gan/gan_trainer.h"
#include "core/mixture/presets.h"
#include "core/mixture/sample_quality.h"
#include "core/util/counter_rng.h"
#include "core/util/stopwatch.h"

namespace kx::bench {
namespace {

/// The variant's loss and critic steps (W4; the energy GAN takes 1, as in its runs in
/// docs/math.md §4.9 and §4.13), then the user's --set.
core::Result<core::ParamValues> variantValues(const std::string& variant, const BenchOptions& options) {
  const core::ParamSchema schema = core::gan::ganSchema();
  core::ParamValues values = schema.defaults();
  const auto& keys = core::gan::lossKeys();
  values["loss"] = double(std::find(keys.begin(), keys.end(), variant) - keys.begin());
  values["d_steps"] = variant == "wgangp" ? 5 : variant == "ganqp" ? 2 : 1;
  values["lambda"] = 10;
  values["seed"] = double(options.seed);
  if (options.small) values["steps"] = 300;
  for (const auto& s : options.sets)
    if (auto status = schema.applyAssignment(s, values); !status) return core::fail(status.error());
  return values;
}

core::Result<QJsonObject> runGan(const std::string& variant, const BenchOptions& options) {
  auto values = variantValues(variant, options);
  if (!values) return core::fail(values.error());
  auto params = core::gan::ganParamsFrom(*values);
  if (!params) return core::fail(params.error());
  auto target = core::mixture::makePreset(core::mixture::presets()[std::size_t(params->data)].id);
  if (!target) return core::fail(target.error());
  core::gan::GanTrainer trainer(*params, *target);

  const std::clock_t cpuStart = std::clock();
  core::Stopwatch clock;
  for (int k = 0; k < params->steps && trainer.divergence().empty(); ++k) trainer.iterate();
  const double seconds = clock.seconds();
  const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;

  const int samples = options.small ? 2000 : 10000, exact = options.small ? 20000 : 100000;
  const core::mixture::Points fake = trainer.generate(trainer.noise(samples, 1ull << 62));
  const core::mixture::Points real = core::mixture::sample(*target, exact, core::blockKey(params->seed, 1ull << 62));
  QJsonObject record{{"seconds", seconds},
                     {"throughput", trainer.generatorSteps() / seconds},
                     {"unit", "generator-steps/s"},
                     {"steps", int(trainer.generatorSteps())},
                     {"d_steps", params->criticSteps},
                     {"cpu_per_wall", cpuSeconds / seconds},
                     {"final_d_loss", double(trainer.lastDiscriminatorLoss())},
                     {"final_g_loss", double(trainer.lastGeneratorLoss())},
                     {"seed", double(params->seed)}};
  if (!trainer.divergence().empty()) {
    record.insert("diverged", QString::fromStdString(trainer.divergence()));
    return record;
  }
  const auto coverage = core::mixture::modeCoverage(fake, *target);
  record.insert("modes", coverage.modes);
  record.insert("hq", coverage.highQuality);
  record.insert("sw1", core::mixture::slicedWasserstein1(fake, real));
  return record;
}

}  // namespace

BenchWorkload ganWorkload() {
  return {.name = "gan", .variants = {"sgan", "rsgan", "ganqp", "wgangp", "energy"}, .run = runGan};
}

}  // namespace kx::bench
