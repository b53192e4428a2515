// The phase-plane job for typed models (docs/math.md §7): the typed
// competition model gives the hand-coded lab's field and trajectories, every
// saddle gets its manifolds, orbits appear past a Hopf point, and bad models
// or blown-up trajectories are messages, not crashes.
#include "core/phase/phase_job.h"

#include <gtest/gtest.h>

#include <atomic>

#include "core/ode/competition_job.h"
#include "core/phase/gallery.h"

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;

std::shared_ptr<const PhaseFrame> run(PhaseInputs in) {
  auto job = PhaseJob::make(std::move(in));
  EXPECT_EQ(runToCompletion(*job), "");
  return std::dynamic_pointer_cast<const PhaseFrame>(job->frame());
}

TEST(PhaseJob, TypedCompetitionModelGivesTheHandCodedLabsPicture) {
  PhaseInputs in{.model = galleryModel("competition"), .window = kCompetitionDefaultWindow};
  in.seeds = {{100, 150}, {550, 50}};
  const auto frame = run(in);
  ASSERT_TRUE(frame);
  auto hand = *CompetitionInputs::from(competitionLabSchema().defaults());
  hand.seeds = in.seeds;
  hand.flow = false;
  CompetitionJob handJob(hand);
  runToCompletion(handJob);
  const auto handFrame = std::dynamic_pointer_cast<const CompetitionFrame>(handJob.frame());
  // The block program's field is the hand-coded one to the bit.
  ASSERT_EQ(frame->arrows.nx, handFrame->arrows.nx);
  ASSERT_EQ(frame->arrows.ny, handFrame->arrows.ny);
  EXPECT_TRUE((frame->arrows.u == handFrame->arrows.u).all());
  EXPECT_TRUE((frame->arrows.v == handFrame->arrows.v).all());
  EXPECT_TRUE((frame->arrows.speed == handFrame->arrows.speed).all());
  ASSERT_EQ(frame->trajectories.size(), 2u);
  for (std::size_t k = 0; k < 2; ++k) {
    const auto &a = frame->trajectories[k].x, &b = handFrame->trajectories[k].x;
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t i = 0; i < a.size(); ++i) ASSERT_LE((a[i] - b[i]).norm(), 1e-12 * b[i].norm());
  }
  EXPECT_EQ(frame->equilibria.size(), 4u);
  // Two saddles, (0, N2) and (N1, 0): two branches of each manifold each.
  EXPECT_EQ(frame->stableManifolds.size(), 4u);
  EXPECT_EQ(frame->unstableManifolds.size(), 4u);
  EXPECT_TRUE(frame->orbits.empty());  // no closed orbits (docs/math.md §1.4)
  EXPECT_TRUE(frame->warnings.empty());
}

TEST(PhaseJob, RosenzweigMacArthurPastTheHopfPointShowsItsCycle) {
  auto spec = galleryModel("rosenzweig_macarthur");
  PhaseInputs in{.model = spec, .window = spec.window};
  in.values = {1.0, 4.0, 1.0, 1.0, 0.5, 0.2};  // K = 4 > K_H = 7/3
  const auto frame = run(in);
  ASSERT_EQ(frame->orbits.size(), 1u);
  EXPECT_LT(frame->orbits[0].orbit.multiplier, 1.0);
  EXPECT_EQ(frame->orbits[0].from.rfind("unstable focus", 0), 0u);
}

TEST(PhaseJob, BadModelsAreMessages) {
  auto spec = galleryModel("sir");
  spec.dydt = "beta*x*y - z";
  auto job = PhaseJob::make({.model = spec, .window = spec.window});
  EXPECT_FALSE(job->runChunk({}));
  EXPECT_EQ(job->failure(), "dy/dt: unknown name 'z' at column 12");
  auto counts = PhaseJob::make({.model = galleryModel("sir"), .values = {0.5}, .window = spec.window});
  EXPECT_EQ(counts->failure(), "the model has 2 parameters but 1 values were given");
  auto range = PhaseJob::make({.model = galleryModel("sir"), .values = {0.5, 99}, .window = spec.window});
  EXPECT_EQ(range->failure(), "parameter 'gamma' outside [min, max]");
}

TEST(PhaseJob, CancelledJobStopsWithoutAFrame) {
  std::atomic<std::uint64_t> latest{1};
  const CancelToken token(&latest, 0);  // already superseded
  auto spec = galleryModel("rosenzweig_macarthur");
  auto job = PhaseJob::make({.model = spec, .window = spec.window, .seeds = {{1, 1}, {2, 1}}});
  EXPECT_FALSE(job->runChunk(token));
  EXPECT_EQ(job->frame(), nullptr);
}

// dx/dt = −1/x from x = 1: x² = 1 − 2t reaches 0 at t = 1/2, where the field
// is infinite. The trajectory stops there, finite, with a warning.
TEST(PhaseJob, ATrajectoryThatBlowsUpIsCutAndReported) {
  PhaseInputs in{.model = {.id = "custom", .dxdt = "-1/x", .dydt = "0"}, .window = {-2, 2, -1, 1}};
  in.model.window = in.window;
  in.seeds = {{1.0, 0.5}};
  const auto frame = run(in);
  ASSERT_EQ(frame->trajectories.size(), 1u);
  const auto& tr = frame->trajectories[0];
  ASSERT_FALSE(tr.t.empty());
  for (const auto& x : tr.x) ASSERT_TRUE(x.allFinite());
  EXPECT_LE(tr.t.back(), 0.5 + 1e-6);  // to the step-size underflow near the pole
  EXPECT_GT(tr.t.back(), 0.45);
  ASSERT_EQ(frame->warnings.size(), 1u);
  EXPECT_EQ(frame->warnings[0].rfind("the trajectory from (1, 0.5) stops at t = 0.", 0), 0u) << frame->warnings[0];
}

}  // namespace
}  // namespace kx::core
