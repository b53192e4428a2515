#include "core/mixture/sample_quality.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "core/util/threads.h"

namespace kx::core::mixture {
namespace {

std::vector<float> sortedProjection(const Points& p, double angle) {
  const auto c = float(std::cos(angle)), s = float(std::sin(angle));
  std::vector<float> out(std::size_t(p.rows()));
  for (Eigen::Index i = 0; i < p.rows(); ++i) out[std::size_t(i)] = c * p(i, 0) + s * p(i, 1);
  std::sort(out.begin(), out.end());
  return out;
}

/// W1 = integral over u in (0, 1) of |Fa^-1(u) - Fb^-1(u)|: both quantile
/// functions are steps, at i/m and j/n; compare (i+1) n with (j+1) m in
/// integers so equal breakpoints are found exactly.
double wasserstein1(const std::vector<float>& a, const std::vector<float>& b) {
  const std::size_t m = a.size(), n = b.size();
  std::size_t i = 0, j = 0;
  double total = 0, u = 0;
  while (i < m && j < n) {
    const std::size_t ai = (i + 1) * n, bj = (j + 1) * m;  // breakpoints scaled by m n
    const double next = double(std::min(ai, bj)) / double(m * n);
    total += (next - u) * std::abs(double(a[i]) - double(b[j]));
    u = next;
    if (ai <= bj) ++i;
    if (bj <= ai) ++j;
  }
  return total;
}

}  // namespace

double slicedWasserstein1(const Points& a, const Points& b, int directions) {
  std::vector<double> perDirection(std::size_t(directions), 0.0);
  parallelChunks(perDirection.size(), [&](std::size_t k) {
    const double angle = std::numbers::pi * double(k) / directions;
    perDirection[k] = wasserstein1(sortedProjection(a, angle), sortedProjection(b, angle));
  });
  double sum = 0;
  for (double w : perDirection) sum += w;  // fixed order: independent of threads
  return sum / directions;
}

ModeCoverage modeCoverage(const Points& samples, const GaussianMixture& mixture, double radiusInStd, double minShare) {
  const auto& comps = mixture.components;
  std::vector<long> counts(comps.size(), 0);
  long inside = 0;
  for (Eigen::Index i = 0; i < samples.rows(); ++i) {
    const Eigen::Vector2d x(samples(i, 0), samples(i, 1));
    std::size_t best = comps.size();
    double bestDistance = radiusInStd;
    for (std::size_t k = 0; k < comps.size(); ++k) {
      const double d = (x - comps[k].mean).norm() / comps[k].stddev;
      if (d <= bestDistance) bestDistance = d, best = k;
    }
    if (best < comps.size()) ++counts[best], ++inside;
  }
  ModeCoverage out;
  const double n = double(std::max<Eigen::Index>(samples.rows(), 1));
  for (long c : counts) out.modes += double(c) >= minShare * n ? 1 : 0;
  out.highQuality = double(inside) / n;
  return out;
}

}  // namespace kx::core::mixture
