// The Competition lab's job: staged frames, separatrix, cancellation.
#include "core/ode/competition_job.h"

#include <gtest/gtest.h>

#include <atomic>

#include "core/ode/line_integral_convolution.h"

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;

CompetitionInputs defaults() {
  auto in = *CompetitionInputs::from(competitionLabSchema().defaults());
  in.seeds = {{100, 150}, {550, 50}};
  in.selected = 0;
  in.flowPixels = 96;
  return in;
}

TEST(CompetitionJob, PublishesAnalysisThenTheFlowTexture) {
  CompetitionJob job(defaults());
  ASSERT_TRUE(job.runChunk({}));
  auto first = std::dynamic_pointer_cast<const CompetitionFrame>(job.frame());
  ASSERT_TRUE(first);
  EXPECT_TRUE(first->flowTexture.empty());
  EXPECT_EQ(first->equilibria.size(), 4u);
  EXPECT_EQ(first->outcome, CompetitionOutcome::Coexistence);
  ASSERT_EQ(first->trajectories.size(), 2u);
  // Both trajectories end at E* = (375, 250) after t = 200 (slowest rate 0.063).
  for (const auto& tr : first->trajectories) EXPECT_LT((tr.x.back() - Vec2(375, 250)).norm(), 1.0);
  // Dormand–Prince at rtol 1e-6 against the 1e-12 reference.
  ASSERT_FALSE(first->errorNorm.empty());
  EXPECT_LT(*std::max_element(first->errorNorm.begin(), first->errorNorm.end()), 0.05);
  EXPECT_NEAR(job.progress(), 0.5, 1e-12);

  EXPECT_FALSE(job.runChunk({}));
  auto second = std::dynamic_pointer_cast<const CompetitionFrame>(job.frame());
  ASSERT_EQ(second->flowTexture.size(), static_cast<std::size_t>(second->flowField.nx * second->flowField.ny));
  EXPECT_NE(first, second);  // frames are immutable: a new one, not an edit
  EXPECT_TRUE(first->flowTexture.empty());
}

TEST(CompetitionJob, EulerErrorIsLargerThanRk4AtTheSameStep) {
  auto in = defaults();
  in.flow = false;
  auto maxError = [&](Integrator method) {
    in.integrator = {method, 0.5, {}};
    CompetitionJob job(in);
    job.runChunk({});
    const auto& err = std::dynamic_pointer_cast<const CompetitionFrame>(job.frame())->errorNorm;
    return *std::max_element(err.begin(), err.end());
  };
  EXPECT_GT(maxError(Integrator::Euler), 100 * maxError(Integrator::RK4));
}

// In the bistable case the separatrix splits the basins: points just either
// side of it go to different winners (docs/math.md §1.5).
TEST(CompetitionJob, SeparatrixSplitsTheTwoBasins) {
  CompetitionParams p;
  p.a1 = 2 * p.r1 / p.N2;
  p.a2 = 2 * p.r2 / p.N1;
  const auto eq = competitionEquilibria(p);
  const auto& saddle = eq.back();
  ASSERT_EQ(saddle.type, EquilibriumType::Saddle);
  const auto branches = stableManifold(p, saddle, kCompetitionDefaultWindow);
  ASSERT_EQ(branches.size(), 2u);
  const PlanarField f = [&p](const Vec2& x) { return p.rhs(x); };
  int checked = 0;
  for (const auto& branch : branches) {
    for (std::size_t i = 40; i < branch.size(); i += 60) {
      const Vec2 a = branch[i], b = branch[i - 1];
      if (a.minCoeff() <= 1 || (a - b).norm() < 1e-9) continue;
      // Along the curve the field is tangent: the manifold is invariant.
      const Vec2 tangent = (a - b).normalized(), v = f(a).normalized();
      EXPECT_GT(std::abs(tangent.dot(v)), 0.99);
      const Vec2 normal(-tangent(1), tangent(0));
      IntegratorSettings dp{Integrator::DormandPrince, 0, {1e-9, 1e-9}};
      const Vec2 end1 = integrateTrajectory(f, a + 2.0 * normal, 3000, dp, 2).x.back();
      const Vec2 end2 = integrateTrajectory(f, a - 2.0 * normal, 3000, dp, 2).x.back();
      const bool oneWins = (end1 - Vec2(p.N1, 0)).norm() < 1, twoWins = (end1 - Vec2(0, p.N2)).norm() < 1;
      EXPECT_TRUE(oneWins || twoWins);
      EXPECT_TRUE(oneWins ? (end2 - Vec2(0, p.N2)).norm() < 1 : (end2 - Vec2(p.N1, 0)).norm() < 1);
      ++checked;
    }
  }
  EXPECT_GE(checked, 4);
}

TEST(CompetitionJob, CancelledJobStopsWithoutAFrame) {
  std::atomic<std::uint64_t> latest{1};
  const CancelToken token(&latest, 0);  // already superseded
  auto in = defaults();
  for (int i = 0; i < 50; ++i) in.seeds.push_back({10.0 * i, 5.0 * i});
  CompetitionJob job(in);
  EXPECT_FALSE(job.runChunk(token));
  EXPECT_EQ(job.frame(), nullptr);
}

TEST(LineIntegralConvolution, SmoothsAlongTheFlowNotAcrossIt) {
  // A uniform flow along x: the texture varies much less along rows than down columns.
  const PlanarField f = [](const Vec2&) { return Vec2(1, 0); };
  const auto grid = sampleVectorField(f, {0, 1, 0, 1}, 128, 128);
  const auto lic = lineIntegralConvolution(grid, 10, 3);
  ASSERT_EQ(lic.size(), 128u * 128u);
  double alongRows = 0, alongColumns = 0;
  for (int j = 1; j < 127; ++j)
    for (int i = 1; i < 127; ++i) {
      alongRows += std::abs(lic[j * 128 + i] - lic[j * 128 + i - 1]);
      alongColumns += std::abs(lic[j * 128 + i] - lic[(j - 1) * 128 + i]);
    }
  EXPECT_LT(alongRows * 4, alongColumns);
  for (float v : lic) ASSERT_TRUE(v >= 0 && v <= 1);
}

}  // namespace
}  // namespace kx::core
