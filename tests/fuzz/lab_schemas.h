#pragma once
// The parameter schema of every lab: what sessions and --set are checked against.
#include <vector>

#include "core/diffusion/diffusion_params.h"
#include "core/gan/gan_params.h"
#include "core/ode/competition_job.h"
#include "core/params/param_schema.h"
#include "core/vae/vae_params.h"
#include "core/walk/walk_params.h"

namespace kx::fuzz {

inline const std::vector<core::ParamSchema>& labSchemas() {
  static const std::vector<core::ParamSchema> schemas{core::competitionLabSchema(), core::walk::walkSchema(),
                                                      core::diffusion::diffusionSchema(), core::gan::ganSchema(),
                                                      core::vae::vaeSchema()};
  return schemas;
}

}  // namespace kx::fuzz
