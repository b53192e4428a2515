#pragma once
// The parameters of the phase-plane (Competition) lab for any planar model
// (docs/architecture.md, "Parameters, undo, sessions"): one slider per model
// parameter, from its default and range, then the integrator and view
// settings. The essay's model keeps competitionLabSchema() exactly.
#include "core/params/param_schema.h"
#include "core/phase/phase_job.h"
#include "core/util/result.h"

namespace kx::core {

/// The schema for `spec`, or why it cannot have one (a parameter named like
/// one of the settings, e.g. "rtol").
Result<ParamSchema> phaseLabSchema(const PlanarModelSpec& spec);

/// PhaseInputs (all but window and seeds) from values of phaseLabSchema(spec).
Result<PhaseInputs> phaseInputsFrom(const PlanarModelSpec& spec, const ParamValues& values);

}  // namespace kx::core
