#pragma once
// The two-species Lotka–Volterra competition model (docs/math.md §1):
//   dx1/dt = r1 x1 (1 - x1/N1) - a1 x1 x2,   dx2/dt = r2 x2 (1 - x2/N2) - a2 x1 x2.
#include <Eigen/Core>
#include <string>
#include <vector>

#include "core/ode/equilibrium.h"
#include "core/params/param_reader.h"

namespace kx::core {

struct CompetitionParams {
  double r1 = 0.1, N1 = 500.0, a1 = 1e-4;  // docs/math.md §1.2 defaults
  double r2 = 0.3, N2 = 1.0 / 0.003, a2 = 2e-4;

  /// Reads r1, N1, a1, r2, N2, a2 (competitionModelSpecs()).
  static CompetitionParams from(const ParamReader& in);

  Eigen::Vector2d rhs(const Eigen::Vector2d& x) const {
    return {r1 * x(0) * (1 - x(0) / N1) - a1 * x(0) * x(1), r2 * x(1) * (1 - x(1) / N2) - a2 * x(0) * x(1)};
  }
  /// J(x) of docs/math.md §1.4.
  Eigen::Matrix2d jacobian(const Eigen::Vector2d& x) const;

  /// Dimensionless competition strengths sigma1 = a1 N2 / r1, sigma2 = a2 N1 / r2.
  double sigma1() const { return a1 * N2 / r1; }
  double sigma2() const { return a2 * N1 / r2; }
};

enum class CompetitionOutcome { Coexistence, Species1Wins, Species2Wins, Bistable, Degenerate };

/// The outcome table of docs/math.md §1.5 from sigma1 and sigma2.
CompetitionOutcome competitionOutcome(double sigma1, double sigma2);
std::string outcomeName(CompetitionOutcome outcome);

/// (0,0), (0,N2), (N1,0) and, when it exists (sigma1 sigma2 != 1), the
/// interior point E* of docs/math.md §1.3, each classified from its Jacobian.
std::vector<Equilibrium> competitionEquilibria(const CompetitionParams& p);

/// The six model parameters with the essay's defaults, ranges and meanings.
std::vector<ParamSpec> competitionModelSpecs();

}  // namespace kx::core
