#include "core/mixture/gaussian_mixture.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "core/util/counter_rng.h"
#include "core/util/fast_math.h"

namespace kx::core::mixture {
namespace {

double totalWeight(const GaussianMixture& mixture) {
  double total = 0;
  for (const auto& c : mixture.components) total += c.weight;
  return total;
}

/// log(pi_k N(x; mu_k, s_k^2 I)) for each k, in `terms`; returns their maximum.
double logTerms(const GaussianMixture& mixture, const Eigen::Vector2d& x, std::vector<double>& terms) {
  const double logTotal = std::log(totalWeight(mixture));
  terms.resize(mixture.components.size());
  double largest = -INFINITY;
  for (std::size_t k = 0; k < terms.size(); ++k) {
    const auto& c = mixture.components[k];
    const double variance = c.stddev * c.stddev;
    terms[k] = std::log(c.weight) - logTotal - (x - c.mean).squaredNorm() / (2 * variance) -
               std::log(2 * std::numbers::pi * variance);
    largest = std::max(largest, terms[k]);
  }
  return largest;
}

}  // namespace

Status validate(const GaussianMixture& mixture) {
  if (mixture.components.empty()) return fail("the mixture has no components");
  for (std::size_t k = 0; k < mixture.components.size(); ++k) {
    const auto& c = mixture.components[k];
    const std::string which = "component " + std::to_string(k + 1);
    if (!c.mean.allFinite()) return fail(which + " has a mean that is not a finite number");
    if (!std::isfinite(c.stddev) || c.stddev <= 0) return fail(which + " needs a positive, finite standard deviation");
    if (!std::isfinite(c.weight) || c.weight <= 0) return fail(which + " needs a positive, finite weight");
  }
  if (!std::isfinite(totalWeight(mixture))) return fail("the weights sum to infinity");
  return Ok{};
}

double logDensity(const GaussianMixture& mixture, const Eigen::Vector2d& x) {
  std::vector<double> terms;
  const double largest = logTerms(mixture, x, terms);
  double sum = 0;
  for (double t : terms) sum += std::exp(t - largest);
  return largest + std::log(sum);
}

Eigen::Vector2d score(const GaussianMixture& mixture, const Eigen::Vector2d& x) {
  std::vector<double> terms;
  const double largest = logTerms(mixture, x, terms);
  double norm = 0;
  Eigen::Vector2d weighted = Eigen::Vector2d::Zero();
  for (std::size_t k = 0; k < terms.size(); ++k) {
    const auto& c = mixture.components[k];
    const double w = std::exp(terms[k] - largest);
    norm += w;
    weighted += w * (c.mean - x) / (c.stddev * c.stddev);
  }
  return weighted / norm;
}

Points sample(const GaussianMixture& mixture, Eigen::Index n, std::uint64_t seed) {
  std::vector<double> cumulative;
  double running = 0;
  for (const auto& c : mixture.components) cumulative.push_back(running += c.weight);
  const std::uint64_t key = blockKey(seed, 0);
  Points points(n, 2);
  for (Eigen::Index i = 0; i < n; ++i) {
    // One 64-bit word picks the component, a second gives two normals.
    const std::uint64_t pick = streamWord(key, 2 * std::uint64_t(i));
    const std::uint64_t noise = streamWord(key, 2 * std::uint64_t(i) + 1);
    const double u = (double(pick >> 11) + 0.5) * 0x1p-53 * running;
    const auto k = std::min<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin(),
                                         cumulative.size() - 1);
    float n1, n2;
    boxMuller(unitOpen(std::uint32_t(noise)), unitOpen(std::uint32_t(noise >> 32)), n1, n2);
    const auto& c = mixture.components[k];
    points(i, 0) = float(c.mean.x() + c.stddev * n1);
    points(i, 1) = float(c.mean.y() + c.stddev * n2);
  }
  return points;
}

}  // namespace kx::core::mixture
