#include "core/ode/equilibrium.h"

#include <Eigen/Eigenvalues>
#include <algorithm>

namespace kx::core {

std::array<std::complex<double>, 2> eigenvalues2x2(const Eigen::Matrix2d& jacobian) {
  Eigen::EigenSolver<Eigen::Matrix2d> solver(jacobian, false);
  std::array<std::complex<double>, 2> values{solver.eigenvalues()(0), solver.eigenvalues()(1)};
  std::sort(values.begin(), values.end(), [](auto a, auto b) {
    return a.real() != b.real() ? a.real() < b.real() : a.imag() < b.imag();
  });
  return values;
}

EquilibriumType classify(const Eigen::Matrix2d& jacobian, double tolerance) {
  const auto ev = eigenvalues2x2(jacobian);
  const double scale = std::max(jacobian.cwiseAbs().maxCoeff(), 1e-300);
  const double eps = tolerance * scale;
  const bool complexPair = std::abs(ev[0].imag()) > eps;
  if (complexPair) {
    if (std::abs(ev[0].real()) <= eps) return EquilibriumType::Centre;
    return ev[0].real() < 0 ? EquilibriumType::StableFocus : EquilibriumType::UnstableFocus;
  }
  const double lo = ev[0].real(), hi = ev[1].real();
  if (std::abs(lo) <= eps || std::abs(hi) <= eps) return EquilibriumType::Degenerate;
  if (lo < 0 && hi > 0) return EquilibriumType::Saddle;
  return hi < 0 ? EquilibriumType::StableNode : EquilibriumType::UnstableNode;
}

std::string typeName(EquilibriumType type) {
  switch (type) {
    case EquilibriumType::StableNode: return "stable node";
    case EquilibriumType::UnstableNode: return "unstable node";
    case EquilibriumType::Saddle: return "saddle";
    case EquilibriumType::StableFocus: return "stable focus";
    case EquilibriumType::UnstableFocus: return "unstable focus";
    case EquilibriumType::Centre: return "centre";
    case EquilibriumType::Degenerate: return "degenerate";
  }
  return "degenerate";
}

}  // namespace kx::core
