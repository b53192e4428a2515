#pragma once
// What the walk lab's Bernoulli-products panel draws (docs/math.md §2.9): at
// x = πω, the partial products of sinh x / x and sin x / x against the number
// of modes, and the sums Σ 1/(n² ± ω²) over a range of ω against their
// closed forms, with the poles of the second. Closed forms only: cheap.
#include <string>
#include <vector>

namespace kx::core::walk {

struct BernoulliPanel {
  double omega = 0;
  int modes = 0;
  std::vector<int> terms;  ///< 1 .. modes
  std::vector<double> sinhPartial, sinPartial;
  double sinhLimit = 0, sinLimit = 0;  ///< sinh(πω)/(πω), sin(πω)/(πω)
  std::vector<double> omegas;          ///< the sums' axis, 0 .. kBernoulliOmegaMax
  std::vector<double> plusPartial, plusClosed, minusPartial, minusClosed;
  std::vector<int> poles;  ///< integers in (0, kBernoulliOmegaMax]
};

inline constexpr double kBernoulliOmegaMax = 4;

/// The panel at ω with `modes` terms in the partial products and sums.
BernoulliPanel bernoulliPanel(double omega, int modes);

/// Two tables: the partial products against the number of modes, then the
/// sums against ω.
std::string bernoulliCsv(const BernoulliPanel& panel);

}  // namespace kx::core::walk
