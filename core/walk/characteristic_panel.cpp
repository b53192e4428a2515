#include "core/walk/characteristic_panel.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>

#include "core/walk/characteristic.h"
#include "core/walk/lattice_ks.h"
#include "core/walk/ornstein_uhlenbeck.h"
#include "core/walk/walk_analysis.h"

namespace kx::core::walk {
namespace {

constexpr int kPoints = 81;
constexpr int kSites = 5;

using Complex = std::complex<double>;

// φ_n(ω) of the walk without barrier (docs/math.md §2.6); NaN when unknown.
Complex exactCharacteristic(const WalkParams& w, int n, double omega) {
  const Complex shift = std::polar(1.0, omega * w.drift * n);
  switch (w.kind) {
    case WalkKind::Lattice1D:
      return latticeCharacteristic(n, omega, w.p);
    case WalkKind::Gaussian1D:
      return gaussianCharacteristic(omega, w.drift * n, n * w.stepVariance());
    case WalkKind::Uniform1D: {
      const double a = omega * w.scale;
      return shift * std::pow(a == 0 ? 1.0 : std::sin(a) / a, n);
    }
    case WalkKind::Cauchy1D:
      return shift * std::exp(-n * w.scale * std::abs(omega));
    case WalkKind::OrnsteinUhlenbeck1D:
      return gaussianCharacteristic(omega, 0, ouVariance(w.stepVariance(), w.rate, n));
    default:
      return {NAN, NAN};
  }
}

// The walkers as weighted atoms: lattice sites with their counts, or the
// first kCharacteristicSample continuous positions with weight 1.
void walkerAtoms(const Positions& p, std::vector<double>& atoms, std::vector<double>& weights) {
  if (p.lattice()) return occupiedSites(p, atoms, weights);
  for (int i = 0; i < std::min(p.walkers, kCharacteristicSample); ++i) {
    atoms.push_back(p.x[static_cast<std::size_t>(i)]);
    weights.push_back(1);
  }
}

}  // namespace

CharacteristicPanel characteristicPanel(const WalkParams& w, const Positions& positions) {
  const int n = positions.step;
  CharacteristicPanel panel;
  const bool ou = w.kind == WalkKind::OrnsteinUhlenbeck1D;
  const double spread = w.kind == WalkKind::Cauchy1D ? n * w.scale
                        : ou                         ? std::sqrt(ouVariance(w.stepVariance(), w.rate, n))
                                                     : std::sqrt(n * w.stepVariance());
  // Out to where the limit has fallen to e^(−8); on the lattice never past
  // π, where φ_n repeats (|cos π| = 1).
  double last = spread > 0 ? 4 / spread : std::numbers::pi;
  if (w.isLattice()) last = std::min(last, std::numbers::pi);
  const double step = last / (kPoints - 1);
  std::vector<double> atoms, weights;
  walkerAtoms(positions, atoms, weights);
  panel.sampled = positions.lattice() ? positions.walkers : static_cast<int>(atoms.size());
  const auto empirical = empiricalCharacteristic(atoms, weights, step, kPoints);
  const bool known = w.barrier == BarrierKind::None;
  const bool finite = w.kind != WalkKind::Cauchy1D;
  for (int j = 0; j < kPoints; ++j) {
    const double omega = j * step;
    panel.omega.push_back(omega);
    panel.empirical.push_back(empirical[static_cast<std::size_t>(j)].real());
    if (known) panel.exact.push_back(exactCharacteristic(w, n, omega).real());
    if (finite) {
      const double mean = ou ? 0.0 : n * w.stepMean();
      const double variance = ou ? spread * spread : n * w.stepVariance();
      panel.gaussian.push_back(gaussianCharacteristic(omega, mean, variance).real());
    }
  }
  if (w.kind == WalkKind::Lattice1D) {
    // Sites of the parity of n nearest the mean.
    const int centre = 2 * static_cast<int>(std::lround(n * w.p)) - n;
    for (int i = 0; i < kSites; ++i) {
      const int k = std::clamp(centre + 2 * (i - kSites / 2), -n, n);
      if (!panel.sites.empty() && panel.sites.back() == k) continue;
      const int nodes = exactCoefficientNodes(n, k);
      panel.sites.push_back(k);
      panel.integral.push_back(coefficientIntegral(n, k, w.p, nodes));
      panel.binomial.push_back(latticeProbability(n, k, w.p));
      panel.nodes = std::max(panel.nodes, nodes);
    }
  }
  return panel;
}

}  // namespace kx::core::walk
