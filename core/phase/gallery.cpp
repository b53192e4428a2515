#include "core/phase/gallery.h"

#include "core/ode/competition_job.h"

namespace kx::core {
namespace {

PlanarModelSpec competition() {
  // The same expressions, in the same order of operations, as
  // CompetitionParams::rhs, so the typed model reproduces it to rounding.
  PlanarModelSpec s{
      .id = "competition",
      .dxdt = "r1*x*(1 - x/N1) - a1*x*y",
      .dydt = "r2*y*(1 - y/N2) - a2*x*y",
      .window = kCompetitionDefaultWindow,
      .note = "Two species compete for one habitat (kexue.fm 3120): coexistence, a winner or bistability."};
  for (const auto& p : competitionModelSpecs()) s.parameters.push_back({p.key, p.defaultValue, p.min, p.max});
  return s;
}

}  // namespace

std::vector<PlanarModelSpec> modelGallery() {
  return {
      competition(),
      {.id = "lotka_volterra",
       .dxdt = "alpha*x - beta*x*y",
       .dydt = "delta*x*y - gamma*y",
       .parameters =
           {{"alpha", 1.0, 0.05, 5}, {"beta", 0.5, 0.01, 5}, {"delta", 0.2, 0.01, 5}, {"gamma", 0.6, 0.05, 5}},
       .window = {-0.5, 10, -0.5, 8},
       .note = "Prey x and predators y: closed orbits around a centre, one for each value of a conserved quantity."},
      {.id = "rosenzweig_macarthur",
       .dxdt = "r*x*(1 - x/K) - a*x*y/(1 + a*h*x)",
       .dydt = "e*a*x*y/(1 + a*h*x) - m*y",
       .parameters = {{"r", 1.0, 0.05, 5},
                      {"K", 2.0, 0.5, 8},
                      {"a", 1.0, 0.05, 5},
                      {"h", 1.0, 0.05, 5},
                      {"e", 0.5, 0.05, 1},
                      {"m", 0.2, 0.01, 2}},
       .window = {-0.25, 5, -0.25, 3},
       .note = "Logistic prey, predators with a saturating (Holling II) appetite: past K = 1/(ah) + 2x* the "
               "equilibrium gives way to a limit cycle."},
      {.id = "mutualism",
       .dxdt = "r1*x*(1 - x/K1 + b12*y/K1)",
       .dydt = "r2*y*(1 - y/K2 + b21*x/K2)",
       .parameters = {{"r1", 0.8, 0.01, 5},
                      {"K1", 100, 1, 1000},
                      {"b12", 0.5, 0, 2},
                      {"r2", 0.6, 0.01, 5},
                      {"K2", 80, 1, 1000},
                      {"b21", 0.4, 0, 2}},
       .window = {-20, 250, -20, 220},
       .note = "Two species that help each other: both exceed their carrying capacities while b12·b21 < 1."},
      {.id = "sir",
       .dxdt = "-beta*x*y",
       .dydt = "beta*x*y - gamma*y",
       .parameters = {{"beta", 0.5, 0.01, 5}, {"gamma", 0.1, 0.01, 5}},
       .window = {-0.05, 1.05, -0.05, 1.05},
       .note = "Susceptible x and infected y as fractions of a population: an epidemic grows while beta·x > gamma."},
  };
}

PlanarModelSpec galleryModel(const std::string& id) {
  for (auto& spec : modelGallery())
    if (spec.id == id) return spec;
  return competition();
}

}  // namespace kx::core
