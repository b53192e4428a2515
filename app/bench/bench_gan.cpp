// W4 `gan` (docs/benchmarks.md, issues 6 and 16): the GAN lab's trainer on the
// 8-Gaussian ring, variants by loss with W4's critic steps per generator
// step. Every other setting is the lab's shipped default (core/gan/gan_params.h,
// = W4's model); --set changes any of them. Quality on 10,000 generated
// samples against 100,000 exact ones. Variant `langevin` trains as `energy`,
// then samples the trained critic's energy with the lab's MALA (sampleCritic below).
// scripts/bench_peers/gan_torch.py runs the same in PyTorch.
#include <algorithm>
#include <ctime>

#include "app/bench/workloads.h"
#include "core/gan/gan_frame.h"
#include "core/gan/gan_sampler.h"
#include "core/mixture/presets.h"
#include "core/mixture/sample_quality.h"
#include "core/util/counter_rng.h"
#include "core/util/stopwatch.h"

namespace kx::bench {
namespace {

using core::mixture::Points;

/// The variant's loss and critic steps (W4; the energy GAN takes 1, as in its runs in
/// docs/math.md §4.9 and §4.13), then the user's --set. `langevin` is the energy
/// GAN with the lab's MALA (§4.12, §4.15) at W4's size: 100,000 particles from
/// G(z), 1,000 steps; step size and temperature are the lab's defaults.
core::Result<core::ParamValues> variantValues(const std::string& variant, const BenchOptions& options) {
  const core::ParamSchema schema = core::gan::ganSchema();
  core::ParamValues values = schema.defaults();
  const auto& keys = core::gan::lossKeys();
  const bool langevin = variant == "langevin";
  const std::string loss = langevin ? "energy" : variant;
  values["loss"] = double(std::find(keys.begin(), keys.end(), loss) - keys.begin());
  values["d_steps"] = variant == "wgangp" ? 5 : variant == "ganqp" ? 2 : 1;
  values["lambda"] = 10;
  values["seed"] = double(options.seed);
  if (langevin) {
    values["langevin"] = double(core::gan::LangevinMode::Mala);
    values["langevin_start"] = double(core::gan::ParticleStart::Generator);
    values["langevin_particles"] = options.small ? 2000 : 100000;
    values["langevin_steps"] = options.small ? 100 : 1000;
  }
  if (options.small) values["steps"] = 300;
  for (const auto& s : options.sets)
    if (auto status = schema.applyAssignment(s, values); !status) return core::fail(status.error());
  return values;
}

/// W4's quality fields (W3's definitions) of `points` against the exact samples `real`, named prefix + field.
void insertQuality(QJsonObject& record, const QString& prefix, const Points& points,
                   const core::mixture::GaussianMixture& target, const Points& real) {
  const auto coverage = core::mixture::modeCoverage(points, target);
  record.insert(prefix + "modes", coverage.modes);
  record.insert(prefix + "hq", coverage.highQuality);
  record.insert(prefix + "sw1", core::mixture::slicedWasserstein1(points, real));
}

/// `langevin`: the lab's sampler (core/gan/gan_sampler.h) on the trained
/// critic's energy U = −D, from G(z): MALA seldom crosses between the pits,
/// so from noise the modes' shares follow the basins the particles start in
/// (docs/benchmarks.md W4). Times the sampler's start (one energy evaluation)
/// and its steps; the quality is of every particle.
core::Result<QJsonObject> sampleCritic(core::gan::GanTrainer& trainer, const Points& real) {
  const core::gan::GanParams& p = trainer.params();
  const auto trained = core::gan::buildFrame(trainer, core::gan::frameInputs(trainer), {});
  core::Stopwatch clock;
  auto created = core::gan::GanSampler::create(p, *trained, trainer.target());
  if (!created) return core::fail(created.error());
  core::gan::GanSampler sampler = std::move(created).value();
  if (auto status = sampler.advance(p.langevin.steps); !status) return core::fail(status.error());
  const double seconds = clock.seconds();
  const auto state = sampler.snapshot();
  const double particles = p.langevin.particles;
  QJsonObject record{{"seconds", seconds},
                     {"throughput", particles * p.langevin.steps / seconds},
                     {"unit", "particle-steps/s"},
                     {"particles", particles},
                     {"langevin_steps", p.langevin.steps},
                     {"step_size", p.langevin.stepSize},
                     {"temperature", state->temperature},
                     {"acceptance", state->acceptance}};
  insertQuality(record, "", state->particles, trainer.target(), real);
  return record;
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

  // `langevin` reports the sampler under the usual names and the training beside it.
  const bool langevin = variant == "langevin";
  const QString train = langevin ? "train_" : "", generated = langevin ? "g_" : "";
  const int samples = options.small ? 2000 : 10000, exact = options.small ? 20000 : 100000;
  const Points fake = trainer.generate(trainer.noise(samples, 1ull << 62));
  const Points real = core::mixture::sample(*target, exact, core::blockKey(params->seed, 1ull << 62));
  QJsonObject record{{train + "seconds", seconds},
                     {train + "throughput", trainer.generatorSteps() / seconds},
                     {train + "unit", "generator-steps/s"},
                     {"steps", int(trainer.generatorSteps())},
                     {"d_steps", params->criticSteps},
                     {train + "cpu_per_wall", cpuSeconds / seconds},
                     {"final_d_loss", double(trainer.lastDiscriminatorLoss())},
                     {"final_g_loss", double(trainer.lastGeneratorLoss())},
                     {"seed", double(params->seed)}};
  if (!trainer.divergence().empty()) {
    record.insert("diverged", QString::fromStdString(trainer.divergence()));
    return record;
  }
  insertQuality(record, generated, fake, *target, real);
  if (!langevin) return record;
  auto sampled = sampleCritic(trainer, real);
  if (!sampled) return core::fail(sampled.error());
  for (auto it = sampled->begin(); it != sampled->end(); ++it) record.insert(it.key(), it.value());
  return record;
}

}  // namespace

BenchWorkload ganWorkload() {
  return {.name = "gan", .variants = {"sgan", "rsgan", "ganqp", "wgangp", "energy", "langevin"}, .run = runGan};
}

}  // namespace kx::bench
