// The schema and the checks on user input: clear messages, never a crash.
#include "core/walk/walk_params.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kx::core::walk {
namespace {

ParamValues with(std::initializer_list<std::pair<const std::string, double>> changes) {
  ParamValues v = walkSchema().defaults();
  for (const auto& [k, x] : changes) v[k] = x;
  return v;
}

TEST(WalkParams, DefaultsAreValid) {
  const auto p = walkParamsFrom(walkSchema().defaults());
  ASSERT_TRUE(p.ok()) << p.error();
  EXPECT_EQ(p->walkers, 100000);
  EXPECT_EQ(p->kind, WalkKind::Lattice1D);
  for (const auto& spec : walkSpecs()) EXPECT_TRUE(walkSchema().validate(spec.key, spec.defaultValue).ok()) << spec.key;
}

TEST(WalkParams, ZeroWalkersIsRefusedWithAMessage) {
  const auto p = walkParamsFrom(with({{"walkers", 0}}));
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.error().find("walkers must be at least 1"), std::string::npos) << p.error();
  WalkParams w;
  w.walkers = 0;
  EXPECT_FALSE(validateWalk(w).ok());
}

TEST(WalkParams, POutsideTheUnitIntervalIsRefused) {
  for (double p : {-0.1, 1.5}) {
    const auto r = walkParamsFrom(with({{"p", p}}));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("p is a probability"), std::string::npos) << r.error();
  }
  EXPECT_TRUE(walkParamsFrom(with({{"p", 0}})).ok());
  EXPECT_TRUE(walkParamsFrom(with({{"p", 1}})).ok());
  WalkParams w;
  w.p = std::nan("");
  EXPECT_FALSE(validateWalk(w).ok());
}

TEST(WalkParams, WalksThatDoNotFitInMemoryAreRefused) {
  // A million Gaussian walkers over 30,000 steps need ~500 MB of snapshots.
  const auto big = walkParamsFrom(with({{"kind", 1}, {"walkers", 1000000}, {"steps", 30000}}));
  ASSERT_FALSE(big.ok());
  EXPECT_NE(big.error().find("budget"), std::string::npos) << big.error();
  // The same walk fits a larger budget; a tiny budget refuses even the default.
  EXPECT_TRUE(walkParamsFrom(with({{"kind", 1}, {"walkers", 1000000}, {"steps", 30000}}), std::size_t(2) << 30).ok());
  EXPECT_FALSE(walkParamsFrom(walkSchema().defaults(), 1 << 20).ok());
  // 2D walks stop at 100,000 walkers.
  const auto twoD = walkParamsFrom(with({{"kind", 5}, {"walkers", 200000}}));
  ASSERT_FALSE(twoD.ok());
  EXPECT_NE(twoD.error().find("at most 100000"), std::string::npos) << twoD.error();
  // Beyond the schema's range.
  EXPECT_FALSE(walkParamsFrom(with({{"walkers", 2e6}})).ok());
}

TEST(WalkParams, CombinationsAreChecked) {
  EXPECT_FALSE(walkParamsFrom(with({{"drift", 0.5}})).ok());  // lattice drifts through p
  EXPECT_TRUE(walkParamsFrom(with({{"kind", 1}, {"drift", 0.5}})).ok());
  EXPECT_FALSE(walkParamsFrom(with({{"barrier", 1}, {"barrier_at", 0}})).ok());
  EXPECT_FALSE(walkParamsFrom(with({{"barrier", 1}, {"barrier_at", 2.5}})).ok());
  EXPECT_TRUE(walkParamsFrom(with({{"kind", 1}, {"barrier", 1}, {"barrier_at", 2.5}})).ok());
  EXPECT_FALSE(walkParamsFrom(with({{"nonsense", 1}})).ok());
}

TEST(WalkParams, CheckpointIntervalRespectsTheBudget) {
  WalkParams w;
  w.walkers = 1000000;
  w.steps = 1000;
  // 2 MB per snapshot, 256 MB: 128 snapshots, one every 8 steps.
  EXPECT_EQ(checkpointInterval(w), 8);
  w.walkers = 1000;
  EXPECT_EQ(checkpointInterval(w), 1);
}

}  // namespace
}  // namespace kx::core::walk
