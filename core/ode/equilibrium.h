#pragma once
// Classification of a planar equilibrium from the eigenvalues of its Jacobian.
#include <Eigen/Core>
#include <array>
#include <complex>
#include <string>

namespace kx::core {

enum class EquilibriumType { StableNode, UnstableNode, Saddle, StableFocus, UnstableFocus, Centre, Degenerate };

struct Equilibrium {
  Eigen::Vector2d x;
  std::array<std::complex<double>, 2> eigenvalues;
  EquilibriumType type;
  std::string name;  ///< e.g. "E*" or "(N1, 0)"
};

/// Eigenvalues of a real 2x2 matrix, sorted by real part (then imaginary part).
std::array<std::complex<double>, 2> eigenvalues2x2(const Eigen::Matrix2d& jacobian);

/// Node, saddle, focus or centre from the eigenvalues; "degenerate" when an
/// eigenvalue is zero to within `tolerance` relative to the matrix's scale.
EquilibriumType classify(const Eigen::Matrix2d& jacobian, double tolerance = 1e-9);

/// The names docs/benchmarks.md (W1) uses: "stable node", "saddle", ...
std::string typeName(EquilibriumType type);

}  // namespace kx::core
