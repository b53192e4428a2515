// Oracles of docs/math.md §1.3-§1.5 and §1.7.
#include "core/ode/competition_model.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kx::core {
namespace {

const Equilibrium& named(const std::vector<Equilibrium>& list, const std::string& name) {
  for (const auto& e : list)
    if (e.name == name) return e;
  throw std::runtime_error("no equilibrium " + name);
}

TEST(CompetitionModel, DefaultEquilibriaAreTheEssays) {
  const CompetitionParams p;
  const auto eq = competitionEquilibria(p);
  ASSERT_EQ(eq.size(), 4u);
  EXPECT_NEAR(named(eq, "E*").x(0), 375.0, 1e-9);
  EXPECT_NEAR(named(eq, "E*").x(1), 250.0, 1e-9);
  EXPECT_NEAR(named(eq, "(0, N2)").x(1), 1000.0 / 3.0, 1e-9);
  EXPECT_NEAR(named(eq, "(N1, 0)").x(0), 500.0, 1e-12);
  for (const auto& e : eq) EXPECT_LT(p.rhs(e.x).norm(), 1e-10) << e.name;  // F(E) = 0
}

TEST(CompetitionModel, EigenvaluesAndTypesMatchSection17) {
  const auto eq = competitionEquilibria(CompetitionParams{});
  auto expectEigen = [&](const std::string& name, double lo, double hi, EquilibriumType type) {
    const auto& e = named(eq, name);
    EXPECT_NEAR(e.eigenvalues[0].real(), lo, 1e-9) << name;
    EXPECT_NEAR(e.eigenvalues[1].real(), hi, 1e-9) << name;
    EXPECT_DOUBLE_EQ(e.eigenvalues[0].imag(), 0.0) << name;
    EXPECT_EQ(e.type, type) << name;
  };
  expectEigen("(0, 0)", 0.1, 0.3, EquilibriumType::UnstableNode);
  expectEigen("(0, N2)", -0.3, 0.2 / 3.0, EquilibriumType::Saddle);
  expectEigen("(N1, 0)", -0.1, 0.2, EquilibriumType::Saddle);
  expectEigen("E*", (-0.3 - std::sqrt(0.03)) / 2, (-0.3 + std::sqrt(0.03)) / 2, EquilibriumType::StableNode);
  const Eigen::Matrix2d j = CompetitionParams{}.jacobian({375, 250});
  EXPECT_NEAR(j(0, 0), -0.075, 1e-12);
  EXPECT_NEAR(j(0, 1), -0.0375, 1e-12);
  EXPECT_NEAR(j(1, 0), -0.05, 1e-12);
  EXPECT_NEAR(j(1, 1), -0.225, 1e-12);
}

TEST(CompetitionModel, DefaultsCoexistWithSigmaOneThird) {
  const CompetitionParams p;
  EXPECT_NEAR(p.sigma1(), 1.0 / 3, 1e-12);
  EXPECT_NEAR(p.sigma2(), 1.0 / 3, 1e-12);
  EXPECT_EQ(competitionOutcome(p.sigma1(), p.sigma2()), CompetitionOutcome::Coexistence);
}

// The other rows of the table in docs/math.md §1.5, each checked against the
// boundary eigenvalues -r, r(1 - sigma) that the table derives from.
TEST(CompetitionModel, RegimesOfSection15) {
  CompetitionParams wins1;  // sigma2 = a2 N1 / r2 = 2 > 1, sigma1 = 1/3
  wins1.a2 = 2 * wins1.r2 / wins1.N1;
  EXPECT_EQ(competitionOutcome(wins1.sigma1(), wins1.sigma2()), CompetitionOutcome::Species1Wins);
  auto eq = competitionEquilibria(wins1);
  EXPECT_EQ(named(eq, "(N1, 0)").type, EquilibriumType::StableNode);
  EXPECT_NEAR(named(eq, "(N1, 0)").eigenvalues[0].real(), wins1.r2 * (1 - wins1.sigma2()), 1e-12);
  EXPECT_EQ(named(eq, "(0, N2)").type, EquilibriumType::Saddle);
  EXPECT_LT(named(eq, "E*").x(1), 0.0);  // E* leaves the positive quadrant

  CompetitionParams wins2;  // sigma1 = 3, sigma2 = 1/3
  wins2.a1 = 3 * wins2.r1 / wins2.N2;
  EXPECT_EQ(competitionOutcome(wins2.sigma1(), wins2.sigma2()), CompetitionOutcome::Species2Wins);
  eq = competitionEquilibria(wins2);
  EXPECT_EQ(named(eq, "(0, N2)").type, EquilibriumType::StableNode);
  EXPECT_EQ(named(eq, "(N1, 0)").type, EquilibriumType::Saddle);

  CompetitionParams bistable;  // sigma1 = sigma2 = 2
  bistable.a1 = 2 * bistable.r1 / bistable.N2;
  bistable.a2 = 2 * bistable.r2 / bistable.N1;
  EXPECT_EQ(competitionOutcome(bistable.sigma1(), bistable.sigma2()), CompetitionOutcome::Bistable);
  eq = competitionEquilibria(bistable);
  EXPECT_EQ(named(eq, "(0, N2)").type, EquilibriumType::StableNode);
  EXPECT_EQ(named(eq, "(N1, 0)").type, EquilibriumType::StableNode);
  EXPECT_EQ(named(eq, "E*").type, EquilibriumType::Saddle);
  // x* = N (1 - sigma) / (1 - sigma1 sigma2) = N / 3 for sigma = 2.
  EXPECT_NEAR(named(eq, "E*").x(0), bistable.N1 / 3, 1e-9);

  CompetitionParams degenerate;  // sigma1 sigma2 = 1: no isolated interior point
  degenerate.a1 = degenerate.r1 / degenerate.N2;
  degenerate.a2 = degenerate.r2 / degenerate.N1;
  EXPECT_EQ(competitionOutcome(degenerate.sigma1(), degenerate.sigma2()), CompetitionOutcome::Degenerate);
  EXPECT_EQ(competitionEquilibria(degenerate).size(), 3u);
}

TEST(Equilibrium, ClassifiesFociAndCentres) {
  Eigen::Matrix2d rotation;
  rotation << 0, -1, 1, 0;
  EXPECT_EQ(classify(rotation), EquilibriumType::Centre);
  EXPECT_EQ(classify(rotation - 0.1 * Eigen::Matrix2d::Identity()), EquilibriumType::StableFocus);
  EXPECT_EQ(classify(rotation + 0.1 * Eigen::Matrix2d::Identity()), EquilibriumType::UnstableFocus);
  EXPECT_EQ(classify(Eigen::Matrix2d::Zero()), EquilibriumType::Degenerate);
  EXPECT_EQ(typeName(EquilibriumType::StableFocus), "stable focus");
}

}  // namespace
}  // namespace kx::core
