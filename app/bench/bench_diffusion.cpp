// W3 `diffusion` (docs/benchmarks.md): 100,000 particles sampled from the
// ring of 8 with the exact noised-mixture score, by the lab's own samplers
// (core/diffusion); the quality fields against 100,000 fresh exact samples.
// Variant `empirical`: 20,000 particles, the heat (VE) probability-flow ODE
// with the exact score of a 2,000-point cloud drawn from the ring (docs/math.md
// §3.9, §3.10); its quality is the memorisation readout.
#include "app/bench/workloads.h"
#include "core/diffusion/diffusion_params.h"
#include "core/diffusion/learned_score.h"
#include "core/diffusion/memorisation.h"
#include "core/diffusion/mixture_score.h"
#include "core/diffusion/sampler.h"
#include "core/mixture/point_cloud.h"
#include "core/mixture/presets.h"
#include "core/mixture/sample_quality.h"
#include "core/util/stopwatch.h"

namespace kx::bench {
namespace {

namespace diffusion = core::diffusion;

/// `empirical`: the cloud's size and the particles (issue 18).
constexpr Eigen::Index kCloudPoints = 2000, kEmpiricalParticles = 20000;

core::Result<QJsonObject> runDiffusion(const std::string& variant, const BenchOptions& options) {
  // W3's settings as lab parameters, then any --set (same keys as the app).
  core::ParamValues values = diffusion::diffusionSchema().defaults();
  values["schedule"] = double(diffusion::ScheduleKind::Linear);
  values["particles"] = options.small ? 10000 : 100000;
  values["seed"] = double(options.seed);
  if (variant == "ddpm") {
    values["sampler"] = double(diffusion::SamplerKind::DdpmBeta);  // sigma_t^2 = beta_t (Ho)
  } else if (variant == "ddim") {
    values["sampler"] = double(diffusion::SamplerKind::Ddim);
    values["steps"] = 50;
    values["eta"] = 0;
  } else if (variant == "ode" || variant == "learned") {
    values["sampler"] = double(diffusion::SamplerKind::OdeHeun);  // t from 1 to 1e-3, 50 Heun steps
    values["steps"] = 50;
  } else if (variant == "empirical") {
    values["sampler"] = double(diffusion::SamplerKind::OdeHeun);  // 100 Heun steps of the heat ODE
    values["steps"] = 100;
    values["schedule"] = double(diffusion::ScheduleKind::VeGeometric);
    values["particles"] = options.small ? 2000 : double(kEmpiricalParticles);
  } else {
    return core::fail("unknown variant '" + variant + "' of diffusion (ddpm, ddim, ode, learned, empirical)");
  }
  const core::ParamSchema schema = diffusion::diffusionSchema();
  for (const auto& assignment : options.sets)
    if (auto status = schema.applyAssignment(assignment, values); !status) return core::fail(status.error());
  auto params = diffusion::diffusionParamsFrom(values);
  if (!params) return core::fail(params.error());
  auto target = core::mixture::makePreset(
      core::mixture::presets()[std::size_t(std::min<int>(params->target, int(core::mixture::presets().size()) - 1))]
          .id);
  if (!target) return core::fail(target.error());
  const core::mixture::Points cloud = core::mixture::sample(*target, kCloudPoints, params->seed + 7);
  if (variant == "empirical") target = core::mixture::pointCloudMixture(cloud);
  auto sampler = diffusion::Sampler::create(params->sampler);
  if (!sampler) return core::fail(sampler.error());
  const diffusion::ExactMixtureScore exact(*target);

  // `learned`: W3's eps-network trained by denoising score matching (Adam lr
  // 1e-3, batch 512, 20,000 steps), then the `ode` sampler with it.
  QJsonObject training;
  std::unique_ptr<diffusion::LearnedScore> learned;
  if (variant == "learned") {
    diffusion::DsmTrainer trainer(*target, {.schedule = params->sampler.schedule, .seed = params->seed});
    const int steps = options.small ? 500 : 20000;
    core::Stopwatch trainClock;
    for (int i = 0; i < steps; ++i)
      if (auto loss = trainer.step(); !loss) return core::fail(loss.error());
    const double trainSeconds = trainClock.seconds();
    double last = 0;
    for (int i = 0; i < 100; ++i) last += trainer.losses()[trainer.losses().size() - 1 - i] / 100;
    learned = std::make_unique<diffusion::LearnedScore>(trainer.snapshot());
    const diffusion::ContinuousSchedule c{params->sampler.schedule};
    training = {{"seconds", trainSeconds},
                {"throughput", steps / trainSeconds},
                {"unit", "training-steps/s"},
                {"train_steps", steps},
                {"batch", 512},
                {"final_loss_mean100", last},
                {"eps_error_t0.5",
                 diffusion::epsilonError(*learned, exact, *target, {0.5, c.alphaBar(0.5), c.betaBar(0.5)}, 20000, 5)}};
  }
  const diffusion::ScoreSource& score = learned ? static_cast<const diffusion::ScoreSource&>(*learned) : exact;

  core::Stopwatch clock;
  auto x = sampler->run(score, params->particles, params->seed);
  const double seconds = clock.seconds();
  if (!x) return core::fail(x.error());

  if (variant == "empirical") {
    // Quality (not timed): the memorisation readout and sw1 to the cloud itself.
    const diffusion::Memorisation m = diffusion::memorisation(*x, cloud);
    return QJsonObject{{"seconds", seconds},
                       {"throughput", double(params->particles) * sampler->stepCount() / seconds},
                       {"unit", "particle-steps/s"},
                       {"particles", params->particles},
                       {"cloud_points", int(kCloudPoints)},
                       {"steps", sampler->stepCount()},
                       {"score_evals", sampler->scoreEvaluations()},
                       {"sw1", core::mixture::slicedWasserstein1(*x, cloud, 64)},
                       {"memorised", m.fraction},
                       {"median_distance", m.medianDistance}};
  }
  // Quality (not timed): 100,000 fresh exact samples, 64 directions (W3).
  const auto reference = core::mixture::sample(*target, 100000, params->seed + 1000003);
  const auto cover = core::mixture::modeCoverage(*x, *target);
  QJsonObject record{{"seconds", seconds},
                     {"throughput", double(params->particles) * sampler->stepCount() / seconds},
                     {"unit", "particle-steps/s"},
                     {"particles", params->particles},
                     {"steps", sampler->stepCount()},
                     {"score_evals", sampler->scoreEvaluations()},
                     {"sw1", core::mixture::slicedWasserstein1(*x, reference, 64)},
                     {"modes", cover.modes},
                     {"hq", cover.highQuality}};
  if (learned) {
    record.insert("sample_seconds", seconds);
    for (auto it = training.begin(); it != training.end(); ++it) record.insert(it.key(), it.value());
  }
  return record;
}

}  // namespace

BenchWorkload diffusionWorkload() {
  return {.name = "diffusion", .variants = {"ddpm", "ddim", "ode", "learned", "empirical"}, .run = runDiffusion};
}

}  // namespace kx::bench
