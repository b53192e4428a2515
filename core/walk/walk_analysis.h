#pragma once
// Closed forms and statistics the random-walk lab compares its walkers with
// (docs/math.md §2): the exact lattice law, the normal limit, chi-square with
// pooled tails, distances to the normal law, least-squares lines.
#include <functional>
#include <limits>
#include <vector>

namespace kx::core::walk {

/// ln P(S_n = k) for n steps of +1 (probability p) / -1: the binomial law of
/// docs/math.md §2.1, C(n, (n+k)/2) p^((n+k)/2) (1-p)^((n-k)/2), in log space
/// through lgamma so n in the tens of thousands does not overflow.
/// -infinity where the probability is 0 (wrong parity, |k| > n).
double latticeLogProbability(int n, int k, double p);
double latticeProbability(int n, int k, double p);

double normalCdf(double x, double mean, double sd);
double normalDensity(double x, double mean, double sd);
double cauchyCdf(double x, double location, double scale);

/// Counts of values in `bins` equal bins of `width` from `lo`, plus the
/// counts below and above.
struct Histogram {
  double lo = 0, width = 1;
  std::vector<double> counts;
  double below = 0, above = 0;

  double total() const;
  double centre(std::size_t bin) const { return lo + (double(bin) + 0.5) * width; }
  double edge(std::size_t i) const { return lo + double(i) * width; }
};

/// NaN statistic and p-value until a test is made (no exact law to test).
struct ChiSquare {
  double statistic = std::numeric_limits<double>::quiet_NaN();
  int degreesOfFreedom = 0;
  double pValue = std::numeric_limits<double>::quiet_NaN();
  int pooledBins = 0;  ///< bins after pooling
};

/// Pearson's chi-square of `observed` counts against probabilities
/// `expected` (same length, summing to ~1 with the tails), scanning left to
/// right and pooling bins until each expected count reaches 5; what is left
/// at the right end joins the last pooled bin. dof = bins - 1.
ChiSquare chiSquareTest(const std::vector<double>& observed, const std::vector<double>& expected);

/// Q(a, x) = Gamma(a, x) / Gamma(a), upper regularised incomplete gamma
/// (series below a + 1, continued fraction above; Numerical Recipes §6.2).
double upperRegularizedGamma(double a, double x);

/// Kolmogorov–Smirnov distance sup |F_n - F| over the histogram's edges and
/// total variation distance 1/2 sum |p_bin - P(bin)| (tails included),
/// against a continuous CDF.
double ksDistance(const Histogram& h, const std::function<double(double)>& cdf);
double tvDistance(const Histogram& h, const std::function<double(double)>& cdf);

struct LineFit {
  double slope = 0, intercept = 0;
};
/// Ordinary least squares y = intercept + slope x (needs two distinct x).
LineFit fitLine(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace kx::core::walk
