#include "core/walk/lattice_ks.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/walk/walk_analysis.h"

namespace kx::core::walk {

double atomicKsDistance(const std::vector<double>& atoms, const std::vector<double>& masses,
                        const std::function<double(double)>& cdf) {
  double total = 0;
  for (double m : masses) total += m;
  double below = 0, worst = 0;
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    const double g = cdf(atoms[i]);
    worst = std::max(worst, std::abs(below / total - g));  // F(a−)
    below += masses[i];
    worst = std::max(worst, std::abs(below / total - g));  // F(a)
  }
  return worst;
}

void occupiedSites(const Positions& p, std::vector<double>& sites, std::vector<double>& counts) {
  const int n = p.step;
  std::vector<double> perSite(static_cast<std::size_t>(2 * n + 1));
  for (int i = 0; i < p.walkers; ++i) perSite[static_cast<std::size_t>(p.lx[static_cast<std::size_t>(i)] + n)] += 1;
  for (int s = -n; s <= n; ++s) {
    if (perSite[static_cast<std::size_t>(s + n)] == 0) continue;
    sites.push_back(s);
    counts.push_back(perSite[static_cast<std::size_t>(s + n)]);
  }
}

double latticeKsDistance(int n, double p) {
  const double variance = 4.0 * n * p * (1 - p);
  if (!(variance > 0)) return std::numeric_limits<double>::quiet_NaN();
  const double mean = n * (2 * p - 1), sd = std::sqrt(variance);
  std::vector<double> atoms, masses;
  for (int k = -n; k <= n; k += 2) {
    atoms.push_back(k);
    masses.push_back(latticeProbability(n, k, p));  // docs/math.md §2.1
  }
  return atomicKsDistance(atoms, masses, [&](double x) { return normalCdf(x, mean, sd); });
}

}  // namespace kx::core::walk
