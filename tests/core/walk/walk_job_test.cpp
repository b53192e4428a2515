// The lab's job: frames, scrubbing, heavy tails, cancellation.
#include "core/walk/walk_job.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

#include "core/util/stopwatch.h"
#include "core/walk/propagator.h"
#include "core/walk/walk_csv.h"

namespace kx::core::walk {
namespace {

std::unique_ptr<WalkJob> makeJob(ParamValues changes) {
  ParamValues v = walkSchema().defaults();
  for (const auto& [k, x] : changes) v[k] = x;
  auto job = WalkJob::create(v);
  EXPECT_TRUE(job.ok()) << job.error();
  return std::move(job).value();
}

TEST(WalkJob, RunsToTheEndAndPublishesFrames) {
  auto job = makeJob({{"walkers", 20000}, {"steps", 500}});
  EXPECT_EQ(runToCompletion(*job), "");
  EXPECT_DOUBLE_EQ(job->progress(), 1.0);
  auto frame = std::dynamic_pointer_cast<const WalkFrame>(job->frame());
  ASSERT_TRUE(frame);
  EXPECT_EQ(frame->step, 500);
  EXPECT_EQ(frame->x.size(), 20000);
  ASSERT_EQ(frame->trails->size(), 5u);
  EXPECT_EQ(frame->trails->front().size(), 501u);
  // The trail of walker i ends where the drawn walker i is.
  EXPECT_EQ(frame->trails->at(1).back().x(), frame->x(frame->trailWalkers[1]));
  EXPECT_FALSE(frame->summary1D.exactProbabilities.empty());
  EXPECT_GT(frame->series->steps.size(), 20u);
  // MSD = t for the symmetric walk: D = 1/2.
  EXPECT_NEAR(frame->diffusionCoefficient, 0.5, 0.03);
  // Distance to the normal law shrinks at least like n^(-1/2).
  EXPECT_LT(frame->distanceFit.slope, -0.4);
  EXPECT_TRUE(frame->normalLimit);
  ASSERT_FALSE(frame->propagator.convergenceError.empty());
  EXPECT_LT(frame->propagator.convergenceError.back(), 1e-3);
}

TEST(WalkJob, ExportsHistogramAndSeriesAsCsv) {
  auto job = makeJob({{"walkers", 2000}, {"steps", 50}});
  runToCompletion(*job);
  auto frame = std::dynamic_pointer_cast<const WalkFrame>(job->frame());
  const std::string histogram = histogramCsv(*frame), series = seriesCsv(*frame);
  EXPECT_EQ(histogram.rfind("centre,count,exact_binomial,normal\n", 0), 0u);
  // A header plus one line per bin / per recorded step.
  EXPECT_EQ(std::count(histogram.begin(), histogram.end(), '\n'),
            1 + std::ptrdiff_t(frame->summary1D.histogram.counts.size()));
  EXPECT_EQ(std::count(series.begin(), series.end(), '\n'), 1 + std::ptrdiff_t(frame->series->steps.size()));
  EXPECT_NE(series.find("\n50,"), std::string::npos);
}

TEST(WalkJob, ThePotentialsPathIntegralIsMehlersKernelPerUnitMass) {
  // ω = 0.05 per step over 40 steps (Ωt = 2): the panel composes the
  // weighted kernels and compares shapes with Mehler's kernel, both per unit
  // mass (docs/math.md §2.8); the symmetric split converges at second order.
  auto job = makeJob({{"kind", 1}, {"walkers", 1000}, {"steps", 40}, {"potential", 0.05}});
  EXPECT_EQ(runToCompletion(*job), "");
  auto frame = std::dynamic_pointer_cast<const WalkFrame>(job->frame());
  ASSERT_TRUE(frame);
  const PropagatorPanel& p = frame->propagator;
  EXPECT_EQ(p.setup.omega, 0.05);
  EXPECT_TRUE(p.perUnitMass);
  const double h = p.x[1] - p.x[0];
  double mehlerMass = 0;
  for (double x : p.x) mehlerMass += mehlerKernel(x, 1, 0.05, 40) * h;
  EXPECT_LT(mehlerMass, 0.9);  // the potential's weight has removed mass
  for (std::size_t i = 0; i < p.x.size(); i += 20)
    EXPECT_NEAR(p.closedForm[i], mehlerKernel(p.x[i], 1, 0.05, 40) / mehlerMass, 1e-12);
  ASSERT_EQ(p.convergenceSlices.back(), 32);
  const auto n = p.convergenceError.size();
  EXPECT_NEAR(std::log2(p.convergenceError[n - 2] / p.convergenceError[n - 1]), 2.0, 0.2);
  EXPECT_TRUE(frame->note.empty()) << frame->note;
  const std::string csv = propagatorCsv(*frame);
  EXPECT_EQ(csv.rfind("x,closed_form,kernels_1,kernels_2,kernels_4,kernels_8,kernels_16,kernels_32\n", 0), 0u);
  EXPECT_NE(csv.find("\nkernels,relative_error\n1,"), std::string::npos);

  // With drift Mehler's kernel is not the closed form: the free panel, and a note says why.
  auto drifting = makeJob({{"kind", 1}, {"walkers", 1000}, {"steps", 40}, {"potential", 0.05}, {"drift", 0.1}});
  runToCompletion(*drifting);
  auto other = std::dynamic_pointer_cast<const WalkFrame>(drifting->frame());
  EXPECT_EQ(other->propagator.setup.omega, 0);
  EXPECT_FALSE(other->note.empty());
}

TEST(WalkJob, TheOrnsteinUhlenbeckWalkHasItsPathIntegral) {
  auto job = makeJob({{"kind", 6}, {"walkers", 1000}, {"steps", 64}, {"rate", 0.05}});
  EXPECT_EQ(runToCompletion(*job), "");
  auto frame = std::dynamic_pointer_cast<const WalkFrame>(job->frame());
  const PropagatorPanel& p = frame->propagator;
  EXPECT_EQ(p.setup.rate, 0.05);
  ASSERT_FALSE(p.convergenceError.empty());
  EXPECT_LT(p.convergenceError.back(), p.convergenceError.front());
  EXPECT_LT(p.convergenceError.back(), 0.05);  // Euler kernels at k dt = 0.1: first order, about k dt / 2
}

TEST(WalkJob, ScrubbingGivesTheFrameOfAnyComputedStep) {
  auto job = makeJob({{"walkers", 3000}, {"steps", 300}, {"kind", 1}});
  runToCompletion(*job);
  const auto at = job->frameAt(123);
  ASSERT_TRUE(at);
  EXPECT_EQ(at->step, 123);
  // Point 123 of a trail is where that walker is in the scrubbed frame.
  for (std::size_t t = 0; t < at->trailWalkers.size(); ++t)
    EXPECT_EQ(at->trails->at(t)[123].x(), at->x(at->trailWalkers[t]));
  EXPECT_EQ(job->frameAt(0)->step, 0);
}

TEST(WalkJob, CauchyStepsNeverBecomeNormal) {
  auto job = makeJob({{"walkers", 20000}, {"steps", 500}, {"kind", 3}});
  runToCompletion(*job);
  auto frame = std::dynamic_pointer_cast<const WalkFrame>(job->frame());
  EXPECT_FALSE(frame->normalLimit);
  EXPECT_FALSE(frame->note.empty());
  // The distance to the normal law stays flat instead of falling like n^(-1/2).
  EXPECT_GT(frame->distanceFit.slope, -0.15);
  EXPECT_GT(frame->series->ks.back(), 0.1);
}

TEST(WalkJob, TwoDimensionalFramesCarryTheDensityAndHeatKernel) {
  auto job = makeJob({{"walkers", 20000}, {"steps", 200}, {"kind", 5}});
  runToCompletion(*job);
  auto frame = std::dynamic_pointer_cast<const WalkFrame>(job->frame());
  ASSERT_EQ(frame->summary2D.density.rows(), 64);
  // The density and heat kernel both hold nearly all walkers (+-4 sd box).
  EXPECT_NEAR(frame->summary2D.density.sum(), 20000, 100);
  EXPECT_NEAR(frame->summary2D.heatKernel.sum(), 20000, 100);
  // Gaussian steps: the heat kernel is the exact law of the positions, so the
  // cells (plus everything outside the box) pass chi-square at 1e-6.
  const auto& s = frame->summary2D;
  std::vector<double> observed(s.density.data(), s.density.data() + s.density.size());
  std::vector<double> expected(s.heatKernel.data(), s.heatKernel.data() + s.heatKernel.size());
  observed.push_back(20000 - s.density.sum());
  expected.push_back(20000 - s.heatKernel.sum());
  for (double& e : expected) e /= 20000;
  const ChiSquare test = chiSquareTest(observed, expected);
  EXPECT_GT(test.degreesOfFreedom, 500);
  EXPECT_GT(test.pValue, 1e-6) << test.statistic;
  // MSD = 2 d D t with d = 2 and MSD = 2 sigma^2 t: D = sigma^2 / 2 = 1/2.
  EXPECT_NEAR(frame->diffusionCoefficient, 0.5, 0.03);
}

TEST(WalkJob, ChunksAreBoundedAndCancelReturnsPromptly) {
  auto job = makeJob({{"walkers", 100000}, {"steps", 30000}, {"kind", 1}});
  std::atomic<std::uint64_t> generation{1};
  const CancelToken token(&generation, 1);
  Stopwatch chunk;
  job->runChunk(token);
  EXPECT_LT(chunk.seconds(), 1.0);
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    generation = 2;
  });
  // A worker calls runChunk until it returns false; cancelling makes that
  // happen at once, long before the 3e9 walker-steps of the walk are done.
  Stopwatch clock;
  while (job->runChunk(token)) {
  }
  const double seconds = clock.seconds();
  canceller.join();
  EXPECT_LT(seconds, 1.0);
  EXPECT_LT(job->progress(), 0.5);
  // The engine fell back to a consistent step: frames can still be built.
  const int reached = job->computedSteps();
  const auto frame = job->frameAt(reached);
  ASSERT_TRUE(frame);
  EXPECT_EQ(frame->step, reached);
}

}  // namespace
}  // namespace kx::core::walk
