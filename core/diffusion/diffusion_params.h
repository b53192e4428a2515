#pragma once
// Parameters of the diffusion lab (issue 5, docs/math.md §3): the schema the
// panel, session files, CLI --set and the bench read, and the validated
// struct the sampling job runs on. The target mixture itself (a preset or
// the user's own components) travels beside these values.
#include <cstdint>
#include <string>
#include <vector>

#include "core/diffusion/sampler.h"
#include "core/params/param_schema.h"
#include "core/util/result.h"

namespace kx::core::diffusion {

inline constexpr int kMaxParticles = 200000;

struct DiffusionParams {
  int target = 0;  ///< index into mixture::presets(); presets().size(): the user's own components, + 1: a point cloud
  SamplerSettings sampler;
  int particles = 20000;
  int tracked = 6;         ///< particles whose trajectories are drawn
  double forwardTime = 0;  ///< the forward-process slider, t in [0, 1]
  bool learned = false;    ///< sample with the learned score instead of the exact one
  int trainSteps = 2000;   ///< denoising-score-matching steps before sampling with the learned score
  std::uint64_t seed = 1;
};

/// Choice names: the presets' ids, then "custom" and "cloud".
std::vector<std::string> targetChoices();
/// What the interface shows for them: the presets' titles, then "Custom" and "Point cloud".
std::vector<std::string> targetChoiceNames();
std::vector<ParamSpec> diffusionSpecs();
ParamSchema diffusionSchema();

/// Reads and checks values of diffusionSchema(); messages are for users.
Result<DiffusionParams> diffusionParamsFrom(const ParamValues& values);

}  // namespace kx::core::diffusion
