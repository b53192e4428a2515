// Langevin and MALA sampling (docs/math.md §4.12) on energies with a known
// stationary law: a quadratic (closed forms for both samplers) and a mixture of
// two Gaussians. Plus reproducibility across thread counts and the errors a user
// can cause.
#include "core/sampling/langevin.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>

#include "core/util/threads.h"

namespace kx::core::sampling {
namespace {

/// U(x) = ½‖x‖²: the target e^{−U/T} is N(0, T I).
void quadratic(const Points& x, Eigen::VectorXf& u, Points& g) {
  u = 0.5f * x.rowwise().squaredNorm();
  g = x;
}

/// U = −log p (up to a constant) for the mixture 0.3 N((−1, 0), s² I) + 0.7 N((1, 0), s² I),
/// s = 0.6, with ∇U = Σ_k r_k (x − μ_k)/s² and responsibilities r_k.
constexpr double kWeight = 0.3, kS2 = 0.36;

void twoModes(const Points& x, Eigen::VectorXf& u, Points& g) {
  const Eigen::ArrayXd x1 = x.col(0).cast<double>().array(), x2 = x.col(1).cast<double>().array();
  const Eigen::ArrayXd a = std::log(kWeight) - ((x1 + 1).square() + x2.square()) / (2 * kS2);
  const Eigen::ArrayXd b = std::log(1 - kWeight) - ((x1 - 1).square() + x2.square()) / (2 * kS2);
  const Eigen::ArrayXd top = a.max(b);
  const Eigen::ArrayXd logSum = top + ((a - top).exp() + (b - top).exp()).log();
  const Eigen::ArrayXd ra = (a - logSum).exp();  // responsibility of the mode at (−1, 0)
  u = (-logSum).cast<float>().matrix();
  // Σ_k r_k (x − μ_k) = x − (r_a·(−1) + (1 − r_a)·1, 0).
  g.col(0) = ((x1 - (1 - 2 * ra)) / kS2).cast<float>().matrix();
  g.col(1) = (x2 / kS2).cast<float>().matrix();
}

Points startingAt(Eigen::Index n, float x, float y) {
  Points p(n, 2);
  p.col(0).setConstant(x);
  p.col(1).setConstant(y);
  return p;
}

Langevin run(LangevinKind kind, double stepSize, double temperature, const Energy& energy, const Points& start,
             int steps) {
  auto sampler = Langevin::create({kind, stepSize, temperature, 7}, energy, start);
  EXPECT_TRUE(sampler.ok()) << (sampler.ok() ? "" : sampler.error());
  Langevin s = std::move(sampler).value();
  EXPECT_TRUE(s.advance(steps).ok());
  return s;
}

/// The sample mean and variance of one coordinate over independent particles,
/// with their standard errors: √(var/n), and √((m₄ − var²)/n) from the
/// sample's own fourth central moment.
struct Moments {
  double mean, var, meanSe, varSe;
};

Moments moments(const Eigen::VectorXf& values) {
  const Eigen::ArrayXd v = values.cast<double>().array();
  const double n = double(v.size()), mean = v.mean();
  const double var = (v - mean).square().sum() / (n - 1);
  const double m4 = (v - mean).square().square().mean();
  return {mean, var, std::sqrt(var / n), std::sqrt((m4 - var * var) / n)};
}

// Confidence bounds: each particle runs its own chain from its own noise
// stream, so after burn-in the final positions are independent draws of the
// chain's stationary law, and their mean and variance are close to normal
// with the standard errors above. A deviation beyond 5 standard errors has
// probability 6e-7. The runs are seeded, so a pass does not depend on luck
// at run time, and the bound leaves the seed a free choice.
constexpr double kBound = 5;

// Burn-in from (3, −2): unadjusted Langevin contracts by |1 − ε/2| a step
// (0.5 at ε = 1), so the start is forgotten after a few dozen steps; MALA's
// rejections slow that only by its rejection rate (< 30 % here).
constexpr int kBurnIn = 300;
constexpr Eigen::Index kParticles = 20000;

// On U = ½‖x‖² at temperature T, unadjusted Langevin is the linear recursion
// x' = (1 − ε/2T) x + √ε ξ, whose stationary variance is T/(1 − ε/4T)
// (docs/math.md §4.12). MALA keeps the exact T.
void checkQuadratic(double eps, double temperature) {
  const Points start = startingAt(kParticles, 3, -2);
  const Langevin ula = run(LangevinKind::Unadjusted, eps, temperature, quadratic, start, kBurnIn);
  const Langevin mala = run(LangevinKind::Mala, eps, temperature, quadratic, start, kBurnIn);
  const double biased = temperature / (1 - eps / (4 * temperature));
  for (int j = 0; j < 2; ++j) {
    const Moments u = moments(ula.particles().col(j)), m = moments(mala.particles().col(j));
    EXPECT_NEAR(u.mean, 0, kBound * u.meanSe);
    EXPECT_NEAR(u.var, biased, kBound * u.varSe);
    EXPECT_NEAR(m.mean, 0, kBound * m.meanSe);
    EXPECT_NEAR(m.var, temperature, kBound * m.varSe);
    // "Visibly biased": the unadjusted chain misses the target by far more than its noise.
    EXPECT_GT(u.var - temperature, 10 * u.varSe);
  }
  EXPECT_EQ(ula.acceptanceRate(), 1.0);
  EXPECT_EQ(mala.lastAcceptanceRate(), mala.acceptanceRate());  // one advance() call
  EXPECT_GT(mala.acceptanceRate(), 0.5);
  EXPECT_LT(mala.acceptanceRate(), 1.0);
}

TEST(Langevin, MalaIsExactWhereUnadjustedHasItsClosedFormBias) {
  checkQuadratic(1.0, 1.0);  // unadjusted variance 4/3
}

TEST(Langevin, TemperatureScalesTheTarget) {
  checkQuadratic(1.0, 2.0);  // N(0, 2 I); unadjusted variance 2/(1 − 1/8) = 16/7
}

// The energy above is the mixture's: its gradient is −score and its
// differences are those of −log p (core/mixture's double-precision reference).
TEST(Langevin, TwoModeEnergyIsTheMixtures) {
  const mixture::GaussianMixture reference{{{{-1, 0}, 0.6, kWeight}, {{1, 0}, 0.6, 1 - kWeight}}};
  Points x(4, 2);
  x << -1.3, 0.2, 0.1, -0.4, 0.9, 0.8, 2.5, -1.1;
  Eigen::VectorXf u(4);
  Points g(4, 2);
  twoModes(x, u, g);
  for (Eigen::Index i = 0; i < 4; ++i) {
    const Eigen::Vector2d p = x.row(i).transpose().cast<double>();
    const Eigen::Vector2d score = mixture::score(reference, p);
    // Float outputs: 1e-5 relative is a few float ulps of values ~1–20.
    EXPECT_NEAR(g(i, 0), -score(0), 1e-5 * (1 + std::abs(score(0))));
    EXPECT_NEAR(g(i, 1), -score(1), 1e-5 * (1 + std::abs(score(1))));
    const double du =
        -(mixture::logDensity(reference, p) - mixture::logDensity(reference, x.row(0).transpose().cast<double>()));
    EXPECT_NEAR(u(i) - u(0), du, 1e-5 * (1 + std::abs(du)));
  }
}

// The mixture's exact moments: E x₁ = Σ w μ₁ = 0.4, Var x₁ = s² + Σ w μ₁² − 0.4² = 1.2,
// E x₂ = 0, Var x₂ = s² = 0.36. Every chain starts in the lighter mode, at
// (−1, 0), so the 0.3 : 0.7 split must come from crossing the barrier: after
// 400 unadjusted steps mean x₁ is still 9 standard errors short; MALA needs
// ~300 steps, the unadjusted chain ~1,000, and each gets twice that.
TEST(Langevin, TwoGaussianMixtureHasItsMoments) {
  const Points start = startingAt(5000, -1, 0);
  // MALA with a step that crosses the barrier often; the unadjusted chain with
  // a small one: its bias, about ε/(4s²) ≈ 1.4 % of the within-mode variance by
  // the quadratic's closed form, is then under one standard error (~2 %).
  const Langevin mala = run(LangevinKind::Mala, 0.2, 1, twoModes, start, 600);
  const Langevin ula = run(LangevinKind::Unadjusted, 0.02, 1, twoModes, start, 2000);
  for (const Langevin* s : {&mala, &ula}) {
    const Moments x1 = moments(s->particles().col(0)), x2 = moments(s->particles().col(1));
    EXPECT_NEAR(x1.mean, 0.4, kBound * x1.meanSe);
    EXPECT_NEAR(x1.var, 1.2, kBound * x1.varSe);
    EXPECT_NEAR(x2.mean, 0, kBound * x2.meanSe);
    EXPECT_NEAR(x2.var, 0.36, kBound * x2.varSe);
  }
}

TEST(Langevin, SameSeedSameParticlesForAnyThreadCountAndSplit) {
  // 3,000 particles: three chunks, so two threads share the work.
  const Points start = startingAt(3000, 0.5f, -0.5f);
  auto runWith = [&](int threads, int split) {
    setThreadCount(threads);
    auto s = Langevin::create({LangevinKind::Mala, 0.3, 1, 42}, twoModes, start).value();
    EXPECT_TRUE(s.advance(split).ok());
    EXPECT_TRUE(s.advance(20 - split).ok());
    return s;
  };
  const Langevin one = runWith(1, 20), two = runWith(2, 20), split = runWith(2, 7);
  setThreadCount(0);
  EXPECT_TRUE(one.particles() == two.particles());
  EXPECT_TRUE(one.particles() == split.particles());
  EXPECT_EQ(one.acceptanceRate(), two.acceptanceRate());
  EXPECT_EQ(one.acceptanceRate(), split.acceptanceRate());
  EXPECT_EQ(one.stepsTaken(), 20);
  // Another seed moves the particles differently.
  auto other = Langevin::create({LangevinKind::Mala, 0.3, 1, 43}, twoModes, start).value();
  ASSERT_TRUE(other.advance(20).ok());
  EXPECT_FALSE(other.particles() == one.particles());
}

TEST(Langevin, CancelledAdvanceLeavesTheParticles) {
  auto s = Langevin::create({}, quadratic, startingAt(10, 1, 1)).value();
  ASSERT_TRUE(s.advance(3).ok());
  const Points before = s.particles();
  std::atomic<std::uint64_t> latest{2};
  const Status status = s.advance(5, CancelToken(&latest, 1));
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error(), "cancelled");
  EXPECT_TRUE(s.particles() == before);
  EXPECT_EQ(s.stepsTaken(), 3);
  // The energies kept for the particles are U there.
  EXPECT_TRUE(s.energies().isApprox(0.5f * before.rowwise().squaredNorm()));
}

TEST(Langevin, BadSettingsAndEnergiesAreReported) {
  const Points start = startingAt(4, 0, 0);
  auto zeroStep = Langevin::create({LangevinKind::Mala, 0, 1, 1}, quadratic, start);
  ASSERT_FALSE(zeroStep.ok());
  EXPECT_NE(zeroStep.error().find("step size"), std::string::npos);
  auto coldStart = Langevin::create({LangevinKind::Mala, 0.1, -1, 1}, quadratic, start);
  ASSERT_FALSE(coldStart.ok());
  EXPECT_NE(coldStart.error().find("temperature"), std::string::npos);
  EXPECT_FALSE(Langevin::create({}, quadratic, Points(0, 2)).ok());

  // Finite only on the unit disc: the start is fine, a proposal outside is not.
  Energy disc = [](const Points& x, Eigen::VectorXf& u, Points& g) {
    quadratic(x, u, g);
    for (Eigen::Index i = 0; i < x.rows(); ++i)
      if (x.row(i).squaredNorm() > 1) u(i) = std::nanf("");
  };
  EXPECT_FALSE(Langevin::create({}, disc, startingAt(4, 2, 0)).ok());
  auto s = Langevin::create({LangevinKind::Unadjusted, 1.0, 1, 1}, disc, start).value();
  const Status status = s.advance(50);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.error().find("not a finite number"), std::string::npos);
  EXPECT_LE(s.particles().rowwise().squaredNorm().maxCoeff(), 1.0f);
}

}  // namespace
}  // namespace kx::core::sampling
