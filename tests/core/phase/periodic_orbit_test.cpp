// Periodic orbits (docs/math.md §7.7) against closed forms and the published
// Van der Pol period; the Lotka–Volterra invariant along a typed model.
#include "core/phase/periodic_orbit.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/phase/equilibria.h"
#include "tests/core/phase/test_models.h"

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;
constexpr double kPi = std::numbers::pi;

// r' = ±r(1 − r²), θ' = ω: the unit circle is a closed orbit of period 2π/ω.
// Linearised in r at r = 1, r' = ∓2(r − 1), so its multiplier is exp(∓2·2π/ω).
PlanarSystem radial(double sign, double omega) {
  const std::string s = sign > 0 ? "" : "-";
  return test::typed(s + "x*(1 - x^2 - y^2) - w*y", s + "y*(1 - x^2 - y^2) + w*x", {-2, 2, -2, 2},
                     {{"w", omega, 0.1, 10}})
      .bind();
}

TEST(PeriodicOrbit, AttractingCircleHasItsClosedFormPeriodAndMultiplier) {
  const auto orbit = findPeriodicOrbit(radial(1, 2.0), {0.3, 0.1}, {-2, 2, -2, 2});
  ASSERT_TRUE(orbit) << orbit.error();
  EXPECT_NEAR(orbit->period, kPi, 1e-9);
  EXPECT_NEAR(orbit->multiplier, std::exp(-2 * kPi), 1e-9 * std::exp(-2 * kPi) + 1e-12);
  EXPECT_FALSE(orbit->neutral);
  for (const auto& p : orbit->points) EXPECT_NEAR(p.norm(), 1.0, 1e-8);
  EXPECT_LE((orbit->points.front() - orbit->points.back()).norm(), 1e-8);
}

// A repelling orbit is found in reversed time and reported forwards.
TEST(PeriodicOrbit, RepellingCircleIsFoundInReversedTime) {
  const auto system = radial(-1, 1.0);
  EXPECT_FALSE(findPeriodicOrbit(system, {0.9, 0.0}, {-2, 2, -2, 2}));  // forwards it runs away
  const auto orbit = findPeriodicOrbit(system, {0.9, 0.0}, {-2, 2, -2, 2}, {.reverse = true});
  ASSERT_TRUE(orbit) << orbit.error();
  EXPECT_NEAR(orbit->period, 2 * kPi, 1e-9);
  EXPECT_NEAR(std::log(orbit->multiplier), 4 * kPi, 1e-7);
}

// Van der Pol with mu = 1, typed: its limit cycle's period is 6.6632868593
// (the published value, e.g. Strogatz's table; ±1e-6 is the bound).
// Its multiplier is exp(∮ mu (1 − x²) dt), checked against the trapezoid rule
// over the orbit's samples (an independent quadrature of the same integral).
TEST(PeriodicOrbit, VanDerPolPeriodAndStability) {
  const PlaneRect window{-3, 3, -4, 4};
  const auto system = test::typed("y", "mu*(1 - x^2)*y - x", window, {{"mu", 1.0, 0.1, 5}}).bind();
  const auto orbit = findPeriodicOrbit(system, {0.5, 0.0}, window);
  ASSERT_TRUE(orbit) << orbit.error();
  EXPECT_NEAR(orbit->period, 6.6632868593, 1e-6);
  EXPECT_LT(orbit->multiplier, 1.0);
  double integral = 0;
  const double dt = orbit->period / 256;
  for (std::size_t k = 1; k < orbit->points.size(); ++k)
    integral += 0.5 * dt * ((1 - std::pow(orbit->points[k - 1](0), 2)) + (1 - std::pow(orbit->points[k](0), 2)));
  EXPECT_NEAR(std::log(orbit->multiplier), integral, 1e-3 * std::abs(integral));
}

// Lotka–Volterra: V = delta x − gamma log x + beta y − alpha log y is
// conserved; along a Dormand–Prince trajectory (rtol 1e-10) it stays constant
// to 1e-7 relative over 10 periods, and the orbit search reports a neutral
// closed orbit (multiplier 1) of the centre's family.
TEST(PeriodicOrbit, LotkaVolterraOrbitsAreClosedAndConserveV) {
  const auto model = test::gallery("lotka_volterra");
  const auto system = model.bind();
  const double alpha = 1.0, beta = 0.5, delta = 0.2, gamma = 0.6;  // the gallery's defaults
  const auto V = [&](const Vec2& p) {
    return delta * p(0) - gamma * std::log(p(0)) + beta * p(1) - alpha * std::log(p(1));
  };
  const Vec2 start{5.0, 2.0};
  const auto orbit = findPeriodicOrbit(system, start, galleryModel("lotka_volterra").window);
  ASSERT_TRUE(orbit) << orbit.error();
  EXPECT_TRUE(orbit->neutral);
  EXPECT_NEAR(orbit->multiplier, 1.0, 1e-6);
  const auto solution = solveDense(system.field(), start, 10 * orbit->period, {1e-10, 1e-13});
  ASSERT_NEAR(solution.endTime(), 10 * orbit->period, 1e-9);
  const double v0 = V(start);
  double worst = 0;
  for (int k = 0; k <= 2000; ++k) worst = std::max(worst, std::abs(V(solution.at(10 * orbit->period * k / 2000)) - v0));
  EXPECT_LE(worst, 1e-7 * std::abs(v0));
  // After exactly 10 periods the trajectory is back at its start.
  EXPECT_LE((solution.at(10 * orbit->period) - start).norm(), 1e-6);
}

// Rosenzweig–MacArthur past its Hopf point (K = 4 > 7/3): the interior
// equilibrium is an unstable focus and the trajectory leaving it runs onto an
// attracting cycle; before it (K = 2) the search reports the equilibrium.
TEST(PeriodicOrbit, RosenzweigMacArthurCycleAppearsPastTheHopfPoint) {
  const auto model = test::gallery("rosenzweig_macarthur");
  const PlaneRect window = galleryModel("rosenzweig_macarthur").window;
  const Vec2 interior{0.2 / 0.3, 0.0};  // x* = m / (a (e − m h)); y* depends on K
  for (double K : {2.0, 4.0}) {
    const auto system = test::boundWith(model, {{"K", K}});
    const Vec2 e = polishEquilibrium(system, {interior(0), (1 - interior(0) / K) * (1 + interior(0))}, 4);
    ASSERT_LT(system.rhs(e).norm(), 1e-12);
    const auto orbit = findPeriodicOrbit(system, e + Vec2(0.01, 0), window);
    if (K == 2.0) {
      EXPECT_FALSE(orbit);
      continue;
    }
    ASSERT_TRUE(orbit) << orbit.error();
    EXPECT_LT(orbit->multiplier, 1.0);
    EXPECT_GT(orbit->period, 0.0);
    // The cycle surrounds the equilibrium.
    double minX = INFINITY, maxX = -INFINITY;
    for (const auto& p : orbit->points) minX = std::min(minX, p(0)), maxX = std::max(maxX, p(0));
    EXPECT_LT(minX, e(0));
    EXPECT_GT(maxX, e(0));
  }
}

}  // namespace
}  // namespace kx::core
