// Nullclines by contouring (docs/math.md §7.5): every branch, and nothing
// off the true curves.
#include "core/phase/nullclines.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>

#include "core/ode/competition_model.h"
#include "tests/core/phase/test_models.h"

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;

double distanceToBranches(const std::vector<NullclineBranch>& branches, int component, const Vec2& p) {
  double best = INFINITY;
  for (const auto& b : branches)
    if (b.component == component)
      for (const auto& q : b.points) best = std::min(best, (q - p).norm());
  return best;
}

// The contour of `component` lies on the true set (distance below `onCurve`)
// and covers every point of every true branch (within a cell diagonal).
void expectBranches(const std::vector<NullclineBranch>& branches, int component,
                    const std::function<double(const Vec2&)>& distanceToTrue, const std::vector<Vec2>& truePoints,
                    double onCurve, double cell) {
  int points = 0;
  for (const auto& b : branches)
    if (b.component == component)
      for (const auto& q : b.points) {
        ++points;
        ASSERT_LE(distanceToTrue(q), onCurve) << q.transpose();
      }
  EXPECT_GT(points, 0);
  for (const auto& p : truePoints) EXPECT_LE(distanceToBranches(branches, component, p), cell) << p.transpose();
}

std::vector<Vec2> along(const Vec2& from, const Vec2& to, int n = 50) {
  std::vector<Vec2> out;
  for (int i = 0; i <= n; ++i) out.push_back(from + (to - from) * i / double(n));
  return out;
}

// dx/dt = x²(1 − y) vanishes on y = 1 (a sign change) and on x = 0, where it
// only touches zero: both branches are found, the second flagged tangential;
// with x = 0 on a grid line (zero vertex values) and off it.
TEST(Nullclines, TangentialBranchIsFoundWithTheSimpleOne) {
  for (const PlaneRect window : {PlaneRect{-2, 2, -2, 3}, PlaneRect{-2.013, 1.987, -2, 3}}) {
    const auto system = test::typed("x^2*(1 - y)", "x - y", window).bind();
    const int cells = 200;
    const double cell = std::hypot(window.width(), window.height()) / cells;
    const auto branches = contourNullclines(system, window, cells);
    const auto onF = [](const Vec2& p) { return std::min(std::abs(p(0)), std::abs(p(1) - 1)); };
    std::vector<Vec2> truth = along({0, -2}, {0, 3});
    for (const auto& p : along({window.xMin, 1}, {window.xMax, 1})) truth.push_back(p);
    // Points two cells from the crossing at (0, 1), where the two branches
    // meet and the tangential test stops.
    std::erase_if(truth, [&](const Vec2& p) { return (p - Vec2(0, 1)).norm() < 2 * cell; });
    expectBranches(branches, 0, onF, truth, 1e-9, cell);
    bool tangential = false;
    for (const auto& b : branches) tangential = tangential || (b.component == 0 && b.tangential);
    EXPECT_TRUE(tangential || window.xMin == -2);  // on a grid line the zeros make it a plain contour
    // dy/dt = x − y: the diagonal, one branch.
    expectBranches(
        branches, 1, [](const Vec2& p) { return std::abs(p(0) - p(1)) / std::sqrt(2.0); },
        along({-2, -2}, {1.98, 1.98}), 1e-9, cell);
  }
}

// The typed competition model's contours are the four lines of docs/math.md
// §1.1 (the hand-coded lab draws them as lines).
TEST(Nullclines, CompetitionContoursAreTheFourLines) {
  const CompetitionParams p;
  const PlaneRect w = galleryModel("competition").window;
  const auto branches = contourNullclines(test::gallery("competition").bind(), w, 200);
  const double cell = std::hypot(w.width(), w.height()) / 200;
  const auto line1 = [&](double x) { return p.r1 / p.a1 * (1 - x / p.N1); };  // dx1/dt = 0 off the axis
  const auto line2 = [&](double y) { return p.r2 / p.a2 * (1 - y / p.N2); };  // dx2/dt = 0 off the axis
  // Each crossing is refined by Newton's method on the exact field: on the
  // lines to rounding, not just to the interpolant's O(h²).
  const double tol = 1e-9 * w.width();
  std::vector<Vec2> truth1 = along({0, w.yMin}, {0, w.yMax});
  for (const auto& q : along({w.xMin, line1(w.xMin)}, {w.xMax, line1(w.xMax)}))
    if (w.contains(q(0), q(1))) truth1.push_back(q);
  expectBranches(
      branches, 0,
      [&](const Vec2& q) {
        return std::min(std::abs(q(0)), std::abs(q(1) - line1(q(0))) / std::hypot(1.0, p.r1 / p.a1 / p.N1));
      },
      truth1, tol, cell);
  std::vector<Vec2> truth2 = along({w.xMin, 0}, {w.xMax, 0});
  for (const auto& q : along({line2(w.yMin), w.yMin}, {line2(w.yMax), w.yMax}))
    if (w.contains(q(0), q(1))) truth2.push_back(q);
  expectBranches(
      branches, 1,
      [&](const Vec2& q) {
        return std::min(std::abs(q(1)), std::abs(q(0) - line2(q(1))) / std::hypot(1.0, p.r2 / p.a2 / p.N2));
      },
      truth2, tol, cell);
}

}  // namespace
}  // namespace kx::core
