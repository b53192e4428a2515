#include "core/ode/competition_model.h"

#include <cmath>

namespace kx::core {

CompetitionParams CompetitionParams::from(const ParamReader& in) {
  CompetitionParams p;
  p.r1 = in.real("r1");
  p.N1 = in.real("N1");
  p.a1 = in.real("a1");
  p.r2 = in.real("r2");
  p.N2 = in.real("N2");
  p.a2 = in.real("a2");
  return p;
}

Eigen::Matrix2d CompetitionParams::jacobian(const Eigen::Vector2d& x) const {
  Eigen::Matrix2d j;
  j << r1 * (1 - 2 * x(0) / N1) - a1 * x(1), -a1 * x(0),  //
      -a2 * x(1), r2 * (1 - 2 * x(1) / N2) - a2 * x(0);
  return j;
}

CompetitionOutcome competitionOutcome(double sigma1, double sigma2) {
  constexpr double eps = 1e-12;
  if (std::abs(sigma1 - 1) < eps || std::abs(sigma2 - 1) < eps) return CompetitionOutcome::Degenerate;
  if (sigma1 < 1 && sigma2 < 1) return CompetitionOutcome::Coexistence;
  if (sigma1 < 1) return CompetitionOutcome::Species1Wins;
  if (sigma2 < 1) return CompetitionOutcome::Species2Wins;
  return CompetitionOutcome::Bistable;
}

std::string outcomeName(CompetitionOutcome outcome) {
  switch (outcome) {
    case CompetitionOutcome::Coexistence: return "coexistence";
    case CompetitionOutcome::Species1Wins: return "species 1 wins";
    case CompetitionOutcome::Species2Wins: return "species 2 wins";
    case CompetitionOutcome::Bistable: return "bistable";
    case CompetitionOutcome::Degenerate: return "degenerate";
  }
  return "degenerate";
}

std::vector<Equilibrium> competitionEquilibria(const CompetitionParams& p) {
  std::vector<std::pair<Eigen::Vector2d, std::string>> points{
      {{0.0, 0.0}, "(0, 0)"}, {{0.0, p.N2}, "(0, N2)"}, {{p.N1, 0.0}, "(N1, 0)"}};
  // Interior point in the sigma form (docs/math.md §1.3, §1.5).
  const double s1 = p.sigma1(), s2 = p.sigma2();
  const double det = 1 - s1 * s2;
  if (std::abs(det) > 1e-12)
    points.push_back({{p.N1 * (1 - s1) / det, p.N2 * (1 - s2) / det}, "E*"});

  std::vector<Equilibrium> result;
  for (const auto& [x, name] : points) {
    const Eigen::Matrix2d j = p.jacobian(x);
    result.push_back({x, eigenvalues2x2(j), classify(j), name});
  }
  return result;
}

std::vector<ParamSpec> competitionModelSpecs() {
  return {
      {.key = "r1", .label = "r₁", .unit = "1/time",
       .description = "Intrinsic growth rate of species 1 when it is rare and alone.",
       .min = 0.001, .max = 2.0, .defaultValue = 0.1, .decimals = 4, .logScale = true},
      {.key = "N1", .label = "N₁", .unit = "individuals",
       .description = "Carrying capacity of species 1 living alone.",
       .min = 1.0, .max = 5000.0, .defaultValue = 500.0, .decimals = 2, .logScale = true},
      {.key = "a1", .label = "a₁", .unit = "1/(individual·time)",
       .description = "How strongly species 2 harms species 1 (per encounter rate).",
       .min = 0.0, .max = 0.01, .defaultValue = 1e-4, .decimals = 6},
      {.key = "r2", .label = "r₂", .unit = "1/time",
       .description = "Intrinsic growth rate of species 2 when it is rare and alone.",
       .min = 0.001, .max = 2.0, .defaultValue = 0.3, .decimals = 4, .logScale = true},
      {.key = "N2", .label = "N₂", .unit = "individuals",
       .description = "Carrying capacity of species 2 living alone (essay: 1/N₂ = 0.003).",
       .min = 1.0, .max = 5000.0, .defaultValue = 1.0 / 0.003, .decimals = 2, .logScale = true},
      {.key = "a2", .label = "a₂", .unit = "1/(individual·time)",
       .description = "How strongly species 1 harms species 2 (per encounter rate).",
       .min = 0.0, .max = 0.01, .defaultValue = 2e-4, .decimals = 6},
  };
}

}  // namespace kx::core
