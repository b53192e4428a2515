// The exact noised-mixture score against docs/math.md §3.7, finite
// differences of the double-precision log-density and core/mixture's
// reference score.
#include "core/diffusion/mixture_score.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/diffusion/schedule.h"
#include "core/mixture/presets.h"
#include "core/util/cpu_isa.h"

namespace kx::core::diffusion {
namespace {

using mixture::GaussianMixture;

Eigen::Vector2d kernelScore(const ExactMixtureScore& s, const Eigen::Vector2d& p, const NoiseLevel& level,
                            ScoreOutput what = ScoreOutput::Score) {
  const float x = float(p.x()), y = float(p.y());
  float ox, oy;
  s.evaluate(&x, &y, 1, level, what, &ox, &oy);
  return {ox, oy};
}

TEST(MixtureScore, TwoPointOracle) {
  // docs/math.md §3.7: data +-2 (x axis), alphaBar 0.6, betaBar 0.8:
  // score = (-x + 1.2 tanh(1.2 x / 0.64)) / 0.64. Point masses are
  // components of stddev 1e-6 (adds 3.6e-13 to v = 0.64). Float kernel:
  // ~1e-6 relative, so 1e-5 absolute on values of order 1.
  GaussianMixture data{{{{2, 0}, 1e-6, 1}, {{-2, 0}, 1e-6, 1}}};
  ExactMixtureScore s(data);
  const NoiseLevel level{0.5, 0.6, 0.8};
  const double xs[] = {0, 0.5, 1.0, 2.0}, expected[] = {0, 0.595134, 0.226335, -1.252073};
  for (int i = 0; i < 4; ++i) {
    const Eigen::Vector2d g = kernelScore(s, {xs[i], 0.3}, level);
    EXPECT_NEAR(g.x(), expected[i], 1e-5) << "x = " << xs[i];
    EXPECT_NEAR(g.y(), -0.3 / 0.64, 1e-6);  // y is a plain N(0, 0.64) coordinate
  }
  // eps = -betaBar score (docs/math.md §3.4).
  const Eigen::Vector2d eps = kernelScore(s, {0.5, 0.3}, level, ScoreOutput::Epsilon);
  EXPECT_NEAR(eps.x(), -0.8 * 0.595134, 1e-5);
}

TEST(MixtureScore, MatchesFiniteDifferencesOfTheLogDensity) {
  // Central differences of the noised mixture's double log-density, h = 1e-4
  // of the narrowest noised stddev: truncation ~ h^2 |f'''| ~ 1e-8 relative.
  // The float kernel's error is ~ 1e-7 |x| / v, so 1e-4 max(1, |score|).
  for (const char* id : {"ring8", "grid25", "spiral"}) {
    const GaussianMixture data = *mixture::makePreset(id);
    ExactMixtureScore s(data);
    for (double t : {0.002, 0.05, 0.3, 0.9}) {
      ContinuousSchedule c{ScheduleKind::Linear};
      const NoiseLevel level{t, c.alphaBar(t), c.betaBar(t)};
      const GaussianMixture noised = noisedMixture(data, level);
      double minStd = 1e9;
      for (const auto& comp : noised.components) minStd = std::min(minStd, comp.stddev);
      const double h = 1e-4 * minStd;
      for (const Eigen::Vector2d& p : {Eigen::Vector2d(0.3, -0.2), Eigen::Vector2d(1.9, 0.1),
                                       Eigen::Vector2d(-1.41, 1.42), Eigen::Vector2d(0.51, 0.49)}) {
        const Eigen::Vector2d ex(h, 0), ey(0, h);
        const Eigen::Vector2d fd((mixture::logDensity(noised, p + ex) - mixture::logDensity(noised, p - ex)) / (2 * h),
                                 (mixture::logDensity(noised, p + ey) - mixture::logDensity(noised, p - ey)) / (2 * h));
        const Eigen::Vector2d g = kernelScore(s, p, level);
        const double tol = 1e-4 * std::max(1.0, fd.norm());
        EXPECT_NEAR(g.x(), fd.x(), tol) << id << " t=" << t;
        EXPECT_NEAR(g.y(), fd.y(), tol) << id << " t=" << t;
        const Eigen::Vector2d ref = mixture::score(noised, p);
        EXPECT_NEAR(g.x(), ref.x(), tol);
        EXPECT_NEAR(g.y(), ref.y(), tol);
      }
    }
  }
}

TEST(MixtureScore, StableForTinyNoiseAndFarPoints) {
  // At betaBar = 1e-4 a point 50 units away has log-weights ~ -1e5 relative
  // to nothing: a naive exp underflows to 0/0. Log-sum-exp gives the nearest
  // component's score exactly: -(x - alphaBar mu) / v.
  // On every instruction-set path.
  const GaussianMixture data = mixture::ring8();
  ExactMixtureScore s(data);
  const double a = std::sqrt(1 - 1e-8);
  const NoiseLevel level{1e-6, a, 1e-4};
  const Eigen::Vector2d p(50, 1);
  for (Isa isa : supportedIsas()) {
    const ScopedIsa path(isa);
    const Eigen::Vector2d g = kernelScore(s, p, level);
    ASSERT_TRUE(g.allFinite()) << isaName(isa);
    const double v = a * a * 0.01 + 1e-8;
    EXPECT_NEAR(g.x(), -(50 - 2 * a) / v, 1e-5 * 48 / v) << isaName(isa);
    EXPECT_NEAR(g.y(), -(1 - 0) / v, 1e-5 * 48 / v) << isaName(isa);
  }
}

TEST(MixtureScore, BlocksAndSkippingGiveTheSameAsOnePointAtATime) {
  // 1000 points in one call (groups of 64, components skipped per group)
  // against single-point calls: identical up to float rounding of the sums.
  const GaussianMixture data = *mixture::makePreset("grid25");
  ExactMixtureScore s(data);
  const NoiseLevel level{0.01, 0.999, 0.04};
  const mixture::Points p = mixture::sample(data, 1000, 3);
  mixture::Points out(1000, 2);
  s.evaluate(p.col(0).data(), p.col(1).data(), 1000, level, ScoreOutput::Score, out.col(0).data(), out.col(1).data());
  for (int i = 0; i < 1000; ++i) {
    const Eigen::Vector2d one = kernelScore(s, p.row(i).cast<double>().transpose(), level);
    EXPECT_NEAR(out(i, 0), one.x(), 1e-5 * std::max(1.0, one.norm()));
    EXPECT_NEAR(out(i, 1), one.y(), 1e-5 * std::max(1.0, one.norm()));
  }
}

TEST(MixtureScore, EveryIsaPathMatchesTheReferenceAndTheOthers) {
  // Each instruction-set path (core/util/cpu_isa.h) against core/mixture's
  // double reference score, and the paths against each other. Groups of
  // particles are the same on every path, so every path skips the same
  // components; AVX2 and AVX-512 both use FMA and agree bit for bit, the
  // portable path (no FMA) to float rounding. 1000 points: the last group is
  // partial.
  const GaussianMixture data = *mixture::makePreset("grid25");
  ExactMixtureScore s(data);
  const mixture::Points p = mixture::sample(data, 1000, 5);
  const std::vector<double> times = {0.005, 0.3, 0.95};
  std::vector<std::vector<mixture::Points>> results;  // [path][time]
  for (Isa isa : supportedIsas()) {
    const ScopedIsa path(isa);
    results.emplace_back();
    for (double t : times) {
      ContinuousSchedule c{ScheduleKind::Linear};
      const NoiseLevel level{t, c.alphaBar(t), c.betaBar(t)};
      const GaussianMixture noised = noisedMixture(data, level);
      mixture::Points out(1000, 2);
      s.evaluate(p.col(0).data(), p.col(1).data(), 1000, level, ScoreOutput::Score, out.col(0).data(),
                 out.col(1).data());
      for (int i = 0; i < 1000; i += 37) {
        const Eigen::Vector2d ref = mixture::score(noised, p.row(i).cast<double>().transpose());
        const double tol = 1e-4 * std::max(1.0, ref.norm());  // float kernel: ~1e-7 |x| / v
        EXPECT_NEAR(out(i, 0), ref.x(), tol) << isaName(isa) << " t=" << t;
        EXPECT_NEAR(out(i, 1), ref.y(), tol) << isaName(isa) << " t=" << t;
      }
      results.back().push_back(out);
    }
  }
  for (std::size_t r = 1; r < results.size(); ++r)
    for (std::size_t t = 0; t < times.size(); ++t) {
      const mixture::Points& base = results[0][t];
      const float scale = std::max(1.0f, base.cwiseAbs().maxCoeff());
      EXPECT_LT((results[r][t] - base).cwiseAbs().maxCoeff(), 1e-5f * scale) << "path " << r << " t=" << times[t];
      if (r >= 2) {
        EXPECT_TRUE(results[r][t].cwiseEqual(results[1][t]).all()) << "AVX-512 and AVX2 differ";
      }
    }
}

TEST(MixtureScore, ClosedFormDivergenceMatchesDifferencesOfTheScore) {
  // tr of the score's Jacobian by central differences of core/mixture's double
  // reference score (h = 1e-5: error ~ 1e-9 relative).
  const GaussianMixture data = *mixture::makePreset("ring8");
  ExactMixtureScore s(data);
  for (double b : {0.05, 0.4, 0.95}) {
    const NoiseLevel level{0.5, std::sqrt(1 - b * b), b};
    const GaussianMixture noised = noisedMixture(data, level);
    for (const Eigen::Vector2d& p : {Eigen::Vector2d(0.2, 0.1), Eigen::Vector2d(1.5, 1.3)}) {
      const double h = 1e-5;
      const double fd = (mixture::score(noised, p + Eigen::Vector2d(h, 0)).x() -
                         mixture::score(noised, p - Eigen::Vector2d(h, 0)).x() +
                         mixture::score(noised, p + Eigen::Vector2d(0, h)).y() -
                         mixture::score(noised, p - Eigen::Vector2d(0, h)).y()) /
                        (2 * h);
      EXPECT_NEAR(s.scoreDivergence(p.x(), p.y(), level), fd, 1e-5 * std::max(1.0, std::abs(fd)));
      // The base class's generic finite-difference divergence agrees too
      // (float evaluations: ~1e-3 relative).
      EXPECT_NEAR(s.ScoreSource::scoreDivergence(p.x(), p.y(), level), fd, 2e-3 * std::max(1.0, std::abs(fd)));
    }
  }
}

}  // namespace
}  // namespace kx::core::diffusion
