#include "core/phase/bifurcation.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

#include "core/phase/equilibria.h"
#include "core/phase/periodic_orbit.h"

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;

// The root of `test` (trace or determinant of J along a branch) between two
// neighbouring points of a branch, by bisection on the parameter; the
// equilibrium is followed by Newton from the linear interpolation.
BifurcationMark locate(const PlanarModel& model, std::vector<double> values, int parameter, BifurcationKind kind,
                       const BifurcationPoint& a, const BifurcationPoint& b,
                       const std::function<double(const Eigen::Matrix2d&)>& test) {
  auto systemAt = [&](double p) {
    values[static_cast<std::size_t>(parameter)] = p;
    return model.bind(values);
  };
  double lo = a.parameter, hi = b.parameter;
  Vec2 xLo = a.equilibrium.x, xHi = b.equilibrium.x;
  const double sLo = test(systemAt(lo).jacobian(xLo));
  for (int k = 0; k < 60 && std::abs(hi - lo) > 1e-15 * std::max(std::abs(lo), std::abs(hi)); ++k) {
    const double mid = 0.5 * (lo + hi);
    const PlanarSystem system = systemAt(mid);
    const Vec2 x = polishEquilibrium(system, 0.5 * (xLo + xHi), 8);
    if ((test(system.jacobian(x)) < 0) == (sLo < 0))
      lo = mid, xLo = x;
    else
      hi = mid, xHi = x;
  }
  return {kind, 0.5 * (lo + hi), 0.5 * (xLo + xHi)};
}

// Whether Newton's method from x converges, at this parameter value, to
// |F| <= 1e-9 of the field's size over the view's corners and centre; the
// root is written to x.
bool equilibriumNear(const PlanarModel& model, std::vector<double> values, int parameter, double p, Vec2& x,
                     const PlaneRect& w) {
  values[static_cast<std::size_t>(parameter)] = p;
  const PlanarSystem system = model.bind(values);
  double fieldScale = 0;
  for (const Vec2& corner : {Vec2(w.xMin, w.yMin), Vec2(w.xMax, w.yMin), Vec2(w.xMin, w.yMax), Vec2(w.xMax, w.yMax),
                             Vec2(0.5 * (w.xMin + w.xMax), 0.5 * (w.yMin + w.yMax))})
    fieldScale = std::max(fieldScale, system.rhs(corner).norm());
  const Vec2 root = polishEquilibrium(system, x, 60);
  if (!(system.rhs(root).norm() <= 1e-9 * fieldScale)) return false;
  x = root;
  return true;
}

// A fold (saddle-node) between pExist, where an equilibrium exists near x,
// and pNone, where none does: bisection on existence. Nothing when there is
// one at pNone too (the branches ended for another reason).
std::optional<BifurcationMark> locateFold(const PlanarModel& model, const std::vector<double>& values, int parameter,
                                          double pExist, double pNone, Vec2 x, const PlaneRect& w) {
  Vec2 probe = x;
  if (equilibriumNear(model, values, parameter, pNone, probe, w)) return std::nullopt;
  for (int k = 0; k < 60 && std::abs(pNone - pExist) > 1e-15 * std::max(std::abs(pExist), std::abs(pNone)); ++k) {
    const double mid = 0.5 * (pExist + pNone);
    (equilibriumNear(model, values, parameter, mid, x, w) ? pExist : pNone) = mid;
  }
  return BifurcationMark{BifurcationKind::ZeroEigenvalue, pExist, x};
}

}  // namespace

