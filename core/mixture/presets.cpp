#include "core/mixture/presets.h"

#include <cmath>
#include <functional>
#include <numbers>

namespace kx::core::mixture {
namespace {

constexpr double kPi = std::numbers::pi;

/// `count` equal components of stddev `s` at the points of a parametric curve
/// sampled at t_i = (i + 1/2) / count: a smooth density along the curve.
GaussianMixture alongCurve(int count, double s, const std::function<Eigen::Vector2d(double)>& curve) {
  GaussianMixture m;
  for (int i = 0; i < count; ++i) m.components.push_back({curve((i + 0.5) / count), s, 1.0});
  return m;
}

GaussianMixture grid25() {
  GaussianMixture m;
  for (int i = -2; i <= 2; ++i)
    for (int j = -2; j <= 2; ++j) m.components.push_back({Eigen::Vector2d(i, j), 0.05, 1.0});
  return m;
}

/// Two interleaved half circles of radius 1 (the classic "two moons"),
/// centred on the origin.
GaussianMixture twoMoons() {
  auto upper =
      alongCurve(16, 0.08, [](double t) { return Eigen::Vector2d(std::cos(kPi * t) - 0.5, std::sin(kPi * t) - 0.25); });
  const auto lower =
      alongCurve(16, 0.08, [](double t) { return Eigen::Vector2d(0.5 - std::cos(kPi * t), 0.25 - std::sin(kPi * t)); });
  upper.components.insert(upper.components.end(), lower.components.begin(), lower.components.end());
  return upper;
}

/// An Archimedean spiral r = 0.4 + 1.6 t over one and a half turns; the
/// weights grow with r so the density per unit length is roughly even.
GaussianMixture spiral() {
  auto m = alongCurve(40, 0.07, [](double t) {
    const double r = 0.4 + 1.6 * t, angle = 3 * kPi * t;
    return Eigen::Vector2d(r * std::cos(angle), r * std::sin(angle));
  });
  for (auto& c : m.components) c.weight = c.mean.norm();
  return m;
}

/// Two modes of unequal weight and width: samplers must get the 4:1 mass
/// ratio right, not just find both modes.
GaussianMixture unequalPair() { return {{{Eigen::Vector2d(-1, 0), 0.3, 4.0}, {Eigen::Vector2d(1.2, 0.6), 0.15, 1.0}}}; }

/// One Gaussian: the probability-flow ODE is then linear (docs/math.md §3.5).
GaussianMixture single() { return {{{Eigen::Vector2d(0.5, -0.5), 0.5, 1.0}}}; }

struct Entry {
  Preset preset;
  GaussianMixture (*make)();
};

const std::vector<Entry>& entries() {
  static const std::vector<Entry> list{
      {{"ring8", "Ring of 8", "Eight narrow Gaussians on a circle of radius 2: the classic mode-collapse test."},
       ring8},
      {{"grid25", "5 x 5 grid", "25 very narrow Gaussians on a unit grid: many modes, tiny noise levels."}, grid25},
      {{"two_moons", "Two moons", "Two interleaved half circles: thin curved support."}, twoMoons},
      {{"spiral", "Spiral", "A spiral arm of 40 components: long-range structure a sampler must follow."}, spiral},
      {{"unequal", "Unequal pair", "Two modes holding 80% and 20% of the mass: is the balance right?"}, unequalPair},
      {{"gaussian", "One Gaussian", "A single Gaussian: the probability-flow ODE is linear and exactly solvable."},
       single},
  };
  return list;
}

}  // namespace

GaussianMixture ring8() {
  GaussianMixture m;
  for (int k = 0; k < 8; ++k)
    m.components.push_back({2.0 * Eigen::Vector2d(std::cos(2 * kPi * k / 8), std::sin(2 * kPi * k / 8)), 0.1, 1.0});
  return m;
}

const std::vector<Preset>& presets() {
  static const std::vector<Preset> list = [] {
    std::vector<Preset> out;
    for (const auto& e : entries()) out.push_back(e.preset);
    return out;
  }();
  return list;
}

std::vector<std::string> presetIds() {
  std::vector<std::string> ids;
  for (const auto& p : presets()) ids.push_back(p.id);
  return ids;
}

std::vector<std::string> presetTitles() {
  std::vector<std::string> titles;
  for (const auto& p : presets()) titles.push_back(p.title);
  return titles;
}

Result<GaussianMixture> makePreset(std::string_view id) {
  for (const auto& e : entries())
    if (e.preset.id == id) return e.make();
  std::string known;
  for (const auto& e : entries()) known += (known.empty() ? "" : ", ") + e.preset.id;
  return fail("unknown target '" + std::string(id) + "' (known: " + known + ")");
}

}  // namespace kx::core::mixture
