// W4 `gan` (docs/benchmarks.md, issues 6 and 16): the GAN lab's trainer on the
// 8-Gaussian ring, variants by loss with W4's critic steps per generator
// step. Every other setting is the lab's shipped default (core/gan/gan_params.h,
// = W4's model); --set changes any of them. Quality on 10,000 generated
// samples against 100,000 exact ones. Variant `langevin` trains as `energy`,
// then samples the trained critic's energy with MALA (sampleCritic below).
// scripts/bench_peers/gan_torch.py runs the same in PyTorch.
#include <algorithm>
#include <ctime>

#include "app/bench/workloads.h"
#include "core/gan/critic_energy.h"
#include "core/mixture/presets.h"
#include "core/mixture/sample_quality.h"
#include "core/sampling/temperature.h"
#include "core/util/counter_rng.h"
#include "core/util/stopwatch.h"

namespace kx::bench {
namespace {

using core::mixture::Points;

/// `langevin`'s settings: the bench's own --set keys (the GAN schema has none
/// for sampling), read by that variant only; every other key goes to the GAN schema.
core::ParamSchema langevinSchema() {
  using core::ParamKind;
  return core::ParamSchema({
      {.key = "langevin_particles",
       .label = "Particles",
       .description = "Particles MALA moves, started at G(z)",
       .kind = ParamKind::Integer,
       .min = 1,
       .max = 1e7,
       .defaultValue = 100000},
      {.key = "langevin_steps",
       .label = "MALA steps",
       .description = "MALA steps of every particle",
       .kind = ParamKind::Integer,
       .min = 1,
       .max = 1e6,
       .defaultValue = 1000},
      // ε = 0.01 moves √ε = 0.1, a mode's stddev; at the default temperature
      // it accepted 0.61-0.67 of the moves (docs/benchmarks.md W4), near MALA's optimal 0.574.
      {.key = "langevin_step_size",
       .label = "Step size ε",
       .description = "MALA's step size ε (docs/math.md §4.12)",
       .kind = ParamKind::Real,
       .min = 1e-8,
       .max = 10,
       .defaultValue = 0.01,
       .decimals = 8,
       .logScale = true},
      {.key = "langevin_temperature",
       .label = "Temperature T",
       .description = "T of the target e^{-U/T}; 0 = half the trained energy's score-matching temperature on the "
                      "data (docs/math.md §4.15)",
       .kind = ParamKind::Real,
       .min = 0,
       .max = 1e3,
       .defaultValue = 0,
       .decimals = 8},
  });
}

bool isLangevinKey(const std::string& assignment) {
  return langevinSchema().find(assignment.substr(0, assignment.find('='))) != nullptr;
}

/// The variant's loss and critic steps (W4; the energy GAN takes 1, as in its runs in
/// docs/math.md §4.9 and §4.13), then the user's --set.
core::Result<core::ParamValues> variantValues(const std::string& variant, const BenchOptions& options) {
  const core::ParamSchema schema = core::gan::ganSchema();
  core::ParamValues values = schema.defaults();
  const auto& keys = core::gan::lossKeys();
  const std::string loss = variant == "langevin" ? "energy" : variant;
  values["loss"] = double(std::find(keys.begin(), keys.end(), loss) - keys.begin());
  values["d_steps"] = variant == "wgangp" ? 5 : variant == "ganqp" ? 2 : 1;
  values["lambda"] = 10;
  values["seed"] = double(options.seed);
  if (options.small) values["steps"] = 300;
  for (const auto& s : options.sets) {
    if (isLangevinKey(s)) continue;  // langevinValues() reads these
    if (auto status = schema.applyAssignment(s, values); !status) return core::fail(status.error());
  }
  return values;
}

core::Result<core::ParamValues> langevinValues(const BenchOptions& options) {
  const core::ParamSchema schema = langevinSchema();
  core::ParamValues values = schema.defaults();
  if (options.small) values["langevin_particles"] = 2000, values["langevin_steps"] = 100;
  for (const auto& s : options.sets) {
    if (!isLangevinKey(s)) continue;  // variantValues() reads these
    if (auto status = schema.applyAssignment(s, values); !status) return core::fail(status.error());
  }
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

/// `langevin`: MALA (§4.12) on the trained critic's energy U = −D (§4.14). The
/// particles start at G(z), where the generator already put the modes: MALA
/// seldom crosses between the pits, so from noise the modes' shares follow the
/// basins the particles start in (docs/benchmarks.md W4). The pits are shallow
/// (U spans ~0.01-0.1 after training), so the target e^{−U/T} needs a T fitted
/// to U: unless --set, half the score-matching temperature on data samples
/// (§4.15). Times the sampler's start (one energy evaluation) and its steps.
core::Result<QJsonObject> sampleCritic(core::gan::GanTrainer& trainer, const BenchOptions& options,
                                       const Points& real) {
  const auto settings = langevinValues(options);
  if (!settings) return core::fail(settings.error());
  const auto& s = *settings;
  auto energy = core::gan::criticEnergy(trainer.params(), trainer.weights());
  if (!energy) return core::fail(energy.error());
  const std::uint64_t seed = trainer.params().seed;
  const Points data = core::mixture::sample(trainer.target(), 10000, core::blockKey(seed, (1ull << 62) + 1));
  const auto fitted = core::sampling::scoreMatchingTemperature(*energy, data);
  const double chosen = s.at("langevin_temperature");
  if (!fitted && chosen == 0) return core::fail(fitted.error());
  const double temperature = chosen > 0 ? chosen : *fitted / 2;
  const int particles = int(s.at("langevin_particles")), steps = int(s.at("langevin_steps"));
  const Points start = trainer.generate(trainer.noise(particles, 1ull << 61));

  core::Stopwatch clock;
  auto sampler = core::sampling::Langevin::create(
      {core::sampling::LangevinKind::Mala, s.at("langevin_step_size"), temperature, seed}, *energy, start);
  if (!sampler) return core::fail(sampler.error());
  if (auto status = sampler.value().advance(steps); !status) return core::fail(status.error());
  const double seconds = clock.seconds();

  QJsonObject record{{"seconds", seconds},         {"throughput", double(particles) * steps / seconds},
                     {"unit", "particle-steps/s"}, {"particles", particles},
                     {"langevin_steps", steps},    {"step_size", s.at("langevin_step_size")},
                     {"temperature", temperature}, {"acceptance", sampler->acceptanceRate()}};
  if (fitted) record.insert("temperature_sm", *fitted);
  insertQuality(record, "", sampler->particles(), trainer.target(), real);
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
  auto sampled = sampleCritic(trainer, options, real);
  if (!sampled) return core::fail(sampled.error());
  for (auto it = sampled->begin(); it != sampled->end(); ++it) record.insert(it.key(), it.value());
  return record;
}

}  // namespace

BenchWorkload ganWorkload() {
  return {.name = "gan", .variants = {"sgan", "rsgan", "ganqp", "wgangp", "energy", "langevin"}, .run = runGan};
}

}  // namespace kx::bench
