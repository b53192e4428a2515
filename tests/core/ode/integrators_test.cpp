// Integrators against the Euler tables of docs/math.md §1.7, the closed-form
// logistic solution, and their convergence orders.
#include <gtest/gtest.h>

#include <cmath>

#include "core/ode/competition_model.h"
#include "core/ode/fixed_step.h"
#include "core/ode/trajectory.h"

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;

PlanarField competitionField(const CompetitionParams& p = {}) {
  return [p](const Vec2& x) { return p.rhs(x); };
}

Vec2 valueAt(const Trajectory& tr, double t) {
  for (std::size_t i = 0; i < tr.t.size(); ++i)
    if (std::abs(tr.t[i] - t) < 1e-9) return tr.x[i];
  throw std::runtime_error("time not sampled");
}

// The RNN essay's table, rounded to the integer in the essay; docs/math.md
// §1.7 gives two decimals, which Euler reproduces to rounding (0.005).
TEST(Euler, ReproducesTheRnnEssayTable) {
  IntegratorSettings euler{Integrator::Euler, 0.1, {}};
  const auto tr = integrateTrajectory(competitionField(), {100, 150}, 100.0, euler, 1001);
  ASSERT_EQ(tr.steps, 1000);
  const struct { double t, x1, x2; } table[] = {{10, 165.02, 282.86}, {15, 196.63, 289.87}, {30, 280.04, 275.52},
                                                {36, 304.94, 269.41}, {40, 318.50, 265.93}, {42, 324.42, 264.37},
                                                {100, 373.57, 250.44}};
  for (const auto& row : table) {
    const Vec2 x = valueAt(tr, row.t);
    EXPECT_NEAR(x(0), row.x1, 0.006) << "t=" << row.t;
    EXPECT_NEAR(x(1), row.x2, 0.006) << "t=" << row.t;
  }
}

TEST(Euler, CoarseStepTableOfSection62) {
  IntegratorSettings euler{Integrator::Euler, 1.0, {}};
  const auto tr = integrateTrajectory(competitionField(), {100, 150}, 50.0, euler, 51);
  EXPECT_NEAR(valueAt(tr, 10)(0), 164.72, 0.006);
  EXPECT_NEAR(valueAt(tr, 10)(1), 286.55, 0.006);
  EXPECT_NEAR(valueAt(tr, 42)(0), 325.11, 0.006);
  EXPECT_NEAR(valueAt(tr, 50)(1), 259.11, 0.006);
}

TEST(RK4, MatchesTheReferenceColumnOfSection17) {
  IntegratorSettings rk4{Integrator::RK4, 0.01, {}};
  const auto tr = integrateTrajectory(competitionField(), {100, 150}, 100.0, rk4, 10001);
  EXPECT_NEAR(valueAt(tr, 10)(0), 165.057, 6e-4);
  EXPECT_NEAR(valueAt(tr, 15)(1), 289.658, 6e-4);
  EXPECT_NEAR(valueAt(tr, 100)(0), 373.550, 6e-4);
  EXPECT_NEAR(valueAt(tr, 100)(1), 250.447, 6e-4);
}

double logistic(double r, double n, double x0, double t) { return n / (1 + (n / x0 - 1) * std::exp(-r * t)); }

// With a1 = a2 = 0 each species grows logistically in closed form.
TEST(DormandPrince, DenseOutputMatchesTheLogisticSolution) {
  CompetitionParams p;
  p.a1 = p.a2 = 0;
  for (double rtol : {1e-6, 1e-9}) {
    IntegratorSettings dp{Integrator::DormandPrince, 0, {rtol, rtol * 1e-3}};
    const auto tr = integrateTrajectory(competitionField(p), {10, 20}, 80.0, dp, 801);
    ASSERT_EQ(tr.t.size(), 801u);
    double worst = 0;
    for (std::size_t i = 0; i < tr.t.size(); ++i) {
      const double e1 = std::abs(tr.x[i](0) - logistic(p.r1, p.N1, 10, tr.t[i])) / p.N1;
      const double e2 = std::abs(tr.x[i](1) - logistic(p.r2, p.N2, 20, tr.t[i])) / p.N2;
      worst = std::max({worst, e1, e2});
    }
    // Global error of a tolerance-controlled run stays within a small multiple
    // of rtol for this non-stiff, contracting problem; dense output (4th
    // order) between steps must not spoil it.
    EXPECT_LT(worst, 50 * rtol) << "rtol=" << rtol;
    EXPECT_GT(tr.steps, 5);
  }
}

