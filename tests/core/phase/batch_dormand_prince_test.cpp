// Trajectories integrated together over blocks (docs/math.md §7.10) take
// every step the one-trajectory integrator takes.
#include "core/phase/batch_dormand_prince.h"

#include <gtest/gtest.h>

#include "core/phase/gallery.h"

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;

// The competition model from a 20 x 15 grid of starts (W1's region, fewer),
// and Van der Pol, whose trajectories need very different step counts: the
// same accepted steps per trajectory and the same end state. The one-trajectory
// run's end is read from its dense output at the step's end, x + (x_new − x),
// which can differ from x_new by a rounding: 1e-13 relative allows it.
TEST(BatchDormandPrince, EveryTrajectoryTakesTheStepsItTakesAlone) {
  const auto vdp =
      PlanarModel::compile({.id = "custom", .dxdt = "y", .dydt = "(1 - x^2)*y - x", .window = {-3, 3, -4, 4}});
  const std::pair<PlanarSystem, PlaneRect> cases[] = {
      {PlanarModel::compile(galleryModel("competition"))->bind(), {1, 600, 1, 500}}, {vdp->bind(), {-3, 3, -4, 4}}};
  for (const auto& [system, region] : cases) {
    std::vector<double> x, y;
    for (int j = 0; j < 15; ++j)
      for (int i = 0; i < 20; ++i) {
        x.push_back(region.xMin + region.width() * i / 19);
        y.push_back(region.yMin + region.height() * j / 14);
      }
    const std::vector<double> x0 = x, y0 = y;
    std::vector<long> accepted(x.size());
    const Tolerances tol{1e-8, 1e-10};
    integrateDormandPrinceBatch(system, x.data(), y.data(), x.size(), 40.0, tol, accepted.data());
    for (std::size_t i = 0; i < x.size(); ++i) {
      Vec2 end{x0[i], y0[i]};
      const auto stats = integrateDormandPrince<2>([&](double, const Vec2& p) { return system.rhs(p); }, 0.0, 40.0,
                                                   Vec2(x0[i], y0[i]), tol,
                                                   [&](const DenseStep<2>& step) {
                                                     end = step.at(step.t0 + step.h);
                                                     return true;
                                                   });
      ASSERT_EQ(accepted[i], stats.accepted) << i;
      EXPECT_LE((Vec2(x[i], y[i]) - end).norm(), 1e-13 * std::max(1.0, end.norm())) << i;
    }
  }
}

}  // namespace
}  // namespace kx::core
