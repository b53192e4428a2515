#include "core/diffusion/diffusion_params.h"

#include "core/mixture/presets.h"
#include "core/params/param_reader.h"

namespace kx::core::diffusion {
namespace {

const std::vector<std::string> kSamplers = {"ddpm_posterior", "ddpm_beta", "ddim",  "ode_euler",
                                            "ode_heun",       "ode_rk4",   "sde_em"};
const std::vector<std::string> kSamplerNames = {"DDPM (posterior variance)", "DDPM (beta variance)", "DDIM",
                                                "ODE (Euler)", "ODE (Heun)", "ODE (RK4)", "SDE (Euler–Maruyama)"};
const std::vector<std::string> kSchedules = {"linear", "linear_su", "cosine", "ve_geometric", "ve_edm"};
const std::vector<std::string> kScheduleNames = {"Linear (Ho)", "Linear (Su)", "Cosine", "Heat (geometric σ)",
                                                 "Heat (EDM σ)"};

}  // namespace

std::vector<std::string> targetChoices() {
  std::vector<std::string> out = mixture::presetIds();
  out.push_back("custom");
  out.push_back("cloud");
  return out;
}

std::vector<std::string> targetChoiceNames() {
  std::vector<std::string> out = mixture::presetTitles();
  out.push_back("Custom");
  out.push_back("Point cloud");
  return out;
}

std::vector<ParamSpec> diffusionSpecs() {
  using K = ParamKind;
  return {
      {.key = "target",
       .label = "Target",
       .description = "The data distribution: a Gaussian mixture (custom: click on the canvas to add components) "
                      "or a point cloud opened from a CSV file (its exact score returns its own points)",
       .kind = K::Choice,
       .choices = targetChoices(),
       .choiceNames = targetChoiceNames()},
      {.key = "sampler",
       .label = "Sampler",
       .description = "DDPM ancestral (posterior or beta sigma), DDIM, probability-flow ODE (Euler, Heun, RK4) or "
                      "the reverse SDE (Euler-Maruyama)",
       .kind = K::Choice,
       .defaultValue = 2,
       .choices = kSamplers,
       .choiceNames = kSamplerNames},
      {.key = "schedule",
       .label = "Schedule",
       .description = "Noise schedule: Ho's linear beta 1e-4..0.02, Su's alpha_t = sqrt(1 - 0.02 t/T), cosine, "
                      "or variance exploding (the heat equation: x_t = x_0 + sigma(t) noise, sigma geometric or EDM's)",
       .kind = K::Choice,
       .choices = kSchedules,
       .choiceNames = kScheduleNames},
      {.key = "sigma_min",
       .label = "σ min",
       .description = "Heat schedules: the noise level sigma just after t = 0 (sigma(0) = 0 is the data)",
       .kind = K::Real,
       .min = 1e-4,
       .max = 0.5,
       .defaultValue = 0.002,
       .decimals = 4,
       .logScale = true},
      {.key = "sigma_max",
       .label = "σ max",
       .description = "Heat schedules: the noise level sigma(1) the samplers start from (noise times sigma max)",
       .kind = K::Real,
       .min = 1,
       .max = 200,
       .defaultValue = 20,
       .decimals = 1,
       .logScale = true},
      {.key = "steps",
       .label = "Steps",
       .description = "Sampling steps of DDIM, the ODE and the SDE (DDPM always takes all T = 1000)",
       .kind = K::Integer,
       .min = 1,
       .max = 1000,
       .defaultValue = 50,
       .logScale = true},
      {.key = "eta",
       .label = "DDIM eta",
       .description = "0: deterministic DDIM; 1: DDPM's posterior noise on the step subsequence",
       .kind = K::Real,
       .min = 0,
       .max = 1,
       .defaultValue = 0,
       .decimals = 2},
      {.key = "particles",
       .label = "Particles",
       .description = "Number of samples drawn together from the same seeded noise",
       .kind = K::Integer,
       .min = 1,
       .max = kMaxParticles,
       .defaultValue = 20000,
       .logScale = true},
      {.key = "tracked",
       .label = "Trajectories",
       .description = "Particles whose whole path is drawn",
       .kind = K::Integer,
       .min = 0,
       .max = 32,
       .defaultValue = 6},
      {.key = "forward_t",
       .label = "Forward t",
       .description = "Time of the forward (noising) process shown: particles and the exact noised density",
       .kind = K::Real,
       .min = 0,
       .max = 1,
       .defaultValue = 0,
       .decimals = 3},
      {.key = "score",
       .label = "Score",
       .description = "Sample with the exact score of the noised mixture or with the learned network",
       .kind = K::Choice,
       .choices = {"exact", "learned"},
       .choiceNames = {"Exact", "Learned"}},
      {.key = "train_steps",
       .label = "Training steps",
       .description = "Learned score: Adam steps of denoising score matching (batch 512) before sampling",
       .kind = K::Integer,
       .min = 100,
       .max = 50000,
       .defaultValue = 2000,
       .logScale = true},
      {.key = "seed",
       .label = "Seed",
       .description = "Results depend only on the seed (not on the number of threads)",
       .kind = K::Integer,
       .min = 0,
       .max = 2147483647,
       .defaultValue = 1},
  };
}

ParamSchema diffusionSchema() { return ParamSchema(diffusionSpecs()); }

Result<DiffusionParams> diffusionParamsFrom(const ParamValues& values) {
  const ParamSchema schema = diffusionSchema();
  if (auto it = values.find("steps"); it != values.end() && !(it->second >= 1))
    return fail("the step count must be at least 1 (it is " + schema.format("steps", it->second) + ")");
  auto in = ParamReader::read(schema, values, "the diffusion lab");
  if (!in) return fail(in.error());
  DiffusionParams p;
  p.target = in->integer("target");
  p.sampler.kind = in->choice<SamplerKind>("sampler");
  p.sampler.schedule = in->choice<ScheduleKind>("schedule");
  p.sampler.steps = in->integer("steps");
  p.sampler.eta = in->real("eta");
  p.sampler.sigmaMin = in->real("sigma_min");
  p.sampler.sigmaMax = in->real("sigma_max");
  p.particles = in->integer("particles");
  p.tracked = in->integer("tracked");
  p.forwardTime = in->real("forward_t");
  p.learned = in->flag("score");
  p.trainSteps = in->integer("train_steps");
  p.seed = std::uint64_t(in->real("seed"));
  if (auto sampler = Sampler::create(p.sampler); !sampler) return fail(sampler.error());
  return p;
}

}  // namespace kx::core::diffusion
