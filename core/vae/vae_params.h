#pragma once
// Parameters of the VAE lab (issue 7, docs/math.md §5): the schema the panel,
// session files, CLI --set and the bench read, and the validated configs.
#include "core/params/param_schema.h"
#include "core/vae/vae_trainer.h"

namespace kx::core::vae {

struct VaeParams {
  VaeConfig model;
  TrainConfig train;
  int epochs = 10;
};

ParamSchema vaeSchema();
/// Reads and checks values of vaeSchema(); messages are for users.
Result<VaeParams> vaeParamsFrom(const ParamValues& values);

}  // namespace kx::core::vae
