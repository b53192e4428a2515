#include "core/phase/phase_lab_schema.h"

#include <algorithm>

#include "core/ode/competition_job.h"
#include "core/params/param_reader.h"

namespace kx::core {
namespace {

// The competition lab's settings but the flow texture (the typed models'
// job draws none), with its step "h" called "step": Rosenzweig–MacArthur's
// handling time is h.
std::vector<ParamSpec> settings() {
  std::vector<ParamSpec> specs;
  const auto modelSpecs = competitionModelSpecs();
  const ParamSchema lab = competitionLabSchema();
  for (auto spec : lab.specs()) {
    const bool model =
        std::any_of(modelSpecs.begin(), modelSpecs.end(), [&](const ParamSpec& m) { return m.key == spec.key; });
    if (model || spec.key == "flow") continue;
    if (spec.key == "h") spec.key = "step";
    specs.push_back(std::move(spec));
  }
  return specs;
}

}  // namespace

Result<ParamSchema> phaseLabSchema(const PlanarModelSpec& spec) {
  if (spec.id == "competition") return competitionLabSchema();
  std::vector<ParamSpec> specs;
  const auto rest = settings();
  for (const auto& p : spec.parameters) {
    if (std::any_of(rest.begin(), rest.end(), [&](const ParamSpec& s) { return s.key == p.name; }))
      return fail("parameter name '" + p.name + "' is taken by a setting of the lab");
    specs.push_back(
        {.key = p.name, .label = p.name, .min = p.min, .max = p.max, .defaultValue = p.value, .decimals = 4});
  }
  specs.insert(specs.end(), rest.begin(), rest.end());
  return ParamSchema(std::move(specs));
}

Result<PhaseInputs> phaseInputsFrom(const PlanarModelSpec& spec, const ParamValues& values) {
  auto schema = phaseLabSchema(spec);
  if (!schema) return fail(schema.error());
  auto read = ParamReader::read(*schema, values, "the competition lab");
  if (!read) return fail(read.error());
  const ParamReader& v = *read;
  PhaseInputs in;
  in.model = spec;
  for (const auto& p : spec.parameters) in.values.push_back(v.real(p.name));
  const char* step = spec.id == "competition" ? "h" : "step";
  in.integrator.method = v.choice<Integrator>("integrator");
  in.integrator.step = v.real(step);
  in.integrator.tol = {v.real("rtol"), v.real("rtol") * 1e-3};
  in.tEnd = v.real("t_end");
  in.arrowsAcross = v.integer("arrows");
  return in;
}

}  // namespace kx::core
