// Equilibria and manifolds of typed models (docs/math.md §7.4, §7.6).
#include "core/phase/equilibria.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/ode/competition_job.h"
#include "core/ode/saddle_manifold.h"
#include "tests/core/phase/test_models.h"

namespace kx::core {
namespace {

using test::boundWith;
using test::gallery;
using test::typed;

// The typed competition model finds the hand-coded equilibria of §1.3 with
// their eigenvalues and types (§1.7), in every regime of §1.5, to 1e-12
// relative: Newton ends at the root to rounding.
TEST(FindEquilibria, TypedCompetitionModelMatchesTheClosedForms) {
  const auto model = gallery("competition");
  CompetitionParams defaults;
  const std::vector<std::pair<std::string, double>> regimes[] = {
      {},                                                                               // coexistence
      {{"a2", 2 * defaults.r2 / defaults.N1}},                                          // species 1 wins
      {{"a1", 2 * defaults.r1 / defaults.N2}},                                          // species 2 wins
      {{"a1", 2 * defaults.r1 / defaults.N2}, {"a2", 2 * defaults.r2 / defaults.N1}}};  // bistable
  for (const auto& changes : regimes) {
    CompetitionParams hand;
    for (const auto& [name, value] : changes) (name == "a1" ? hand.a1 : hand.a2) = value;
    const auto found = findEquilibria(boundWith(model, changes), galleryModel("competition").window);
    for (const auto& e : competitionEquilibria(hand)) {
      if (!kCompetitionDefaultWindow.contains(e.x(0), e.x(1))) continue;  // E* outside the view
      const auto match = std::find_if(found.begin(), found.end(), [&](const Equilibrium& f) {
        return (f.x - e.x).norm() <= 1e-12 * std::max(1.0, e.x.norm());
      });
      ASSERT_NE(match, found.end()) << e.name;
      EXPECT_EQ(match->type, e.type) << e.name;
      for (int k = 0; k < 2; ++k)
        EXPECT_LE(std::abs(match->eigenvalues[k] - e.eigenvalues[k]), 1e-12 * std::abs(e.eigenvalues[1])) << e.name;
    }
    std::size_t inView = 0;
    for (const auto& e : competitionEquilibria(hand)) inView += kCompetitionDefaultWindow.contains(e.x(0), e.x(1));
    EXPECT_EQ(found.size(), inView);  // and nothing else
  }
}

// "None missed that a finer seed grid finds": 24 seeds a side against 96.
TEST(FindEquilibria, AFinerSeedGridFindsNothingMore) {
  for (const auto& spec : modelGallery()) {
    if (spec.id == "sir") continue;  // a line of equilibria: see the next test
    const auto system = PlanarModel::compile(spec)->bind();
    const auto coarse = findEquilibria(system, spec.window, {.seedsPerSide = 24});
    const auto fine = findEquilibria(system, spec.window, {.seedsPerSide = 96});
    ASSERT_EQ(coarse.size(), fine.size()) << spec.id;
    for (std::size_t i = 0; i < fine.size(); ++i)
      EXPECT_LE((coarse[i].x - fine[i].x).norm(), 1e-9 * spec.window.width()) << spec.id;
  }
}

// SIR has the line I = 0 of equilibria: each point found on it has a zero
// eigenvalue and is flagged degenerate, not given a guessed type.
TEST(FindEquilibria, ALineOfEquilibriaIsFlaggedDegenerate) {
  const auto found = findEquilibria(gallery("sir").bind(), galleryModel("sir").window);
  ASSERT_GT(found.size(), 1u);
  for (const auto& e : found) {
    EXPECT_LE(std::abs(e.x(1)), 1e-12);
    EXPECT_EQ(e.type, EquilibriumType::Degenerate) << e.name;
  }
}

TEST(FindEquilibria, LotkaVolterraInteriorPointIsACentre) {
  const auto found = findEquilibria(gallery("lotka_volterra").bind(), galleryModel("lotka_volterra").window);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].type, EquilibriumType::Saddle);  // (0, 0)
  // (gamma/delta, alpha/beta) = (3, 2), eigenvalues ±i sqrt(alpha gamma).
  EXPECT_NEAR(found[1].x(0), 3.0, 1e-12);
  EXPECT_NEAR(found[1].x(1), 2.0, 1e-12);
  EXPECT_EQ(found[1].type, EquilibriumType::Centre);
  EXPECT_NEAR(found[1].eigenvalues[1].imag(), std::sqrt(0.6), 1e-12);
}

// dx/dt = sin x, dy/dt = -y on |x| <= 7: saddles at 0 and ±2π, stable nodes
// at ±π. Every saddle gets four branches: the stable ones run along its
// vertical line out of the view, the unstable ones along y = 0 into the
// neighbouring nodes.
TEST(SaddleManifold, EverySaddleGetsBothManifolds) {
  const PlaneRect window{-7, 7, -2, 2};
  const auto system = typed("sin(x)", "-y", window).bind();
  const auto found = findEquilibria(system, window);
  ASSERT_EQ(found.size(), 5u);
  int saddles = 0;
  for (const auto& e : found) {
    const double k = std::round(e.x(0) / std::numbers::pi);
    EXPECT_NEAR(e.x(0), k * std::numbers::pi, 1e-12);
    EXPECT_EQ(e.type, static_cast<int>(k) % 2 == 0 ? EquilibriumType::Saddle : EquilibriumType::StableNode);
    if (e.type != EquilibriumType::Saddle) continue;
    ++saddles;
    for (const auto& branch : saddleManifold(system.field(), system.jacobian(e.x), e.x, window, true)) {
      for (const auto& p : branch) ASSERT_NEAR(p(0), e.x(0), 1e-6);
      EXPECT_GE(std::abs(branch.back()(1)), 2.0);  // out of the view
    }
    const auto unstable = saddleManifold(system.field(), system.jacobian(e.x), e.x, window, false);
    ASSERT_EQ(unstable.size(), 2u);
    EXPECT_NEAR(unstable[0].back()(0) + unstable[1].back()(0), 2 * e.x(0), 1e-3);  // one each way
    for (const auto& branch : unstable) {
      for (const auto& p : branch) ASSERT_NEAR(p(1), 0.0, 1e-6);
      EXPECT_NEAR(std::abs(branch.back()(0) - e.x(0)), std::numbers::pi, 1e-3);  // at the next node
    }
  }
  EXPECT_EQ(saddles, 3);
}

}  // namespace
}  // namespace kx::core
