#pragma once
// The characteristic function of the walk (docs/math.md §2.6): the essay's
// cos^n(ω) against its Gaussian limit, the empirical characteristic function
// of a set of walkers, and the coefficient-extraction integral that turns
// the characteristic function back into the binomial law.
#include <complex>
#include <vector>

namespace kx::core::walk {

/// E[e^{iωS_n}] of n lattice steps +1 (probability p) / −1:
/// (p e^{iω} + (1−p) e^{−iω})^n, which is cos^n(ω) for p = 1/2.
std::complex<double> latticeCharacteristic(int n, double omega, double p);

/// The characteristic function of N(mean, variance): exp(iω mean − ω² variance / 2).
std::complex<double> gaussianCharacteristic(double omega, double mean, double variance);

/// The weighted mean of e^{iω_j x} over `atoms` (weights: e.g. the walkers
/// on each lattice site; all 1 for a sample of positions) at ω_j = j·step,
/// j = 0..points−1: for walkers, unbiased estimates of the characteristic
/// function, each part with standard error at most 1/√walkers. One sine and
/// cosine per atom; the other frequencies by the recurrence
/// e^{i(j+1)·step·x} = e^{ij·step·x} e^{i·step·x}.
std::vector<std::complex<double>> empiricalCharacteristic(const std::vector<double>& atoms,
                                                          const std::vector<double>& weights, double step, int points);

/// P(S_n = k) by the coefficient-extraction integral
/// (1/2π) ∫_{−π}^{π} φ_n(ω) e^{−ikω} dω with φ_n = latticeCharacteristic, by
/// the trapezoid rule on `points` equally spaced nodes. The integrand is a
/// trigonometric polynomial of degree at most n + |k|, so the rule is exact
/// (to rounding) when points > n + |k| (docs/math.md §2.6).
double coefficientIntegral(int n, int k, double p, int points);

/// The smallest number of nodes for which coefficientIntegral is exact: n + |k| + 1.
int exactCoefficientNodes(int n, int k);

}  // namespace kx::core::walk
