// Typed models (docs/math.md §7.2, §7.3): validation, and the gallery's
// competition model against the hand-coded one of docs/math.md §1.
#include "core/phase/planar_model.h"

#include <gtest/gtest.h>

#include <random>

#include "core/ode/competition_model.h"
#include "core/phase/gallery.h"

namespace kx::core {
namespace {

PlanarModelSpec custom(std::string dxdt, std::string dydt, std::vector<ModelParameter> parameters = {}) {
  return {.id = "custom",
          .dxdt = std::move(dxdt),
          .dydt = std::move(dydt),
          .parameters = std::move(parameters),
          .window = {-1, 1, -1, 1}};
}

std::string errorOf(const PlanarModelSpec& spec) {
  auto model = PlanarModel::compile(spec);
  return model ? std::string("no error") : model.error();
}

TEST(PlanarModel, ErrorsSayWhichExpressionAndWhere) {
  EXPECT_EQ(errorOf(custom("x", "x*y - z")), "dy/dt: unknown name 'z' at column 7");
  EXPECT_EQ(errorOf(custom("x*(1 - ", "y")), "dx/dt: unexpected end of expression at column 8");
  EXPECT_EQ(errorOf(custom("a*x", "y", {{"a", 1, 0, 2}})), "no error");
  EXPECT_EQ(errorOf(custom("x", "y", {{"y", 1, 0, 2}})), "parameter name 'y' is reserved");
  EXPECT_EQ(errorOf(custom("x", "y", {{"a", 1, 0, 2}, {"a", 1, 0, 2}})), "parameter 'a' is declared twice");
  EXPECT_EQ(errorOf(custom("x", "y", {{"2a", 1, 0, 2}})), "parameter name '2a' is not a name (letters, digits, _)");
  EXPECT_EQ(errorOf(custom("x", "y", {{"a", 3, 0, 2}})), "parameter 'a': default outside [min, max]");
  auto spec = custom("x", "y");
  spec.window = {1, 1, 0, 1};
  EXPECT_EQ(errorOf(spec), "the view window needs finite bounds with min < max");
}

TEST(Gallery, EveryModelCompilesAndItsJacobianMatchesCentralDifferences) {
  for (const auto& spec : modelGallery()) {
    auto model = PlanarModel::compile(spec);
    ASSERT_TRUE(model) << spec.id << ": " << model.error();
    const PlanarSystem system = model->bind();
    const auto& w = spec.window;
    const Eigen::Vector2d p{w.xMin + 0.37 * w.width(), w.yMin + 0.61 * w.height()};
    const Eigen::Matrix2d exact = system.jacobian(p);
    for (int k = 0; k < 2; ++k) {
      // h relative to the window; the O(h^2) error of the quotient is far below the tolerance.
      const double h = 1e-5 * (k == 0 ? w.width() : w.height());
      const Eigen::Vector2d e = Eigen::Vector2d::Unit(k) * h;
      const Eigen::Vector2d central = (system.rhs(p + e) - system.rhs(p - e)) / (2 * h);
      EXPECT_LT((exact.col(k) - central).norm(), 1e-7 * (exact.norm() + 1)) << spec.id << " column " << k;
    }
  }
}

// The typed competition model evaluates the hand-coded expressions in the
// same order, so field and Jacobian agree to the bit; 1e-12 relative is the
// issue's bound and what the assertion allows.
TEST(Gallery, TypedCompetitionModelIsTheHandCodedOne) {
  const PlanarSystem typed = PlanarModel::compile(galleryModel("competition"))->bind();
  CompetitionParams hand;
  hand.a2 = 3e-4;  // a non-default value reaches the typed model through bind()
  auto model = *PlanarModel::compile(galleryModel("competition"));
  auto values = model.defaults();
  values[static_cast<std::size_t>(model.parameterIndex("a2"))] = 3e-4;
  const PlanarSystem bound = model.bind(values);
  std::mt19937_64 rng(5);
  std::uniform_real_distribution<double> ux(-100, 600), uy(-100, 500);
  for (int i = 0; i < 1000; ++i) {
    const Eigen::Vector2d p{ux(rng), uy(rng)};
    ASSERT_LE((bound.rhs(p) - hand.rhs(p)).norm(), 1e-12 * hand.rhs(p).norm()) << p.transpose();
    ASSERT_LE((bound.jacobian(p) - hand.jacobian(p)).norm(), 1e-12 * hand.jacobian(p).norm()) << p.transpose();
    ASSERT_LE((typed.rhs(p) - CompetitionParams{}.rhs(p)).norm(), 1e-12 * CompetitionParams{}.rhs(p).norm());
  }
  // Whole trajectories by every integrator, from the essay's start (100, 150).
  const PlanarField handField = [](const Eigen::Vector2d& x) { return CompetitionParams{}.rhs(x); };
  for (auto method : {Integrator::Euler, Integrator::RK4, Integrator::DormandPrince}) {
    const IntegratorSettings settings{method, 0.1, {1e-8, 1e-10}};
    const auto a = integrateTrajectory(typed.field(), {100, 150}, 100, settings, 500);
    const auto b = integrateTrajectory(handField, {100, 150}, 100, settings, 500);
    ASSERT_EQ(a.x.size(), b.x.size());
    for (std::size_t k = 0; k < a.x.size(); ++k) ASSERT_LE((a.x[k] - b.x[k]).norm(), 1e-12 * b.x[k].norm());
  }
}

}  // namespace
}  // namespace kx::core
