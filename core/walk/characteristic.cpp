#include "core/walk/characteristic.h"

#include <cmath>
#include <cstdlib>
#include <numbers>

namespace kx::core::walk {
namespace {

// z^n by repeated squaring: about log2(n) roundings, where std::pow would
// go through exp(n log z).
std::complex<double> integerPower(std::complex<double> z, int n) {
  std::complex<double> result(1.0, 0.0);
  for (; n > 0; n >>= 1, z *= z)
    if (n & 1) result *= z;
  return result;
}

}  // namespace

std::complex<double> latticeCharacteristic(int n, double omega, double p) {
  // One step: p e^{iω} + (1 − p) e^{−iω} = cos ω + i (2p − 1) sin ω (docs/math.md §2.6).
  const std::complex<double> step(std::cos(omega), (2 * p - 1) * std::sin(omega));
  return integerPower(step, n);
}

std::complex<double> gaussianCharacteristic(double omega, double mean, double variance) {
  return std::exp(std::complex<double>(-0.5 * omega * omega * variance, omega * mean));
}

std::vector<std::complex<double>> empiricalCharacteristic(const std::vector<double>& atoms,
                                                          const std::vector<double>& weights, double step, int points) {
  std::vector<std::complex<double>> sum(static_cast<std::size_t>(points));
  double total = 0;
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    const std::complex<double> rotation = std::polar(1.0, step * atoms[i]);
    std::complex<double> term(weights[i], 0.0);
    for (auto& s : sum) {
      s += term;
      term *= rotation;
    }
    total += weights[i];
  }
  for (auto& s : sum) s /= total > 0 ? total : 1.0;
  return sum;
}

double coefficientIntegral(int n, int k, double p, int points) {
  // Nodes ω_j = −π + 2πj/M; the rule (1/M) Σ_j f(ω_j) integrates e^{imω}
  // exactly unless M divides m ≠ 0 (docs/math.md §2.6).
  const double h = 2 * std::numbers::pi / points;
  std::complex<double> sum;
  for (int j = 0; j < points; ++j) {
    const double omega = -std::numbers::pi + h * j;
    sum += latticeCharacteristic(n, omega, p) * std::polar(1.0, -k * omega);
  }
  return sum.real() / points;
}

int exactCoefficientNodes(int n, int k) { return n + std::abs(k) + 1; }

}  // namespace kx::core::walk
