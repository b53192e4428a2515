#include "core/walk/walk_analysis.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace kx::core::walk {

double latticeLogProbability(int n, int k, double p) {
  const double ninf = -std::numeric_limits<double>::infinity();
  if (std::abs(k) > n || (n + k) % 2 != 0) return ninf;
  const int up = (n + k) / 2, down = n - up;
  // p^0 = 1 even for p = 0: handle the endpoints without log(0) * 0.
  if ((p == 0 && up > 0) || (p == 1 && down > 0)) return ninf;
  const double logChoose = std::lgamma(n + 1.0) - std::lgamma(up + 1.0) - std::lgamma(down + 1.0);
  return logChoose + (up > 0 ? up * std::log(p) : 0.0) + (down > 0 ? down * std::log1p(-p) : 0.0);
}

double latticeProbability(int n, int k, double p) { return std::exp(latticeLogProbability(n, k, p)); }

double normalCdf(double x, double mean, double sd) { return 0.5 * std::erfc(-(x - mean) / (sd * std::numbers::sqrt2)); }

double normalDensity(double x, double mean, double sd) {
  const double z = (x - mean) / sd;
  return std::exp(-0.5 * z * z) / (sd * std::sqrt(2 * std::numbers::pi));
}

double cauchyCdf(double x, double location, double scale) {
  return 0.5 + std::atan((x - location) / scale) / std::numbers::pi;
}

double Histogram::total() const {
  double sum = below + above;
  for (double c : counts) sum += c;
  return sum;
}

double upperRegularizedGamma(double a, double x) {
  if (x <= 0) return 1.0;
  const double logPrefix = a * std::log(x) - x - std::lgamma(a);
  if (x < a + 1) {
    // P(a, x) = e^-x x^a / Gamma(a) sum x^n / (a (a+1) ... (a+n))
    double term = 1.0 / a, sum = term;
    for (int n = 1; n < 1000 && std::abs(term) > std::abs(sum) * 1e-16; ++n) {
      term *= x / (a + n);
      sum += term;
    }
    return 1.0 - sum * std::exp(logPrefix);
  }
  // Lentz's continued fraction for Q(a, x).
  const double tiny = 1e-300;
  double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
  for (int i = 1; i < 1000; ++i) {
    const double an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (std::abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (std::abs(c) < tiny) c = tiny;
    d = 1 / d;
    const double delta = d * c;
    h *= delta;
    if (std::abs(delta - 1) < 1e-16) break;
  }
  return std::exp(logPrefix) * h;
}

ChiSquare chiSquareTest(const std::vector<double>& observed, const std::vector<double>& expected) {
  double total = 0;
  for (double o : observed) total += o;
  std::vector<double> pooledObserved, pooledExpected;
  double o = 0, e = 0;
  for (std::size_t i = 0; i < observed.size(); ++i) {
    o += observed[i];
    e += expected[i] * total;
    if (e >= 5) {
      pooledObserved.push_back(o);
      pooledExpected.push_back(e);
      o = e = 0;
    }
  }
  if (!pooledExpected.empty()) {
    pooledObserved.back() += o;
    pooledExpected.back() += e;
  }
  ChiSquare result;
  result.statistic = 0;
  result.pooledBins = static_cast<int>(pooledExpected.size());
  for (std::size_t i = 0; i < pooledExpected.size(); ++i)
    result.statistic += std::pow(pooledObserved[i] - pooledExpected[i], 2) / pooledExpected[i];
  result.degreesOfFreedom = std::max(result.pooledBins - 1, 0);
  result.pValue = result.degreesOfFreedom > 0
                      ? upperRegularizedGamma(0.5 * result.degreesOfFreedom, 0.5 * result.statistic)
                      : std::numeric_limits<double>::quiet_NaN();
  return result;
}

double ksDistance(const Histogram& h, const std::function<double(double)>& cdf) {
  const double total = h.total();
  double cumulative = h.below, worst = 0;
  for (std::size_t i = 0; i <= h.counts.size(); ++i) {
    worst = std::max(worst, std::abs(cumulative / total - cdf(h.edge(i))));
    if (i < h.counts.size()) cumulative += h.counts[i];
  }
  return worst;
}

double tvDistance(const Histogram& h, const std::function<double(double)>& cdf) {
  const double total = h.total();
  double sum = std::abs(h.below / total - cdf(h.edge(0)));
  for (std::size_t i = 0; i < h.counts.size(); ++i)
    sum += std::abs(h.counts[i] / total - (cdf(h.edge(i + 1)) - cdf(h.edge(i))));
  sum += std::abs(h.above / total - (1 - cdf(h.edge(h.counts.size()))));
  return 0.5 * sum;
}

LineFit fitLine(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = double(x.size());
  double mx = 0, my = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    mx += x[i] / n;
    my += y[i] / n;
  }
  double sxy = 0, sxx = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) * (x[i] - mx);
  }
  LineFit fit;
  fit.slope = sxx > 0 ? sxy / sxx : 0;
  fit.intercept = my - fit.slope * mx;
  return fit;
}

}  // namespace kx::core::walk
