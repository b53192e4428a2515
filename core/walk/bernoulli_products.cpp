#include "core/walk/bernoulli_products.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace kx::core::walk {
namespace {

constexpr double kPi = std::numbers::pi;
// Below this |ω| the closed forms lose digits to cancellation (relative
// error ~1e-16/(πω)²); the Taylor series Σ_j (∓1)^j ζ(2j+2) ω^(2j) takes
// over, its first omitted term below 1e-13 (docs/math.md §2.9).
constexpr double kSeriesBelow = 0.05;
const double kZeta[] = {kPi * kPi / 6, std::pow(kPi, 4) / 90, std::pow(kPi, 6) / 945, std::pow(kPi, 8) / 9450,
                        std::pow(kPi, 10) / 93555};

double zetaSeries(double omega, double sign) {
  double sum = 0, power = 1;
  for (double z : kZeta) {
    sum += power * z;
    power *= sign * omega * omega;
  }
  return sum;
}

template <typename F>
double product(int terms, F factor) {
  double result = 1;
  for (int n = 1; n <= terms; ++n) result *= factor(double(n));
  return result;
}

template <typename F>
double sum(int terms, F term) {
  double result = 0;  // smallest terms first
  for (int n = terms; n >= 1; --n) result += term(double(n));
  return result;
}

}  // namespace

double sinhPartialProduct(double x, int terms) {
  return product(terms, [x](double n) { return 1 + x * x / (n * n * kPi * kPi); });
}

double sinPartialProduct(double x, int terms) {
  return product(terms, [x](double n) { return 1 - x * x / (n * n * kPi * kPi); });
}

double sinhc(double x) { return x == 0 ? 1.0 : std::sinh(x) / x; }
double sinc(double x) { return x == 0 ? 1.0 : std::sin(x) / x; }

double harmonicToFreeRatio(double u) { return 1 / std::sqrt(sinhc(u)); }
double harmonicToFreePartial(double u, int terms) { return 1 / std::sqrt(sinhPartialProduct(u, terms)); }

double plusPartialSum(double omega, int terms) {
  return sum(terms, [omega](double n) { return 1 / (n * n + omega * omega); });
}

double plusSum(double omega) {
  if (std::abs(omega) < kSeriesBelow) return zetaSeries(omega, -1);
  const double a = kPi * omega;
  return (a / std::tanh(a) - 1) / (2 * omega * omega);
}

double minusPartialSum(double omega, int terms) {
  return sum(terms, [omega](double n) { return 1 / (n * n - omega * omega); });
}

double minusSum(double omega) {
  if (std::abs(omega) < kSeriesBelow) return zetaSeries(omega, +1);
  if (omega == std::round(omega)) return std::numeric_limits<double>::infinity();
  const double a = kPi * omega;
  return (1 - a / std::tan(a)) / (2 * omega * omega);
}

double productTailBound(double x, int terms) {
  // Σ_{n>N} u/n² ≤ u/N with u = x²/π²; for the sine, |ln(1 − v)| ≤ v/(1 − v)
  // with v ≤ u/(N+1)² < 1.
  const double u = x * x / (kPi * kPi), v = u / ((terms + 1.0) * (terms + 1.0));
  return v < 1 ? u / terms / (1 - v) : std::numeric_limits<double>::infinity();
}

double sumTailBound(double omega, int terms) {
  // For n > N ≥ 2|ω|, n² − ω² ≥ (3/4)n², and Σ_{n>N} 1/n² ≤ 1/N.
  return terms >= 2 * std::abs(omega) ? 4.0 / (3.0 * terms) : std::numeric_limits<double>::infinity();
}

}  // namespace kx::core::walk
