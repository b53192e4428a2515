// The critic as an energy for Langevin sampling (docs/math.md §4.13): its
// gradient against central differences of its values, its values against the
// lab's landscape, calls from several threads, and MALA on a briefly trained
// energy GAN's critic moving noise into the ring's pits.
#include "core/gan/critic_energy.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/gan/gan_frame.h"
#include "core/mixture/presets.h"
#include "core/mixture/sample_quality.h"
#include "core/util/counter_rng.h"
#include "core/util/threads.h"

namespace kx::core::gan {
namespace {

using sampling::Points;

/// The quick model of gan_job_test.cpp (2 x 64, Adam 1e-3) with the energy GAN's
/// loss, one critic step per generator step.
GanParams quickEnergyGan(nn::Activation criticActivation) {
  GanParams p;
  p.loss = {LossKind::Energy, 10.0, QpDistance::L1};
  p.generator = {2, 64, nn::Activation::Relu};
  p.discriminator = {2, 64, criticActivation};
  p.generatorOpt = p.discriminatorOpt = {OptimizerKind::Adam, 1e-3, 0.5, 0.9};
  p.criticSteps = 1;
  p.batch = 256;
  return p;
}

std::unique_ptr<GanTrainer> trained(const GanParams& p, int steps) {
  auto t = std::make_unique<GanTrainer>(p, mixture::ring8());
  for (int k = 0; k < steps; ++k) t->iterate();
  EXPECT_EQ(t->divergence(), "");
  return t;
}

sampling::Energy energyOf(GanTrainer& t) {
  auto energy = criticEnergy(t.params(), t.weights());
  EXPECT_TRUE(energy.ok()) << (energy.ok() ? "" : energy.error());
  return std::move(energy).value();
}

/// n points uniform in [-r, r]² from a counter-based stream.
Points uniformPoints(Eigen::Index n, float r, std::uint64_t seed) {
  Points x(n, 2);
  const std::uint64_t key = blockKey(seed, 0);
  for (Eigen::Index k = 0; k < x.size(); ++k)
    x.data()[k] = r * (2 * unitOpen(std::uint32_t(streamWord(key, std::uint64_t(k)))) - 1);
  return x;
}

sampling::Langevin mala(double stepSize, std::uint64_t seed, const sampling::Energy& energy, const Points& start) {
  auto s = sampling::Langevin::create({sampling::LangevinKind::Mala, stepSize, 1, seed}, energy, start);
  EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error());
  return std::move(s).value();
}

struct Evaluated {
  Eigen::VectorXf u;
  Points g;
};
Evaluated evaluate(const sampling::Energy& energy, const Points& x) {
  Evaluated e{Eigen::VectorXf(x.rows()), Points(x.rows(), 2)};
  energy(x, e.u, e.g);
  return e;
}

TEST(CriticEnergy, GradientMatchesCentralDifferences) {
  // A smooth (tanh) critic, so no kink lies within h of a point.
  auto t = trained(quickEnergyGan(nn::Activation::Tanh), 100);
  const sampling::Energy energy = energyOf(*t);
  const Points x = uniformPoints(200, 3, 11);
  const Evaluated at = evaluate(energy, x);
  // Float central differences, h = 1e-2: rounding ~ ulp(U)/h ~ 1e-5 for |U| ~ 10,
  // truncation h²/6·|U'''| ~ 1e-5 for the critic's third derivatives of order 1,
  // so 1e-3 + 1e-3·|∂U| leaves a margin of about 50.
  const float h = 1e-2f;
  for (int axis = 0; axis < 2; ++axis) {
    Points up = x, down = x;
    up.col(axis).array() += h;
    down.col(axis).array() -= h;
    const Eigen::VectorXf diff = (evaluate(energy, up).u - evaluate(energy, down).u) / (2 * h);
    for (Eigen::Index i = 0; i < x.rows(); ++i) {
      EXPECT_NEAR(at.g(i, axis), diff(i), 1e-3 * (1 + std::abs(diff(i)))) << "point " << i << ", axis " << axis;
    }
  }
}

TEST(CriticEnergy, IsMinusTheLandscapesCritic) {
  auto t = trained(quickEnergyGan(nn::Activation::Relu), 20);
  const auto frame = buildFrame(*t, frameInputs(*t), {});
  auto energy = criticEnergy(t->params(), *frame->weights);
  ASSERT_TRUE(energy.ok());
  // The frame's grid: cell centres over its window, row-major from yMin (GanFrame::critic).
  const int n = frame->gridSize;
  Points grid(n * n, 2);
  for (int r = 0; r < n; ++r)
    for (int c = 0; c < n; ++c) {
      grid(r * n + c, 0) = float(frame->window.xMin + frame->window.width() * (c + 0.5) / n);
      grid(r * n + c, 1) = float(frame->window.yMin + frame->window.height() * (r + 0.5) / n);
    }
  const Evaluated at = evaluate(*energy, grid);
  // The same network on the same points through the same ops: equal to the bit.
  ASSERT_EQ(frame->landscape.energy.size(), std::size_t(grid.rows()));
  for (Eigen::Index k = 0; k < grid.rows(); ++k) EXPECT_EQ(at.u(k), frame->landscape.energy[std::size_t(k)]) << k;
}

TEST(CriticEnergy, MisfitWeightsAreReported) {
  GanParams p = quickEnergyGan(nn::Activation::Relu);
  GanTrainer t(p, mixture::ring8());
  p.discriminator.width = 32;
  const auto energy = criticEnergy(p, t.weights());
  ASSERT_FALSE(energy.ok());
  EXPECT_NE(energy.error().find("do not fit"), std::string::npos);
}

// Langevin calls the energy from the core's threads at once, one chunk of
// 1,024 particles each; the particles must not depend on how many run.
TEST(CriticEnergy, SameParticlesFromOneThreadOrSeveral) {
  auto t = trained(quickEnergyGan(nn::Activation::Relu), 5);
  const sampling::Energy energy = energyOf(*t);
  auto run = [&](int threads) {
    setThreadCount(threads);
    sampling::Langevin s = mala(0.01, 3, energy, uniformPoints(5000, 3, 5));
    EXPECT_TRUE(s.advance(5).ok());
    return s.particles();
  };
  const int saved = threadCount();
  const Points one = run(1), four = run(4);
  setThreadCount(saved);
  EXPECT_TRUE(one == four);
}

// The trained critic's pits are shallow: after 1,000 steps U spans about 0.04
// over the square [-3, 3]² (the penalty keeps ∇U small), so at T = 1 its
// e^{-U/T} is nearly flat and the particles only diffuse. The temperature is
// therefore set from the energy's own spread on the starting noise, T = spread/10
// (a factor e^{-10} between its highest and lowest points).
TEST(CriticEnergy, MalaMovesNoiseIntoThePits) {
  auto t = trained(quickEnergyGan(nn::Activation::Relu), 1000);
  const sampling::Energy energy = energyOf(*t);
  const Points start = uniformPoints(4000, 3, 7);
  const Evaluated atStart = evaluate(energy, start);
  const double temperature = (atStart.u.maxCoeff() - atStart.u.minCoeff()) / 10;
  const double realU = evaluate(energy, mixture::sample(mixture::ring8(), 4000, 99)).u.mean();
  auto created = sampling::Langevin::create({sampling::LangevinKind::Mala, 0.01, temperature, 9}, energy, start);
  ASSERT_TRUE(created.ok());
  sampling::Langevin s = std::move(created).value();
  ASSERT_TRUE(s.advance(300).ok());
  const double startU = atStart.u.mean(), endU = s.energies().mean();
  const double startHq = mixture::modeCoverage(start, mixture::ring8()).highQuality;
  const double endHq = mixture::modeCoverage(s.particles(), mixture::ring8()).highQuality;
  // The particles close more than 40% of the gap between the noise's mean
  // energy and the reals' (seen: 66%), and twice as many end within 3 stddev
  // of a mode (seen: 0.067 to 0.22, 3.3 times).
  EXPECT_LT(endU, startU - 0.4 * (startU - realU));
  EXPECT_GT(endHq, 2 * startHq);
}

}  // namespace
}  // namespace kx::core::gan
