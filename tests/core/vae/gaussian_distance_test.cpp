// Distances between normals (docs/math.md §5.6, essay 8512): the seven
// numbers the oracle recomputes for two pairs of 2D normals (printed to 8
// decimals, so asked to 1e-8 relative), the diagonal case, which ones are
// symmetric, and refused inputs.
#include "core/vae/gaussian_distance.h"

#include <gtest/gtest.h>

namespace kx::core::vae {
namespace {

Normal normal(double m1, double m2, double a, double b, double c) {
  Normal n{Eigen::Vector2d(m1, m2), Eigen::Matrix2d()};
  n.covariance << a, b, b, c;
  return n;
}

NormalDistances distances(const Normal& p, const Normal& q) {
  auto d = normalDistances(p, q);
  EXPECT_TRUE(d.ok()) << (d.ok() ? "" : d.error());
  return d.ok() ? *d : NormalDistances{};
}

void expectClose(double actual, double oracle) { EXPECT_NEAR(actual, oracle, 1e-8 * std::max(1.0, std::abs(oracle))); }

const Normal q = normal(1, 2, 2, 0.5, 1);

TEST(NormalDistances, StandardNormalAgainstTheOracle) {
  const NormalDistances d = distances(normal(0, 0, 1, 0, 1), q);
  expectClose(d.klPQ, 2.13695075);
  expectClose(d.klQP, 2.72019211);
  expectClose(d.bhattacharyya, 0.56328793);
  expectClose(d.wasserstein2Squared, 5.24784204);
}

TEST(NormalDistances, CorrelatedNormalAgainstTheOracle) {
  const NormalDistances d = distances(normal(1, -1, 3, 1, 2), q);
  expectClose(d.klPQ, 5.33223179);
  expectClose(d.bhattacharyya, 0.91970797);
  expectClose(d.wasserstein2Squared, 9.27573181);
}

TEST(NormalDistances, BhattacharyyaAndWassersteinAreSymmetricKlIsNot) {
  const Normal p = normal(1, -1, 3, 1, 2);
  const NormalDistances pq = distances(p, q), qp = distances(q, p);
  EXPECT_NEAR(pq.bhattacharyya, qp.bhattacharyya, 1e-12);
  EXPECT_NEAR(pq.wasserstein2Squared, qp.wasserstein2Squared, 1e-12);
  EXPECT_EQ(pq.klPQ, qp.klQP);
  EXPECT_GT(std::abs(pq.klPQ - pq.klQP), 0.1);
  const NormalDistances self = distances(p, p);
  EXPECT_NEAR(self.klPQ, 0, 1e-12);
  EXPECT_NEAR(self.bhattacharyya, 0, 1e-12);
  EXPECT_NEAR(self.wasserstein2Squared, 0, 1e-12);
}

TEST(NormalDistances, DiagonalCovariancesFromLogVariances) {
  // W₂²(N(0, diag(4, 1)), N(0, diag(1, 9))) = (2 − 1)² + (1 − 3)² = 5 (§5.6).
  const Normal p = diagonalNormal(Eigen::Vector2d::Zero(), Eigen::Vector2d(std::log(4.0), 0));
  const Normal r = diagonalNormal(Eigen::Vector2d::Zero(), Eigen::Vector2d(0, std::log(9.0)));
  expectClose(distances(p, r).wasserstein2Squared, 5);
  // KL of diagonal normals is the sum over dimensions of the 1D ones.
  const double kl1 = 0.5 * (4.0 / 1 - 1 - std::log(4.0)), kl2 = 0.5 * (1.0 / 9 - 1 + std::log(9.0));
  expectClose(distances(p, r).klPQ, kl1 + kl2);
}

TEST(NormalDistances, BadInputsAreRefused) {
  EXPECT_FALSE(normalDistances(normal(0, 0, 1, 0, 1), Normal{Eigen::Vector3d::Zero(), Eigen::Matrix3d::Identity()}));
  EXPECT_FALSE(normalDistances(normal(0, 0, 1, 2, 1), q));  // not positive definite
  EXPECT_FALSE(normalDistances(normal(NAN, 0, 1, 0, 1), q));
  Normal asymmetric = q;
  asymmetric.covariance(0, 1) = 0.7;
  EXPECT_FALSE(normalDistances(asymmetric, q));
}

}  // namespace
}  // namespace kx::core::vae
