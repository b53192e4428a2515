#include "core/walk/ornstein_uhlenbeck.h"

#include <cmath>

namespace kx::core::walk {

double ouDecay(double k) { return std::exp(-k); }

double ouVariance(double alpha, double k, double t) {
  // −expm1(−2kt)/(2k) keeps its digits for small kt, where 1 − e^(−2kt) cancels.
  return k == 0 ? alpha * t : alpha * -std::expm1(-2 * k * t) / (2 * k);
}

double ouMean(double x0, double k, double t) { return x0 * std::exp(-k * t); }

}  // namespace kx::core::walk
