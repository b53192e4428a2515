#pragma once
// The Ornstein–Uhlenbeck walk dx = −k x dt + √α dW (docs/math.md §2.2.1):
// its exact one-step update, used by the walk kernels, and its exact
// transition law N(x0 e^(−kt), α(1 − e^(−2kt))/(2k)).
namespace kx::core::walk {

/// e^(−k): the factor one unit of time multiplies the position by.
double ouDecay(double k);
/// Variance of X_t given X_0 = x0: α(1 − e^(−2kt))/(2k) (αt at k = 0).
double ouVariance(double alpha, double k, double t);
/// Mean of X_t given X_0 = x0: x0 e^(−kt).
double ouMean(double x0, double k, double t);

}  // namespace kx::core::walk
