// One-parameter bifurcation diagrams (docs/math.md §7.8) against closed forms.
#include "core/phase/bifurcation.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/ode/competition_model.h"
#include "tests/core/phase/test_models.h"

namespace kx::core {
namespace {

const BifurcationMark* markNear(const BifurcationDiagram& d, BifurcationKind kind, double value, double relative) {
  for (const auto& m : d.marks)
    if (m.kind == kind && std::abs(m.parameter - value) <= relative * std::abs(value)) return &m;
  return nullptr;
}

// Rosenzweig–MacArthur swept in K: the interior equilibrium x* = m/(a(e − mh))
// meets (K, 0) at K = x* (transcritical, a zero eigenvalue) and loses
// stability at K_H = 1/(ah) + 2x* (Hopf; docs/math.md §7.8 derives it).
// With the defaults x* = 2/3 and K_H = 7/3. Bisection locates both to far
// below the 1e-4 relative; 1e-8 is asserted.
TEST(Bifurcation, RosenzweigMacArthurHopfAndTranscriticalAtTheirClosedForms) {
  const auto model = test::gallery("rosenzweig_macarthur");
  const BifurcationRange range{model.parameterIndex("K"), 0.5, 4.0, 500};
  const auto diagram = bifurcationDiagram(model, model.defaults(), range, galleryModel("rosenzweig_macarthur").window);
  const double r = 1, a = 1, h = 1, e = 0.5, m = 0.2;
  const double xStar = m / (a * (e - m * h)), kHopf = 1 / (a * h) + 2 * xStar;
  const auto* hopf = markNear(diagram, BifurcationKind::Hopf, kHopf, 1e-8);
  ASSERT_NE(hopf, nullptr);
  EXPECT_NEAR(hopf->x(0), xStar, 1e-6);
  EXPECT_NEAR(hopf->x(1), r / a * (1 - xStar / kHopf) * (1 + a * h * xStar), 1e-6);
  EXPECT_NE(markNear(diagram, BifurcationKind::ZeroEigenvalue, xStar, 1e-8), nullptr);
  EXPECT_EQ(diagram.marks.size(), 2u);  // the crossing once, though both branches change sign there
  // Exactly one Hopf point in the range.
  EXPECT_EQ(std::count_if(diagram.marks.begin(), diagram.marks.end(),
                          [](const auto& m) { return m.kind == BifurcationKind::Hopf; }),
            1);
  // Along the interior branch: stable before K_H, an unstable focus after.
  bool sawInterior = false;
  for (const auto& branch : diagram.branches)
    for (const auto& p : branch) {
      if (std::abs(p.equilibrium.x(0) - xStar) > 1e-6 || p.equilibrium.x(1) <= 1e-3) continue;
      sawInterior = true;
      const bool stable =
          p.equilibrium.type == EquilibriumType::StableFocus || p.equilibrium.type == EquilibriumType::StableNode;
      EXPECT_EQ(stable, p.parameter < kHopf) << p.parameter;
    }
  EXPECT_TRUE(sawInterior);
}

// Logistic growth with constant harvest H, dx/dt = x(1 − x) − H: the
// equilibria (1 ± sqrt(1 − 4H))/2 meet at x = 1/2 and vanish at H = 1/4, a
// saddle-node; swept either way the fold is marked there. Existence is
// decided at |F| <= 1e-9 of the field, so the fold is placed within about
// 1e-9 of H; at H = 1/4 − δ the root sits sqrt(δ) from 1/2.
TEST(Bifurcation, HarvestedLogisticFoldsAtAQuarter) {
  const auto model = test::typed("x*(1 - x) - H", "-y", {-0.5, 1.5, -1, 1}, {{"H", 0.1, 0, 1}});
  for (const auto& [from, to] : {std::pair{0.0, 0.5}, std::pair{0.5, 0.0}}) {
    const auto diagram = bifurcationDiagram(model, model.defaults(), {0, from, to, 101, 0}, {-0.5, 1.5, -1, 1});
    ASSERT_EQ(diagram.marks.size(), 1u) << from;
    EXPECT_EQ(diagram.marks[0].kind, BifurcationKind::ZeroEigenvalue);
    EXPECT_NEAR(diagram.marks[0].parameter, 0.25, 1e-8);
    EXPECT_NEAR(diagram.marks[0].x(0), 0.5, 1e-3);
    EXPECT_NEAR(diagram.marks[0].x(1), 0.0, 1e-12);
  }
}

// Past the (supercritical) Hopf point of Rosenzweig–MacArthur an attracting
// cycle is born round the interior point: none before K_H, and its amplitude
// grows from zero like sqrt(K − K_H), so amplitude² / (K − K_H) is roughly
// constant near onset. Its period tends to 2π/ω₀, ω₀² = det J at K_H
// = (a x*/(1 + ahx*)) (e a y*/(1 + ahx*)²) = 0.4 · 3/14 with the defaults.
TEST(Bifurcation, RosenzweigMacArthurCycleIsBornAtTheHopfPoint) {
  const auto model = test::gallery("rosenzweig_macarthur");
  const double kHopf = 7.0 / 3.0;
  BifurcationRange range{model.parameterIndex("K"), 1.5, 3.0, 301};
  range.cycleEvery = 1;
  const auto diagram = bifurcationDiagram(model, model.defaults(), range, galleryModel("rosenzweig_macarthur").window);
  ASSERT_GT(diagram.cycles.size(), 10u);
  for (const auto& c : diagram.cycles) {
    EXPECT_GT(c.parameter, kHopf);
    EXPECT_LT(c.multiplier, 1.0);
  }
  // Born at K_H: the first cycle within two steps (0.005 each) of it.
  const auto& first = diagram.cycles.front();
  EXPECT_LT(first.parameter - kHopf, 0.01);
  // Normal form of a supercritical Hopf point: amplitude² = c (K − K_H)(1 + O(K − K_H));
  // over the first 0.1 past K_H the ratio may drift by a few per cent.
  const double c = std::pow(first.xMax - first.xMin, 2) / (first.parameter - kHopf);
  int nearOnset = 0;
  for (const auto& cycle : diagram.cycles)
    if (cycle.parameter - kHopf < 0.1) {
      ++nearOnset;
      EXPECT_NEAR(std::pow(cycle.xMax - cycle.xMin, 2) / (cycle.parameter - kHopf), c, 0.05 * c) << cycle.parameter;
    }
  EXPECT_GT(nearOnset, 10);
  // Period 2π/ω₀ + O(K − K_H); the O term's slope measures about 5, 10 bounds it.
  const double omega0 = std::sqrt(0.4 * 3.0 / 14.0);
  EXPECT_NEAR(first.period, 2 * std::acos(-1.0) / omega0, 10 * (first.parameter - kHopf));
}

// The competition model swept in a1: sigma1 = a1 N2 / r1 crosses 1 at
// a1 = r1/N2, where E* passes through (0, N2) (docs/math.md §1.5).
TEST(Bifurcation, CompetitionExchangeOfStabilityAtSigmaOne) {
  const auto model = test::gallery("competition");
  const CompetitionParams p;
  const BifurcationRange range{model.parameterIndex("a1"), 1e-4, 5e-4, 200};
  const auto diagram = bifurcationDiagram(model, model.defaults(), range, galleryModel("competition").window);
  const auto* mark = markNear(diagram, BifurcationKind::ZeroEigenvalue, p.r1 / p.N2, 1e-8);
  ASSERT_NE(mark, nullptr);
  EXPECT_NEAR(mark->x(0), 0.0, 1e-6);
  EXPECT_NEAR(mark->x(1), p.N2, 1e-6 * p.N2);
  EXPECT_EQ(std::count_if(diagram.marks.begin(), diagram.marks.end(),
                          [](const auto& m) { return m.kind == BifurcationKind::Hopf; }),
            0);  // E* is never a focus (docs/math.md §1.4)
}

}  // namespace
}  // namespace kx::core
