// The f-GAN conjugate table (docs/math.md §4.10) and the Designing-GANs pairs
// (§4.11) against an independent method: each maximum is found by a
// golden-section search, not taken from the closed forms it checks.
#include "core/gan/f_divergence.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/nn/ops.h"

namespace kx::core::gan {
namespace {

struct Extremum {
  double at, value;
};

/// The maximum of a unimodal h on (lo, hi) by golden-section search. Only
/// interior points are evaluated, so h may be infinite at open ends. Near the
/// maximum h is flat to second order, so the location is found to about
/// √(machine ε) of its scale and the value to about machine ε.
template <typename H>
Extremum goldenMax(H h, double lo, double hi) {
  const double k = (std::sqrt(5.0) - 1) / 2;
  double a = lo, b = hi;
  double x1 = b - k * (b - a), x2 = a + k * (b - a);
  double h1 = h(x1), h2 = h(x2);
  for (int i = 0; i < 200; ++i) {
    if (h1 < h2) {
      a = x1, x1 = x2, h1 = h2;
      x2 = a + k * (b - a), h2 = h(x2);
    } else {
      b = x2, x2 = x1, h2 = h1;
      x1 = b - k * (b - a), h1 = h(x1);
    }
  }
  return h1 > h2 ? Extremum{x1, h1} : Extremum{x2, h2};
}

// Where the searches look: ±30 keeps e^{±2v} and the activations finite in
// double, yet reaches every maximiser of the grids below (the farthest is
// Neyman's at u = 0.03, v = log(1/u²) ≈ 7).
constexpr double kReach = 30;

// u = p/q from 0.03 to ~16 in ratio 1.37, which steps over u = 1: there the
// total variation's f has a kink and every t in [−½, ½] is a maximiser.
std::vector<double> ratios() {
  std::vector<double> u;
  for (double x = 0.03; x < 20; x *= 1.37) u.push_back(x);
  return u;
}

// docs/math.md §4.10: f(u) = max_t {t u − g(t)}, attained at t = f'(u).
// The search runs over the critic's raw output v, with t = activation(v): if
// the activation could not reach f'(u), the maximum would be missed.
TEST(FDivergence, FIsTheConjugateOfGAttainedAtFPrime) {
  for (FDivergence kind : kFDivergences) {
    const ConjugatePair& row = conjugatePair(kind);
    EXPECT_DOUBLE_EQ(row.f(1), 0) << row.title;
    for (double u : ratios()) {
      auto objective = [&](double v) {
        const double t = outputActivation(kind, v);
        return t * u - row.conjugate(t);
      };
      const Extremum best = goldenMax(objective, -kReach, kReach);
      const double t = outputActivation(kind, best.at);
      // Values to machine precision (see goldenMax), with room for the
      // rounding of t u − g(t) when its terms are ~10³ times larger.
      EXPECT_NEAR(best.value, row.f(u), 1e-10 * (1 + std::abs(row.f(u)))) << row.title << " u = " << u;
      // The maximiser only to ~√ε relative: 1e-6 leaves a factor 100.
      EXPECT_NEAR(t, row.fPrime(u), 1e-6 * (1 + std::abs(row.fPrime(u)))) << row.title << " u = " << u;
      // Inside the domain of g (closed for the total variation, whose maximisers are its ends ±½).
      EXPECT_GE(t, row.tMin);
      EXPECT_LE(t, row.tMax);
    }
  }
}

// The losses use g∘activation in a simplified form; it must be the same function.
TEST(FDivergence, SimplifiedConjugateOfActivationIsTheComposition) {
  for (FDivergence kind : kFDivergences)
    for (double v = -5; v <= 5; v += 0.25) {
      const double composed = conjugatePair(kind).conjugate(outputActivation(kind, v));
      EXPECT_NEAR(conjugateOfActivation(kind, v), composed, 1e-12 * (1 + std::abs(composed)))
          << conjugatePair(kind).title << " v = " << v;
    }
}

// The tape versions (what the losses train with) are the double versions.
TEST(FDivergence, TapeVersionsMatchDoubles) {
  nn::Tape<double> tape;
  nn::Mat<double> v(1, 21);
  for (int k = 0; k < 21; ++k) v(0, k) = -5 + 0.5 * k;
  const nn::Var<double> x = tape.constant(v);
  for (FDivergence kind : kFDivergences) {
    const nn::Mat<double> act = outputActivation(kind, x).value();
    const nn::Mat<double> conj = conjugateOfActivation(kind, x).value();
    for (int k = 0; k < 21; ++k) {
      // The same formulas through Eigen's and libm's functions: a few ulps.
      EXPECT_NEAR(act(0, k), outputActivation(kind, v(0, k)), 1e-13 * (1 + std::abs(act(0, k))));
      EXPECT_NEAR(conj(0, k), conjugateOfActivation(kind, v(0, k)), 1e-13 * (1 + std::abs(conj(0, k))));
    }
  }
}

// The pointwise maximum of φ(t) + r ψ(t) over Ω, searched in Ω ∩ [−30, 30].
Extremum criticOptimum(const DesignedGan& pair, double r) {
  auto objective = [&](double t) { return pair.phi(t) + r * pair.psi(t); };
  return goldenMax(objective, std::max(pair.tMin, -kReach), std::min(pair.tMax, kReach));
}

// docs/math.md §4.11: arg max_t φ(t) + r ψ(t) = ω(r), the maximum is d(r),
// and d is minimal at r = 1.
TEST(DesignedGans, CriticOptimumIsOmegaAndDIsMinimalAtOne) {
  ASSERT_EQ(designedGans().size(), 4u);
  for (const DesignedGan& pair : designedGans()) {
    EXPECT_NEAR(pair.psi(pair.omega(1)), 0, 1e-15) << pair.title;
    for (double r : ratios()) {
      const Extremum best = criticOptimum(pair, r);
      // Tolerances as in FDivergence.FIsTheConjugateOfGAttainedAtFPrime.
      EXPECT_NEAR(best.at, pair.omega(r), 1e-6 * (1 + std::abs(pair.omega(r)))) << pair.title << " r = " << r;
      EXPECT_NEAR(best.value, pair.d(r), 1e-10 * (1 + std::abs(pair.d(r)))) << pair.title << " r = " << r;
      EXPECT_GT(pair.d(r), pair.d(1)) << pair.title << " r = " << r;
    }
    // The minimum of the searched maxima (not of the closed form d), over
    // log r in [−5, 5]: d is flat to second order there, so its location is
    // found to ~√ε, well within 1e-6.
    const Extremum least = goldenMax([&](double s) { return -criticOptimum(pair, std::exp(s)).value; }, -5, 5);
    EXPECT_NEAR(std::exp(least.at), 1, 1e-6) << pair.title;
  }
}

// Both parameterisations of the original GAN are the same divergence:
// d(r) = r log 2r − (1 + r) log(1 + r) = 2 JS(P‖Q) − log 2 per unit of p.
TEST(DesignedGans, OriginalGanInBothParameterisationsAgrees) {
  const auto& rows = designedGans();
  for (double r : ratios()) EXPECT_NEAR(criticOptimum(rows[0], r).value, criticOptimum(rows[1], r).value, 1e-10);
}

}  // namespace
}  // namespace kx::core::gan
