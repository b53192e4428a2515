// The walkers against the exact law of the lattice walk (docs/math.md §2.1)
// and the moments of the continuous walks.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>
#include <vector>

#include "core/util/counter_rng.h"
#include "core/util/cpu_isa.h"
#include "core/util/fast_math.h"
#include "core/walk/block_kernels.h"
#include "core/walk/walk_analysis.h"
#include "core/walk/walk_engine.h"
#include "core/walk/walk_summary.h"
#include "tests/core/walk/positions_after.h"

namespace kx::core::walk {
namespace {

TEST(WalkLaw, ExactProbabilitiesMatchTheOracles) {
  // docs/math.md §2.1: n = 4 gives (1, 4, 6, 4, 1) / 16; n = 10 gives the listed values.
  const double four[] = {1, 4, 6, 4, 1};
  for (int i = 0; i < 5; ++i) EXPECT_NEAR(latticeProbability(4, -4 + 2 * i, 0.5), four[i] / 16, 1e-15);
  EXPECT_EQ(latticeProbability(4, 1, 0.5), 0.0);
  EXPECT_NEAR(latticeProbability(10, 0, 0.5), 0.24609375, 1e-15);
  EXPECT_NEAR(latticeProbability(10, 2, 0.5), 0.205078125, 1e-15);
  EXPECT_NEAR(latticeProbability(10, -2, 0.5), 0.205078125, 1e-15);
  EXPECT_NEAR(latticeProbability(10, 10, 0.5), std::ldexp(1.0, -10), 1e-18);
  for (int n : {4, 10, 30000}) {
    double sum = 0, var = 0;
    for (int k = -n; k <= n; ++k) {
      sum += latticeProbability(n, k, 0.5);
      var += k * k * latticeProbability(n, k, 0.5);
    }
    EXPECT_NEAR(sum, 1.0, 1e-10) << n;
    EXPECT_NEAR(var, n, 1e-8 * n) << n;
  }
  // Biased: E S_n = n (2p - 1), Var = 4 n p (1 - p); endpoints p = 0, 1.
  EXPECT_NEAR(latticeProbability(3, 3, 0.3), 0.027, 1e-15);
  EXPECT_EQ(latticeProbability(5, 5, 1.0), 1.0);
  EXPECT_EQ(latticeProbability(5, -5, 0.0), 1.0);
}

TEST(WalkLaw, ChiSquareOfSimulatedWalkersAgainstTheBinomialLaw) {
  // 200,000 walkers, 1000 steps, fixed seed. Under the null hypothesis the
  // statistic is chi-square with dof = pooled bins - 1 (122 here). We
  // reject only at significance 1e-6, so a correct sampler fails this test
  // once in a million seeds. Power: a step law off by only 0.5% in p shifts the
  // mean by 10 = 0.32 sd per walker, a non-centrality of about
  // 200,000 * 0.32^2 = 20,000 >> the 1e-6 critical value (~211 for 122 dof), so any
  // real bias or correlation of that size is caught.
  WalkParams w;
  w.walkers = 200000;
  w.seed = 12345;
  const Positions p = positionsAfter(w, 1000);
  const Summary1D s = summarize1D(w, p);
  ASSERT_EQ(s.exactLaw, "binomial");
  EXPECT_GT(s.chiSquare.degreesOfFreedom, 50);
  EXPECT_GT(s.chiSquare.pValue, 1e-6) << "chi2 = " << s.chiSquare.statistic << " dof " << s.chiSquare.degreesOfFreedom;
  // Mean 0 and variance n: standard errors sqrt(n / M) = 0.071 and
  // n sqrt(2 / M) = 3.2; bounds at 5 standard errors.
  EXPECT_NEAR(s.moments.meanX, 0.0, 5 * 0.071);
  EXPECT_NEAR(s.moments.varianceX, 1000.0, 5 * 3.2);
  // E|S_1000| / sqrt(1000) = 0.79769 (docs/math.md §2.1); sd of |S|/sqrt(n) is
  // sqrt(1 - 2/pi) = 0.60, so the standard error is 0.60 / sqrt(M) = 0.0013.
  double absSum = 0;
  for (int i = 0; i < w.walkers; ++i) absSum += std::abs(p.lx[std::size_t(i)]);
  EXPECT_NEAR(absSum / w.walkers / std::sqrt(1000.0), 0.79769, 5 * 0.0013);
  EXPECT_NEAR(0.79769, std::sqrt(2 / std::numbers::pi), 2e-4);
}

TEST(WalkLaw, ChiSquareDetectsAWrongLaw) {
  // The same test must fail for walkers of p = 0.505 against the p = 0.5 law.
  WalkParams w;
  w.walkers = 200000;
  w.p = 0.505;
  const Positions p = positionsAfter(w, 1000);
  Summary1D s = summarize1D(w, p);
  std::vector<double> observed{0}, expected{0};
  for (std::size_t i = 0; i < s.histogram.counts.size(); ++i) {
    observed.push_back(s.histogram.counts[i]);
    const int site = static_cast<int>(std::lround(s.histogram.centre(i)));
    expected.push_back(latticeProbability(1000, site, 0.5));
  }
  double inside = 0;
  for (double e : expected) inside += e;
  observed.push_back(0);
  expected.push_back(1 - inside);  // both tails' probability, never observed
  EXPECT_LT(chiSquareTest(observed, expected).pValue, 1e-6);
}

TEST(WalkLaw, BiasedLatticeWalkHasBinomialMoments) {
  WalkParams w;
  w.walkers = 100000;
  w.p = 0.7;
  const Summary1D s = summarize1D(w, positionsAfter(w, 400));
  // E = n (2p - 1) = 160, Var = 4 n p (1 - p) = 336; 5 standard errors.
  EXPECT_NEAR(s.moments.meanX, 160, 5 * std::sqrt(336.0 / w.walkers));
  EXPECT_NEAR(s.moments.varianceX, 336, 5 * 336 * std::sqrt(2.0 / w.walkers));
  EXPECT_GT(s.chiSquare.pValue, 1e-6);
}

TEST(WalkLaw, TwoDimensionalMsdGrowsAsTwiceTheStepVarianceTimesT) {
  // Gaussian steps with sigma = 1.5 per axis: MSD(t) = 2 sigma^2 t. The MSD of
  // M walkers has relative standard error sqrt(2 / (2 M)) = 1/sqrt(M).
  WalkParams w;
  w.kind = WalkKind::Gaussian2D;
  w.walkers = 50000;
  w.scale = 1.5;
  Positions p = startPositions(w);
  for (int t : {10, 100, 1000}) {
    ASSERT_TRUE(advancePositions(w, p, t));
    const Moments m = momentsOf(w, p);
    const double expected = 2 * 2.25 * t;
    EXPECT_NEAR(m.msd, expected, 5 * expected / std::sqrt(double(w.walkers))) << t;
  }
  // The 2D lattice walk moves one unit per step: MSD(t) = t exactly in mean.
  WalkParams lattice;
  lattice.kind = WalkKind::Lattice2D;
  lattice.walkers = 50000;
  const Moments m = momentsOf(lattice, positionsAfter(lattice, 500));
  EXPECT_NEAR(m.msd, 500, 5 * 500 / std::sqrt(double(lattice.walkers)));
}

TEST(WalkLaw, UniformsStayInsideTheOpenInterval) {
  // The extreme words must not round to 0 or 1 (log(0), tan(pi/2)).
  EXPECT_GT(unitOpen(0u), 0.0f);
  EXPECT_LT(unitOpen(0xFFFFFFFFu), 1.0f);
  EXPECT_TRUE(std::isfinite(cauchy(unitOpen(0xFFFFFFFFu))));
  EXPECT_TRUE(std::isfinite(cauchy(unitOpen(0u))));
  EXPECT_EQ(unitOpen(0x80000000u), 0.5f + 0x1p-24f);
  // Box–Muller against libm over a sweep of uniforms.
  for (std::uint32_t k = 1; k < 4000; ++k) {
    const float u1 = unitOpen(k * 1073741u), u2 = unitOpen(k * 2654435761u);
    float n1, n2;
    boxMuller(u1, u2, n1, n2);
    const double r = std::sqrt(-2 * std::log(double(u1))), a = 2 * std::numbers::pi * (double(u2) - 0.5);
    EXPECT_NEAR(n1, r * std::cos(a), 2e-6 * (1 + r));
    EXPECT_NEAR(n2, r * std::sin(a), 2e-6 * (1 + r));
    EXPECT_NEAR(cauchy(u2), std::tan(std::numbers::pi * (double(u2) - 0.5)), 1e-6 * (1 + std::abs(cauchy(u2))));
  }
}

TEST(WalkLaw, ContinuousStepsHaveTheirLaws) {
  for (WalkKind kind : {WalkKind::Gaussian1D, WalkKind::Uniform1D}) {
    WalkParams w;
    w.kind = kind;
    w.walkers = 100000;
    w.scale = 2.0;
    w.drift = 0.1;
    const Summary1D s = summarize1D(w, positionsAfter(w, 200));
    const double var = 200 * w.stepVariance();
    EXPECT_NEAR(s.moments.meanX, 20.0, 5 * std::sqrt(var / w.walkers)) << kindName(kind);
    EXPECT_NEAR(s.moments.varianceX, var, 5 * var * std::sqrt(2.0 / w.walkers)) << kindName(kind);
    if (kind == WalkKind::Gaussian1D) {
      EXPECT_GT(s.chiSquare.pValue, 1e-6);
    }
  }
  // Cauchy: the sum of n steps is Cauchy with scale n c (no normal limit).
  WalkParams c;
  c.kind = WalkKind::Cauchy1D;
  c.walkers = 100000;
  const Summary1D s = summarize1D(c, positionsAfter(c, 100));
  EXPECT_EQ(s.exactLaw, "Cauchy");
  EXPECT_GT(s.chiSquare.pValue, 1e-6);
  EXPECT_GT(s.ks, 0.1);  // far from any normal law
}

TEST(WalkLaw, EveryIsaPathMatchesItsScalarReference) {
  // The kernels of every instruction-set path this CPU runs (portable,
  // AVX2, AVX-512; core/util/cpu_isa.h) against that path's per-walker
  // reference, bit for bit, for every kind, with and without barriers; and
  // the paths against each other. 300 steps pass the symmetric kernel's
  // 255-step batch.
  for (int kind = 0; kind <= static_cast<int>(WalkKind::OrnsteinUhlenbeck1D); ++kind) {
    for (BarrierKind barrier : {BarrierKind::None, BarrierKind::Absorbing, BarrierKind::Reflecting}) {
      WalkParams w;
      w.kind = static_cast<WalkKind>(kind);
      w.walkers = 3 * kBlockSize;
      w.barrier = barrier;
      w.barrierAt = 6;
      w.seed = 99;
      const int steps = 300;
      std::vector<Positions> results;
      for (Isa isa : supportedIsas()) {
        const ScopedIsa path(isa);
        const Positions fast = positionsAfter(w, steps);
        Positions ref = startPositions(w);
        for (std::uint64_t b = 0; b < 3; ++b) {
          const std::size_t o = b * kBlockSize;
          BlockState st;
          if (w.isLattice()) {
            st.lx = ref.lx.data() + o;
            st.ly = w.is2D() ? ref.ly.data() + o : nullptr;
          } else {
            st.x = ref.x.data() + o;
            st.y = w.is2D() ? ref.y.data() + o : nullptr;
          }
          advanceBlockReference(w, b, st, 0, steps);
        }
        const std::string where = std::string(isaName(isa)) + " kind " + std::to_string(kind);
        EXPECT_EQ(fast.lx, ref.lx) << where;
        EXPECT_EQ(fast.ly, ref.ly) << where;
        EXPECT_EQ(fast.x, ref.x) << where;
        EXPECT_EQ(fast.y, ref.y) << where;
        // A trail is the same walker replayed alone.
        const auto trail = walkerPath(w, 700, steps);
        EXPECT_EQ(trail.back().x(), float(fast.xAt(700))) << where;
        EXPECT_EQ(trail.back().y(), float(fast.yAt(700))) << where;
        results.push_back(fast);
      }
      // Lattice walks are integer: the same on every path. Continuous steps use
      // FMA on AVX2 and AVX-512 (the same bits on both) and differ from the
      // portable path by rounding: ~1e-7 relative per step, so after 300 steps
      // of size ~1 within 1e-3 (a wrong step law would be off by ~1). Absorbed
      // walkers may stop one step apart at the barrier only if a rounding
      // decides the crossing, so barrier runs compare 99.9% of walkers.
      for (std::size_t i = 1; i < results.size(); ++i) {
        const std::string where = std::string(isaName(supportedIsas()[i])) + " kind " + std::to_string(kind);
        EXPECT_EQ(results[i].lx, results[0].lx) << where;
        EXPECT_EQ(results[i].ly, results[0].ly) << where;
        if (i >= 2) {
          EXPECT_EQ(results[i].x, results[1].x) << where;
          EXPECT_EQ(results[i].y, results[1].y) << where;
        }
        int far = 0;
        for (std::size_t k = 0; k < results[i].x.size(); ++k)
          far += std::abs(results[i].x[k] - results[0].x[k]) > 1e-3f * std::max(1.0f, std::abs(results[0].x[k]));
        EXPECT_LE(far, barrier == BarrierKind::None ? 0 : int(results[i].x.size() / 1000)) << where;
      }
    }
  }
}

TEST(WalkLaw, SymmetricKernelResumesMidBatch) {
  // Scrubbing restarts a block at any step: advancing 0 -> 100 -> 611 must
  // equal 0 -> 611 on every path (the batches then start at other steps).
  WalkParams w;
  w.walkers = kBlockSize;
  for (Isa isa : supportedIsas()) {
    const ScopedIsa path(isa);
    std::vector<std::int16_t> once(kBlockSize, 0), twice(kBlockSize, 0);
    advanceBlock(w, 3, BlockState{.lx = once.data()}, 0, 611);
    advanceBlock(w, 3, BlockState{.lx = twice.data()}, 0, 100);
    advanceBlock(w, 3, BlockState{.lx = twice.data()}, 100, 611);
    EXPECT_EQ(once, twice) << isaName(isa);
  }
}

}  // namespace
}  // namespace kx::core::walk