BifurcationDiagram bifurcationDiagram(const PlanarModel& model, const std::vector<double>& base,
                                      const BifurcationRange& range, const PlaneRect& window,
                                      const CancelToken& cancel) {
  BifurcationDiagram diagram;
  std::vector<double> values = base;
  const double joinDistance = 0.05 * std::hypot(window.width(), window.height());
  std::vector<int> open;  // branches that reached the previous value
  const int count = std::max(2, range.count);
  for (int k = 0; k < count; ++k) {
    if (cancel.cancelled()) return {};
    const double p = range.from + (range.to - range.from) * k / (count - 1);
    values[static_cast<std::size_t>(range.parameter)] = p;
    EquilibriumSearch search{.seedsPerSide = 12, .extraSeeds = {}};
    for (int b : open) search.extraSeeds.push_back(diagram.branches[static_cast<std::size_t>(b)].back().equilibrium.x);
    auto found = findEquilibria(model.bind(values), window, search);
    // Continuation: each open branch takes the nearest unclaimed point.
    std::vector<char> claimed(found.size(), 0);
    std::vector<int> next;
    for (int b : open) {
      auto& branch = diagram.branches[static_cast<std::size_t>(b)];
      // Secant predictor: where two branches cross (a transcritical point)
      // the nearest point to the last one may be the other branch's.
      Vec2 predicted = branch.back().equilibrium.x;
      if (branch.size() >= 2) predicted += predicted - branch[branch.size() - 2].equilibrium.x;
      std::size_t best = found.size();
      double bestDistance = joinDistance;
      for (std::size_t i = 0; i < found.size(); ++i) {
        const double d = (found[i].x - predicted).norm();
        if (!claimed[i] && d < bestDistance) best = i, bestDistance = d;
      }
      if (best == found.size()) continue;  // the branch leaves the view or ends in a fold
      claimed[best] = 1;
      branch.push_back({p, found[best]});
      next.push_back(b);
    }
    for (std::size_t i = 0; i < found.size(); ++i)
      if (!claimed[i]) {
        diagram.branches.push_back({{p, found[i]}});
        next.push_back(static_cast<int>(diagram.branches.size()) - 1);
      }
    open = std::move(next);
  }
  // One mark per event: two branches crossing at a transcritical point, or
  // several pairs meeting at a fold, would otherwise each mark it.
  const double step = (range.to - range.from) / (count - 1);
  const auto addMark = [&](const BifurcationMark& mark) {
    const bool known = std::any_of(diagram.marks.begin(), diagram.marks.end(), [&](const BifurcationMark& m) {
      return m.kind == mark.kind && std::abs(m.parameter - mark.parameter) < 2 * std::abs(step) &&
             (m.x - mark.x).norm() < joinDistance;
    });
    if (!known) diagram.marks.push_back(mark);
  };
  // Eigenvalue crossings between neighbouring points of a branch
  // (docs/math.md §7.8): det J changes sign when a real eigenvalue crosses 0;
  // tr J changes sign with det J > 0 when a complex pair crosses the axis.
  const auto trace = [](const Eigen::Matrix2d& j) { return j.trace(); };
  const auto det = [](const Eigen::Matrix2d& j) { return j.determinant(); };
  // The eigenvalues already give them: tr = λ₁ + λ₂, det = λ₁λ₂.
  const auto traceOf = [](const Equilibrium& e) { return (e.eigenvalues[0] + e.eigenvalues[1]).real(); };
  const auto detOf = [](const Equilibrium& e) { return (e.eigenvalues[0] * e.eigenvalues[1]).real(); };
  for (const auto& branch : diagram.branches)
    for (std::size_t i = 1; i < branch.size(); ++i) {
      const auto& a = branch[i - 1];
      const auto& b = branch[i];
      if ((detOf(a.equilibrium) < 0) != (detOf(b.equilibrium) < 0))
        addMark(locate(model, values, range.parameter, BifurcationKind::ZeroEigenvalue, a, b, det));
      else if (detOf(a.equilibrium) > 0 && (traceOf(a.equilibrium) < 0) != (traceOf(b.equilibrium) < 0))
        addMark(locate(model, values, range.parameter, BifurcationKind::Hopf, a, b, trace));
    }
  // Folds: a saddle branch (det < 0) and a node or focus branch (det > 0)
  // that end within a step of each other, close together, inside the range
  // (or begin so: the fold seen from its other side). The point exactly at a
  // fold, if the sweep hits it, is degenerate and belongs to one of them.
  const auto opposite = [&](const Equilibrium& a, const Equilibrium& b) {
    return a.type == EquilibriumType::Degenerate || b.type == EquilibriumType::Degenerate ||
           (detOf(a) < 0) != (detOf(b) < 0);
  };
  for (std::size_t i = 0; i < diagram.branches.size(); ++i)
    for (std::size_t j = i + 1; j < diagram.branches.size(); ++j)
      for (const double direction : {1.0, -1.0}) {  // ends, then beginnings
        const auto& a = direction > 0 ? diagram.branches[i].back() : diagram.branches[i].front();
        const auto& b = direction > 0 ? diagram.branches[j].back() : diagram.branches[j].front();
        const auto& later = (b.parameter - a.parameter) * step * direction > 0 ? b : a;
        const double edge = direction > 0 ? range.to : range.from;
        if (std::abs(a.parameter - b.parameter) > 1.5 * std::abs(step) ||
            std::abs(later.parameter - edge) < 0.5 * std::abs(step) ||
            (a.equilibrium.x - b.equilibrium.x).norm() > joinDistance || !opposite(a.equilibrium, b.equilibrium))
          continue;
        if (auto fold = locateFold(model, values, range.parameter, later.parameter, later.parameter + direction * step,
                                   later.equilibrium.x, window))
          addMark(*fold);
      }
  // Limit cycles (docs/math.md §7.8): forwards from next to an unstable
  // focus, in reversed time from next to a stable one (a repelling cycle).
  if (range.cycleEvery > 0)
    for (const auto& branch : diagram.branches)
      for (const auto& point : branch) {
        if (cancel.cancelled()) return {};
        const auto& e = point.equilibrium;
        const int k =
            static_cast<int>(std::lround((point.parameter - range.from) / (range.to - range.from) * (count - 1)));
        if (k % range.cycleEvery != 0) continue;
        if (e.type != EquilibriumType::UnstableFocus && e.type != EquilibriumType::StableFocus) continue;
        values[static_cast<std::size_t>(range.parameter)] = point.parameter;
        const auto orbit = findPeriodicOrbit(model.bind(values), e.x + Vec2(1e-2 * window.width(), 0), window,
                                             {.reverse = e.type == EquilibriumType::StableFocus, .cancel = cancel});
        if (!orbit) continue;
        BifurcationCycle cycle{point.parameter, INFINITY, -INFINITY, orbit->period, orbit->multiplier};
        for (const Vec2& p : orbit->points)
          cycle.xMin = std::min(cycle.xMin, p(0)), cycle.xMax = std::max(cycle.xMax, p(0));
        diagram.cycles.push_back(cycle);
      }
  return diagram;
}

}  // namespace kx::core
