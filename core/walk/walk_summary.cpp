#include "core/walk/walk_summary.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/walk/lattice_ks.h"
#include "core/walk/ornstein_uhlenbeck.h"

namespace kx::core::walk {
namespace {

constexpr int kMaxBins = 400;
constexpr int kContinuousBins = 200;

template <typename T, typename F>
void forEach(const std::vector<T>& values, int count, F&& f) {
  for (int i = 0; i < count; ++i) f(double(values[static_cast<std::size_t>(i)]));
}

template <typename F>
void forEachX(const Positions& p, F&& f) {
  if (p.lattice())
    forEach(p.lx, p.walkers, f);
  else
    forEach(p.x, p.walkers, f);
}

// The exact law of the symmetric or biased lattice walk at step k on the
// sites -k..k (index s + k) of the walkers still moving, with the method of
// images for a barrier (docs/math.md §2.3; exact on the lattice for p = 1/2) and
// the absorbed probability apart. Empty when unknown.
std::vector<double> exactLatticeLaw(const WalkParams& w, int k, std::string& name, double& absorbed) {
  std::vector<double> site(static_cast<std::size_t>(2 * k + 1));
  auto P = [&](long s) { return std::abs(s) <= k ? latticeProbability(k, int(s), w.p) : 0.0; };  // docs/math.md §2.1
  if (w.barrier == BarrierKind::None) {
    for (int s = -k; s <= k; ++s) site[s + k] = P(s);
    name = "binomial";
    return site;
  }
  if (w.p != 0.5) return {};
  const long b = std::lround(w.barrierAt);
  const auto allowed = [&](long s) { return b > 0 ? s < b : s > b; };
  double kept = 0;
  for (int s = -k; s <= k; ++s) {
    if (!allowed(s)) continue;
    // Absorbing: paths that touched b are removed, P(s) - P(2b - s);
    // reflecting: the walk is b - |b - S_k|, P(s) + P(2b - s).
    site[s + k] = w.barrier == BarrierKind::Absorbing ? P(s) - P(2 * b - s) : P(s) + P(2 * b - s);
    kept += site[s + k];
  }
  // Absorbed by step k: 1 - surviving mass = P(S_k >= b) + P(S_k > b) (reflection principle).
  if (w.barrier == BarrierKind::Absorbing)
    absorbed = 1.0 - kept;
  else if (std::abs(b) <= k)
    site[b + k] = P(b);
  name = "binomial with images";
  return site;
}

void fillNormalAndDistances(Summary1D& s) {
  const double mean = s.moments.meanX, sd = std::sqrt(s.moments.varianceX);
  if (!(sd > 0)) {
    s.ks = s.tv = std::numeric_limits<double>::quiet_NaN();
    return;
  }
  auto cdf = [&](double x) { return normalCdf(x, mean, sd); };
  const auto& h = s.histogram;
  s.normalProbabilities.resize(h.counts.size());
  for (std::size_t i = 0; i < h.counts.size(); ++i) s.normalProbabilities[i] = cdf(h.edge(i + 1)) - cdf(h.edge(i));
  s.ks = ksDistance(h, cdf);
  s.tv = tvDistance(h, cdf);
}

// The true KS distance of the walkers on the lattice sites -k..k to the
// matching normal law (docs/math.md §2.7).
void fillTrueKs(const Positions& p, Summary1D& s) {
  const double sd = std::sqrt(s.moments.varianceX);
  if (!(sd > 0)) return;
  std::vector<double> atoms, masses;
  occupiedSites(p, atoms, masses);
  const double mean = s.moments.meanX;
  s.ksTrue = atomicKsDistance(atoms, masses, [&](double x) { return normalCdf(x, mean, sd); });
}

void fillChiSquare(Summary1D& s) {
  if (s.exactProbabilities.empty()) return;
  std::vector<double> observed{s.histogram.below}, expected{s.exactBelow};
  observed.insert(observed.end(), s.histogram.counts.begin(), s.histogram.counts.end());
  expected.insert(expected.end(), s.exactProbabilities.begin(), s.exactProbabilities.end());
  observed.push_back(s.histogram.above);
  expected.push_back(s.exactAbove);
  if (s.absorbed > 0 || s.exactAbsorbed > 0) {
    observed.push_back(s.absorbed);
    expected.push_back(s.exactAbsorbed);
  }
  s.chiSquare = chiSquareTest(observed, expected);
}

Summary1D summarizeLattice(const WalkParams& w, const Positions& p) {
  const int k = p.step;
  Summary1D s;
  std::vector<double> siteCounts(static_cast<std::size_t>(2 * k + 1));
  int lo = k, hi = -k;
  const bool absorbing = w.barrier == BarrierKind::Absorbing;
  for (int i = 0; i < p.walkers; ++i) {
    const int x = p.lx[static_cast<std::size_t>(i)];
    if (absorbing && x == w.barrierAt) {
      s.absorbed += 1;
      continue;
    }
    siteCounts[x + k] += 1;
    lo = std::min(lo, x);
    hi = std::max(hi, x);
  }
  if (lo > hi) lo = hi = k;  // every walker absorbed: one empty bin
  // Every moving walker sits on a site of the parity of k (reflection keeps
  // it): bins two sites wide centred on them.
  const int stride = 2;
  const int sites = (hi - lo) / stride + 1;
  const int group = (sites + kMaxBins - 1) / kMaxBins;
  auto& h = s.histogram;
  h.lo = lo - 0.5 * stride;
  h.width = stride * group;
  h.counts.assign(static_cast<std::size_t>((sites - 1) / group + 1), 0.0);
  auto binOf = [&](int site) { return static_cast<std::size_t>((site - lo) / stride / group); };
  for (int x = lo; x <= hi; x += stride) h.counts[binOf(x)] += siteCounts[x + k];

  const auto law = exactLatticeLaw(w, k, s.exactLaw, s.exactAbsorbed);
  if (!law.empty()) {
    s.exactProbabilities.assign(h.counts.size(), 0.0);
    for (int x = -k; x <= k; ++x) {
      const double q = law[x + k];
      if (x < lo)
        s.exactBelow += q;
      else if (x > hi)
        s.exactAbove += q;
      else if ((x - lo) % stride == 0)
        s.exactProbabilities[binOf(x)] += q;
    }
  }
  return s;
}

Summary1D summarizeContinuous(const WalkParams& w, const Positions& p) {
  const int k = p.step;
  Summary1D s;
  const bool cauchyKind = w.kind == WalkKind::Cauchy1D, ouKind = w.kind == WalkKind::OrnsteinUhlenbeck1D;
  const double centre = w.drift * k;
  // The sum of k Cauchy(0, c) steps is Cauchy(0, k c): it never narrows to
  // sqrt(k) and never becomes normal. The Ornstein–Uhlenbeck walk's spread
  // settles at α/(2k) (docs/math.md §2.2.1).
  const double spread = cauchyKind ? k * w.scale
                        : ouKind   ? std::sqrt(ouVariance(w.stepVariance(), w.rate, k))
                                   : std::sqrt(k * w.stepVariance());
  double lo = centre - (cauchyKind ? 10 : 5) * spread, hi = centre + (cauchyKind ? 10 : 5) * spread;
  double width = (hi - lo) / kContinuousBins;
  const double b = w.barrierAt;
  if (w.barrier != BarrierKind::None && b > lo && b < hi) {
    // End the bins on the barrier: the moving walkers live on one side.
    if (b > 0) {
      width = (b - lo) / kContinuousBins;
    } else {
      lo = b;
      width = (hi - b) / kContinuousBins;
    }
  }
  auto& h = s.histogram;
  h.lo = lo;
  h.width = width;
  h.counts.assign(kContinuousBins, 0.0);
  const bool absorbing = w.barrier == BarrierKind::Absorbing;
  forEachX(p, [&](double x) {
    if (absorbing && x == b) {
      s.absorbed += 1;
      return;
    }
    const double u = std::floor((x - lo) / width);
    if (u < 0)
      h.below += 1;
    else if (u >= kContinuousBins)
      h.above += 1;
    else
      h.counts[static_cast<std::size_t>(u)] += 1;
  });

  std::function<double(double)> cdf;
  if (w.barrier == BarrierKind::None && w.kind == WalkKind::Gaussian1D) {
    const double sd = std::sqrt(double(k)) * w.scale;
    cdf = [=](double x) { return normalCdf(x, centre, sd); };
    s.exactLaw = "normal";
  } else if (w.barrier == BarrierKind::None && cauchyKind) {
    cdf = [=](double x) { return cauchyCdf(x, centre, spread); };
    s.exactLaw = "Cauchy";
  } else if (w.barrier == BarrierKind::None && ouKind) {
    cdf = [=](double x) { return normalCdf(x, 0, spread); };  // the walk starts at 0: mean 0
    s.exactLaw = "Ornstein–Uhlenbeck";
  }
  if (cdf) {
    s.exactProbabilities.resize(h.counts.size());
    for (std::size_t i = 0; i < h.counts.size(); ++i) s.exactProbabilities[i] = cdf(h.edge(i + 1)) - cdf(h.edge(i));
    s.exactBelow = cdf(h.edge(0));
    s.exactAbove = 1 - cdf(h.edge(h.counts.size()));
  }
  return s;
}

}  // namespace

Moments momentsOf(const WalkParams& w, const Positions& p) {
  Moments m;
  const double n = p.walkers;
  double sx = 0, sxx = 0, sy = 0, syy = 0, absorbed = 0;
  const bool absorbing = w.barrier == BarrierKind::Absorbing;
  forEachX(p, [&](double x) {
    sx += x;
    sxx += x * x;
    absorbed += absorbing && x == w.barrierAt;
  });
  if (w.is2D()) {
    auto addY = [&](double y) {
      sy += y;
      syy += y * y;
    };
    if (p.lattice())
      forEach(p.ly, p.walkers, addY);
    else
      forEach(p.y, p.walkers, addY);
  }
  m.meanX = sx / n;
  m.meanY = sy / n;
  // Sample variances from the sums; positions are O(sqrt n) here, so the
  // cancellation in sxx - n mean^2 costs far less than the sampling error.
  const double denominator = std::max(n - 1, 1.0);
  m.varianceX = std::max(0.0, (sxx - n * m.meanX * m.meanX) / denominator);
  m.varianceY = std::max(0.0, (syy - n * m.meanY * m.meanY) / denominator);
  m.msd = (sxx + syy) / n;
  m.absorbedFraction = absorbed / n;
  return m;
}

Summary1D summarize1D(const WalkParams& w, const Positions& p) {
  Summary1D s = w.isLattice() ? summarizeLattice(w, p) : summarizeContinuous(w, p);
  s.moments = momentsOf(w, p);
  fillNormalAndDistances(s);
  if (w.isLattice()) fillTrueKs(p, s);
  fillChiSquare(s);
  return s;
}

Summary2D summarize2D(const WalkParams& w, const Positions& p, int cells) {
  Summary2D s;
  const int k = p.step;
  // Both axes of the 2D lattice walk have the same law; the Gaussian walk
  // drifts along x only.
  const double meanX = w.stepMean() * k, meanY = (w.kind == WalkKind::Lattice2D ? w.stepMean() : 0.0) * k;
  const double sd = std::sqrt(k * w.stepVariance());
  const double half = 4 * sd + 1;
  s.x0 = meanX - half;
  s.y0 = meanY - half;
  s.cell = 2 * half / cells;
  s.density = Eigen::ArrayXXd::Zero(cells, cells);
  for (int i = 0; i < p.walkers; ++i) {
    const auto u = std::floor((p.xAt(std::size_t(i)) - s.x0) / s.cell),
               v = std::floor((p.yAt(std::size_t(i)) - s.y0) / s.cell);
    if (u >= 0 && v >= 0 && u < cells && v < cells) s.density(int(u), int(v)) += 1;
  }
  // Heat kernel: the 2D Gaussian with per-axis variance k * step variance.
  Eigen::ArrayXd px(cells), py(cells);
  for (int i = 0; i < cells; ++i) {
    px(i) = normalCdf(s.x0 + (i + 1) * s.cell, meanX, sd) - normalCdf(s.x0 + i * s.cell, meanX, sd);
    py(i) = normalCdf(s.y0 + (i + 1) * s.cell, meanY, sd) - normalCdf(s.y0 + i * s.cell, meanY, sd);
  }
  s.heatKernel = double(p.walkers) * (px.matrix() * py.matrix().transpose()).array();
  s.moments = momentsOf(w, p);
  return s;
}

}  // namespace kx::core::walk
