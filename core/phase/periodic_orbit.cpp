#include "core/phase/periodic_orbit.h"

#include <algorithm>
#include <cmath>

#include "core/ode/dormand_prince.h"

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;
using Vec3 = Eigen::Vector3d;

struct Return {
  Vec2 point;
  double time = 0;
  double divergence = 0;  ///< ∫ tr J dt along the way: log of the area growth
  std::vector<DenseStep<3>> steps;
};

// From q on the section {p : (p − origin)·normal = 0} to the next crossing in
// the same direction. The state carries ∫ tr J dt as a third component.
Result<Return> firstReturn(const PlanarSystem& system, const Vec2& q, const Vec2& origin, const Vec2& normal,
                           const PlaneRect& margin, const OrbitSearch& search) {
  const double sign = search.reverse ? -1.0 : 1.0;
  const auto f = [&](double, const Vec3& s) {
    const Vec2 x = s.head<2>();
    const Vec2 v = sign * system.rhs(x);
    return Vec3(v(0), v(1), sign * system.jacobian(x).trace());
  };
  auto side = [&](const Vec3& s) { return (s.head<2>() - origin).dot(normal); };
  Return r;
  bool wentBelow = false, crossed = false, escaped = false;
  long steps = 0;
  const double scale = std::max(margin.width(), margin.height());
  integrateDormandPrince<3>(f, 0.0, 1e6, Vec3(q(0), q(1), 0.0), {search.rtol, search.rtol * 1e-3 * scale},
                            [&](const DenseStep<3>& step) {
                              r.steps.push_back(step);
                              const Vec3 end = step.at(step.t0 + step.h);
                              if (!end.allFinite() || !margin.contains(end(0), end(1)) ||
                                  ++steps > search.maxStepsPerReturn || search.cancel.cancelled()) {
                                escaped = true;
                                return false;
                              }
                              if (side(end) < 0)
                                wentBelow = true;
                              else if (wentBelow)
                                crossed = true;
                              return !crossed;
                            });
  if (search.cancel.cancelled()) return fail("cancelled");
  if (!crossed)
    return fail(escaped ? "the trajectory leaves the view or runs too long without closing"
                        : "the trajectory does not come back: it settles at an equilibrium");
  // The crossing inside the last step, by bisection on the dense output.
  const DenseStep<3>& last = r.steps.back();
  double lo = last.t0, hi = last.t0 + last.h;
  for (int k = 0; k < 200 && hi - lo > 4e-16 * std::abs(hi); ++k) {
    const double mid = 0.5 * (lo + hi);
    (side(last.at(mid)) < 0 ? lo : hi) = mid;
  }
  const Vec3 end = last.at(hi);
  r.point = end.head<2>();
  r.time = hi;
  r.divergence = end(2);
  return r;
}

}  // namespace

Result<PeriodicOrbit> findPeriodicOrbit(const PlanarSystem& system, const Vec2& start, const PlaneRect& window,
                                        const OrbitSearch& search) {
  const PlaneRect margin{window.xMin - window.width(), window.xMax + window.width(), window.yMin - window.height(),
                         window.yMax + window.height()};
  const double scale = std::max(window.width(), window.height());
  const double sign = search.reverse ? -1.0 : 1.0;
  const auto field = [&](const Vec2& x) -> Vec2 { return sign * system.rhs(x); };
  const Vec2 f0 = field(start);
  if (!f0.allFinite() || f0.norm() == 0) return fail("the start is an equilibrium or the field is not finite there");
  // The section: the line through `start` across the flow. Points on it are
  // origin + s·along; the return map sends s to s'.
  const Vec2 normal = f0.normalized(), along(-normal(1), normal(0));
  double s = 0, lastGood = 0;
  PeriodicOrbit orbit;
  bool plain = true;
  double lastResidual = INFINITY;
  const int total = search.plainIterations + search.newtonIterations;
  for (int iteration = 0; iteration < total; ++iteration) {
    const Vec2 q = start + s * along;
    const Vec2 fq = field(q);
    auto r = fq.dot(normal) > 0 ? firstReturn(system, q, start, normal, margin, search)
                                : Result<Return>(fail("no closed orbit crosses the section through the start"));
    ++orbit.iterations;
    if (!r) {
      if (plain || search.cancel.cancelled()) return fail(r.error());
      s = 0.5 * (s + lastGood);  // a Newton step went too far: halve it
      continue;
    }
    lastGood = s;
    const double next = (r->point - start).dot(along);
    const double residual = next - s;
    if (std::abs(residual) <= 1e-9 * scale) {
      orbit.period = r->time;
      orbit.multiplier = std::exp(sign * r->divergence);  // reversed: the reciprocal
      orbit.neutral = std::abs(orbit.multiplier - 1) <= 1e-6;
      double extent = 0;
      for (int k = 0; k <= 256; ++k) {
        const double t = r->time * k / 256;
        auto it = std::lower_bound(r->steps.begin(), r->steps.end(), t,
                                   [](const DenseStep<3>& st, double value) { return st.t0 + st.h < value; });
        if (it == r->steps.end()) it = std::prev(r->steps.end());
        orbit.points.push_back(k == 256 ? r->point : Vec2(it->at(t).head<2>()));
        extent = std::max(extent, (orbit.points.back() - orbit.points.front()).norm());
      }
      if (extent <= 1e-6 * scale) return fail("the trajectory does not come back: it settles at an equilibrium");
      return orbit;
    }
    // Newton takes over once the iterates contract and are close (it then
    // converges quadratically), or when the plain budget is spent.
    const bool settled = iteration > 0 && std::abs(residual) < lastResidual && std::abs(residual) < 1e-3 * scale;
    if (plain && (iteration >= search.plainIterations || settled)) plain = false;
    lastResidual = std::abs(residual);
    if (plain) {
      s = next;  // an attracting orbit pulls the iterates in
      continue;
    }
    // Newton on P(s) − s. The map's slope along the section is the ratio of the
    // flow's normal speeds times the area growth (docs/math.md §7.7).
    const double slope = fq.dot(normal) / field(r->point).dot(normal) * std::exp(r->divergence);
    if (std::abs(1 - slope) < 1e-12) return fail("the return map is flat: no isolated closed orbit here");
    s += residual / (1 - slope);
  }
  return fail("no closed orbit found: the return map did not converge");
}

}  // namespace kx::core
