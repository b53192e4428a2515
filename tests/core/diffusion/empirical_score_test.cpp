// The exact score of a point cloud (docs/math.md §3.10) and Tweedie's x0-hat
// (§3.7) at every t, VP and VE, against closed forms computed here.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "core/diffusion/mixture_score.h"
#include "core/diffusion/schedule.h"
#include "core/diffusion/tweedie.h"
#include "core/mixture/point_cloud.h"
#include "core/mixture/presets.h"

namespace kx::core::diffusion {
namespace {

using mixture::Points;

Points smallCloud() {
  Points c(7, 2);
  c << -1.5, 0.2, -0.4, 1.1, 0.0, 0.0, 0.3, -1.2, 1.4, 0.9, 1.45, 0.95, 2.2, -0.6;
  return c;
}

/// log p_t of the noised cloud written out directly: log (1/N) sum_i
/// N(x; alphaBar x_i, betaBar^2 I), with the largest term factored out.
double cloudLogDensity(const Points& cloud, const NoiseLevel& l, const Eigen::Vector2d& x) {
  const double v = l.betaBar * l.betaBar;
  std::vector<double> e;
  for (Eigen::Index i = 0; i < cloud.rows(); ++i)
    e.push_back(-(x - l.alphaBar * cloud.row(i).transpose().cast<double>()).squaredNorm() / (2 * v));
  const double peak = *std::max_element(e.begin(), e.end());
  double sum = 0;
  for (double t : e) sum += std::exp(t - peak);
  return peak + std::log(sum / double(cloud.rows())) - std::log(2 * std::numbers::pi * v);
}

std::vector<NoiseLevel> levels() {
  std::vector<NoiseLevel> out;
  for (auto kind : {ScheduleKind::Linear, ScheduleKind::VeGeometric}) {
    const ContinuousSchedule c{kind};
    for (double t : {0.05, 0.2, 0.5, 0.9}) out.push_back({t, c.alphaBar(t), c.betaBar(t)});
  }
  return out;
}

Eigen::Vector2d scoreAt(const ScoreSource& s, const NoiseLevel& l, const Eigen::Vector2d& p) {
  const float x = float(p.x()), y = float(p.y());
  float sx, sy;
  s.evaluate(&x, &y, 1, l, ScoreOutput::Score, &sx, &sy);
  return {sx, sy};
}

TEST(EmpiricalScore, IsTheGradientOfTheNoisedCloudsLogDensity) {
  // Central differences of the log-density above (double, h = 1e-5 betaBar:
  // error ~1e-9 relative) against the float score: ~1e-6 relative to the
  // score's scale |x - alphaBar x_i| / betaBar^2, bound 1e-4 of it.
  const Points cloud = smallCloud();
  const ExactMixtureScore score(mixture::pointCloudMixture(cloud));
  for (const NoiseLevel& l : levels())
    for (const Eigen::Vector2d& p : {Eigen::Vector2d(0.1, 0.2), Eigen::Vector2d(1.42, 0.93), Eigen::Vector2d(-3, 4)}) {
      const double h = 1e-5 * l.betaBar;
      const Eigen::Vector2d fd((cloudLogDensity(cloud, l, p + Eigen::Vector2d(h, 0)) -
                                cloudLogDensity(cloud, l, p - Eigen::Vector2d(h, 0))) /
                                   (2 * h),
                               (cloudLogDensity(cloud, l, p + Eigen::Vector2d(0, h)) -
                                cloudLogDensity(cloud, l, p - Eigen::Vector2d(0, h))) /
                                   (2 * h));
      const double scale = (std::abs(p.x()) + std::abs(p.y()) + 3) / (l.betaBar * l.betaBar);
      EXPECT_LT((scoreAt(score, l, p) - fd).norm(), 1e-4 * scale) << "t " << l.time << " at " << p.transpose();
    }
}

TEST(EmpiricalScore, IsTheMixtureScoreOfTheCloudsPointsWithZeroVariance) {
  // The cloud's score is the score of the mixture whose means are the points
  // and whose variances are 0: the double reference of core/mixture on the
  // noised mixture (docs/math.md §6.2), and the limit of the float exact
  // score of a mixture of width s = 1e-6 (the relative difference is
  // O(alphaBar^2 s^2 / betaBar^2) <= 1e-7 here, betaBar >= 0.003).
  const Points cloud = smallCloud();
  const mixture::GaussianMixture points = mixture::pointCloudMixture(cloud);
  const ExactMixtureScore score(points);
  mixture::GaussianMixture narrow = points;
  for (auto& c : narrow.components) c.stddev = 1e-6;
  const ExactMixtureScore narrowScore(narrow);
  for (const NoiseLevel& l : levels())
    for (const Eigen::Vector2d& p : {Eigen::Vector2d(0.5, -0.5), Eigen::Vector2d(-1.4, 0.3), Eigen::Vector2d(6, 1)}) {
      const Eigen::Vector2d reference = mixture::score(noisedMixture(points, l), p);
      const double scale = (p.norm() + 3) / (l.betaBar * l.betaBar);
      EXPECT_LT((scoreAt(score, l, p) - reference).norm(), 1e-5 * scale) << "t " << l.time;
      EXPECT_LT((scoreAt(narrowScore, l, p) - reference).norm(), 1e-5 * scale) << "t " << l.time;
    }
  EXPECT_TRUE(mixture::isPointCloud(points));
  EXPECT_FALSE(mixture::isPointCloud(narrow));
}

TEST(EmpiricalScore, StaysFiniteAtTinyNoiseFarFromThePoints) {
  // Log-sum-exp: at betaBar = 1e-3 and 50 units away every exp underflows,
  // yet the score is that of the nearest point, -(x - alphaBar x_i)/betaBar^2.
  const Points cloud = smallCloud();
  const ExactMixtureScore score(mixture::pointCloudMixture(cloud));
  const NoiseLevel l{1e-3, 1, 1e-3};
  const Eigen::Vector2d p(52.2, -0.6);  // nearest: (2.2, -0.6)
  const Eigen::Vector2d s = scoreAt(score, l, p);
  EXPECT_NEAR(s.x(), -50 / 1e-6, 50 / 1e-6 * 1e-5);
  EXPECT_NEAR(s.y(), 0, 1e-2 / 1e-6);
}

TEST(Tweedie, IsThePosteriorMeanOfAGaussianMixtureAtEveryTime) {
  // docs/math.md §3.7: for data sum_k pi_k N(mu_k, s_k^2 I) the posterior mean is
  // sum_k w_k(x) [mu_k + alphaBar s_k^2 / (alphaBar^2 s_k^2 + betaBar^2) (x - alphaBar mu_k)]
  // (each component's Gaussian posterior, weighted by its responsibility),
  // written here without any score; Tweedie's (x + betaBar^2 score)/alphaBar
  // must equal it at t = 0.05 .. 0.9, VP and VE, for the unequal preset and a
  // point cloud (s = 0: the responsibility-weighted mean of the points).
  // Float score: ~1e-6 of |x| / alphaBar.
  for (const mixture::GaussianMixture& data :
       {mixture::makePreset("unequal").value(), mixture::pointCloudMixture(smallCloud())}) {
    const ExactMixtureScore score(data);
    double total = 0;
    for (const auto& c : data.components) total += c.weight;
    for (const NoiseLevel& l : levels())
      for (const Eigen::Vector2d& p : {Eigen::Vector2d(0.3, 0.1), Eigen::Vector2d(-1.1, 0.4), Eigen::Vector2d(2, 2)}) {
        const double a = l.alphaBar, b2 = l.betaBar * l.betaBar;
        std::vector<double> logit;
        for (const auto& c : data.components) {
          const double v = a * a * c.stddev * c.stddev + b2;
          logit.push_back(std::log(c.weight / total) - std::log(v) - (p - a * c.mean).squaredNorm() / (2 * v));
        }
        const double peak = *std::max_element(logit.begin(), logit.end());
        double den = 0;
        Eigen::Vector2d mean = Eigen::Vector2d::Zero();
        for (std::size_t k = 0; k < logit.size(); ++k) {
          const auto& c = data.components[k];
          const double w = std::exp(logit[k] - peak), s2 = c.stddev * c.stddev;
          den += w;
          mean += w * (c.mean + a * s2 / (a * a * s2 + b2) * (p - a * c.mean));
        }
        mean /= den;
        const Eigen::Vector2f hat = tweedieMean(score, l, p.cast<float>());
        EXPECT_LT((hat.cast<double>() - mean).norm(), 2e-5 * (p.norm() + 1) / a) << "t " << l.time;
      }
  }
}

TEST(Tweedie, AtZeroNoiseThePointIsItsOwnEstimate) {
  const ExactMixtureScore score(mixture::ring8());
  const Eigen::Vector2f p(0.3f, -2.0f);
  EXPECT_EQ(tweedieMean(score, {0, 1, 0}, p), p);
}

}  // namespace
}  // namespace kx::core::diffusion