TEST(DormandPrince, TighterToleranceTakesMoreSteps) {
  IntegratorSettings loose{Integrator::DormandPrince, 0, {1e-4, 1e-7}};
  IntegratorSettings tight{Integrator::DormandPrince, 0, {1e-10, 1e-13}};
  const auto a = integrateTrajectory(competitionField(), {100, 150}, 100.0, loose, 10);
  const auto b = integrateTrajectory(competitionField(), {100, 150}, 100.0, tight, 10);
  EXPECT_LT(a.steps * 4, b.steps);
  EXPECT_NEAR(b.x.back()(0), 373.550, 1e-3);
}

TEST(DenseSolution, BackwardIntegrationIsEvaluableAtAnyCoveredTime) {
  CompetitionParams p;
  p.a1 = p.a2 = 0;
  const auto sol = solveDense(competitionField(p), {250, 100}, -20.0, {1e-10, 1e-12});
  ASSERT_FALSE(sol.empty());
  EXPECT_DOUBLE_EQ(sol.endTime(), -20.0);
  for (double t : {-0.3, -7.77, -19.9}) {
    EXPECT_NEAR(sol.at(t)(0), logistic(p.r1, p.N1, 250, t), 1e-6) << t;
  }
}

double rk4Error(double h) {
  IntegratorSettings rk4{Integrator::RK4, h, {}};
  IntegratorSettings ref{Integrator::DormandPrince, 0, {1e-13, 1e-13}};
  const Vec2 a = integrateTrajectory(competitionField(), {100, 150}, 40.0, rk4, 2).x.back();
  const Vec2 b = integrateTrajectory(competitionField(), {100, 150}, 40.0, ref, 2).x.back();
  return (a - b).norm();
}

TEST(RK4, ConvergesWithOrderFour) {
  // Halving h divides the global error by 2^p; p from successive ratios.
  const double e1 = rk4Error(4.0), e2 = rk4Error(2.0), e3 = rk4Error(1.0);
  EXPECT_NEAR(std::log2(e1 / e2), 4.0, 0.3);
  EXPECT_NEAR(std::log2(e2 / e3), 4.0, 0.3);
}

TEST(Euler, ConvergesWithOrderOne) {
  const auto field = competitionField();
  auto error = [&](double h) {
    IntegratorSettings euler{Integrator::Euler, h, {}};
    IntegratorSettings ref{Integrator::DormandPrince, 0, {1e-12, 1e-12}};
    return (integrateTrajectory(field, {100, 150}, 40.0, euler, 2).x.back() -
            integrateTrajectory(field, {100, 150}, 40.0, ref, 2).x.back()).norm();
  };
  EXPECT_NEAR(error(0.2) / error(0.1), 2.0, 0.1);
}

TEST(FixedStep, HeunIsSecondOrderOnExponentialDecay) {
  auto f = [](double, const Eigen::Matrix<double, 1, 1>& x) { return Eigen::Matrix<double, 1, 1>(-x); };
  auto solve = [&](int n) {
    Eigen::Matrix<double, 1, 1> x(1.0);
    for (int i = 0; i < n; ++i) x = heunStep(f, 0.0, x, 1.0 / n);
    return std::abs(x(0) - std::exp(-1.0));
  };
  EXPECT_NEAR(std::log2(solve(20) / solve(40)), 2.0, 0.1);
}

}  // namespace
}  // namespace kx::core
