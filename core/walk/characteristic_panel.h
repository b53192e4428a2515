#pragma once
// The characteristic-function panel of the walk lab (docs/math.md §2.6): the
// exact characteristic function after n steps, its Gaussian limit, the
// empirical one of the walkers, and, for lattice walks, the
// coefficient-extraction integral next to the exact binomial probability.
#include <vector>

#include "core/walk/walk_engine.h"

namespace kx::core::walk {

struct CharacteristicPanel {
  std::vector<double> omega;       ///< 0 .. the last frequency where the law is far from its limit
  std::vector<double> exact;       ///< Re φ_n(ω); empty when unknown (barriers, uniform with a barrier...)
  std::vector<double> gaussian;    ///< Re exp(iωnμ − nσ²ω²/2); empty for Cauchy steps
  std::vector<double> empirical;   ///< Re of the walkers' mean e^{iωx}
  int sampled = 0;                 ///< walkers in the empirical mean (standard error ≤ 1/√sampled)
  /// Lattice walks: sites k near the mean, (1/2π)∫φ_n(ω)e^{−ikω}dω by the
  /// exact trapezoid rule, and the binomial probability.
  std::vector<int> sites;
  std::vector<double> integral, binomial;
  int nodes = 0;  ///< trapezoid nodes used for the largest |k|
};

/// Continuous walks: walkers in the empirical characteristic function, at
/// most this many of the first ones (walkers are independent, so a fair
/// sample; standard error ≤ 0.016). Lattice walks use every walker, counted
/// per site.
inline constexpr int kCharacteristicSample = 4096;

/// The panel of a 1D walk at the positions' step.
CharacteristicPanel characteristicPanel(const WalkParams& params, const Positions& positions);

}  // namespace kx::core::walk
