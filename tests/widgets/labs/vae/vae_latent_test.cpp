// The VAE lab's latent helpers against independent answers: the normal
// quantile function against erfc, PCA against a known principal direction,
// the manifold grid's layout, nearest-point picking, the class palette.
#include "widgets/labs/vae/vae_latent.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <set>

#include "widgets/labs/vae/vae_lab_job.h"
#include "widgets/labs/vae/vae_scene.h"

namespace kx::widgets::vae {
namespace {

TEST(VaeLatent, NormalQuantileInvertsTheCdf) {
  // Phi(x) = erfc(-x / sqrt 2) / 2 is the independent oracle; after the
  // Halley step the inverse is good to ~1e-15 relative, 1e-12 leaves room.
  for (double p : {1e-10, 1e-4, 0.01, 0.02425, 0.1, 0.3, 0.5, 0.7, 0.9, 0.975, 0.999, 1 - 1e-9}) {
    const double x = normalQuantile(p);
    EXPECT_NEAR(0.5 * std::erfc(-x / std::sqrt(2.0)), p, 1e-12 * std::max(p, 1e-3)) << p;
  }
  EXPECT_EQ(normalQuantile(0.5), 0.0);
  EXPECT_NEAR(normalQuantile(0.975), 1.959963984540054, 1e-12);  // the textbook 97.5% point
  const auto q = normalQuantileGrid(4);
  ASSERT_EQ(q.size(), 4u);
  EXPECT_NEAR(q[0], -q[3], 1e-14);  // symmetric cells
  EXPECT_NEAR(q[1], normalQuantile(0.375), 0);
}

TEST(VaeLatent, ManifoldGridRunsAcrossAndDown) {
  const auto z = manifoldCodes(3);
  ASSERT_EQ(z.rows(), 9);
  const double q = normalQuantile(5.0 / 6);
  // Top-left cell: smallest z1, largest z2 (a plot's orientation).
  EXPECT_NEAR(z(0, 0), -q, 1e-6);
  EXPECT_NEAR(z(0, 1), q, 1e-6);
  EXPECT_NEAR(z(4, 0), 0, 1e-6);
  EXPECT_NEAR(z(8, 0), q, 1e-6);
  EXPECT_NEAR(z(8, 1), -q, 1e-6);
}

TEST(VaeLatent, TwoDimensionalCodesAreShownAsTheyAre) {
  core::nn::Mat<float> codes(3, 2);
  codes << 1, 2, -3, 4, 0.5f, -1;
  const auto p = projectCodes(codes);
  EXPECT_FALSE(p.pca);
  EXPECT_EQ(Eigen::MatrixXf(p.points), Eigen::MatrixXf(codes));
}

TEST(VaeLatent, PcaFindsTheDirectionOfLargestSpread) {
  // Codes spread along u (sd 3) and v (sd 1) in 8 dimensions plus tiny noise:
  // PC1 must be +-u, PC2 +-v, and the explained fractions 9/10.0x and 1/10.0x.
  std::mt19937_64 rng(5);
  std::normal_distribution<double> n;
  Eigen::VectorXd u = Eigen::VectorXd::Zero(8), v = Eigen::VectorXd::Zero(8);
  u(0) = u(3) = std::sqrt(0.5);
  v(1) = -std::sqrt(0.5), v(5) = std::sqrt(0.5);
  core::nn::Mat<float> codes(4000, 8);
  for (int i = 0; i < 4000; ++i) {
    Eigen::VectorXd c = 3 * n(rng) * u + n(rng) * v + Eigen::VectorXd::Constant(8, 2.0);
    for (int j = 0; j < 8; ++j) c(j) += 0.01 * n(rng);
    codes.row(i) = c.cast<float>().transpose();
  }
  const auto p = projectCodes(codes);
  ASSERT_TRUE(p.pca);
  // Sampling error of 4000 draws: the axes agree to ~1e-2.
  EXPECT_NEAR(std::abs(p.axes.col(0).cast<double>().dot(u)), 1.0, 1e-2);
  EXPECT_NEAR(std::abs(p.axes.col(1).cast<double>().dot(v)), 1.0, 1e-2);
  EXPECT_NEAR(p.explained[0], 0.9, 0.02);
  EXPECT_NEAR(p.explained[1], 0.1, 0.02);
  // The sign rule: each axis's largest component is positive.
  for (int k = 0; k < 2; ++k) {
    Eigen::Index top;
    p.axes.col(k).cwiseAbs().maxCoeff(&top);
    EXPECT_GT(p.axes(top, k), 0);
  }
  // The points are the centred codes times the axes.
  const Eigen::RowVector2f first = (codes.row(0) - p.mean) * p.axes;
  EXPECT_NEAR(p.points(0, 0), first(0), 1e-4);
  EXPECT_NEAR(p.points(0, 1), first(1), 1e-4);
}

TEST(VaeLatent, NearestPointWithinTheRadiusOnly) {
  Eigen::MatrixX2f pts(3, 2);
  pts << 0, 0, 1, 0, 0, 10;
  EXPECT_EQ(nearestPoint(pts, 0.9f, 0.1f, 0.5f, 0.5f), 1);
  EXPECT_EQ(nearestPoint(pts, 0.2f, 0.0f, 0.5f, 0.5f), 0);
  EXPECT_EQ(nearestPoint(pts, 0.0f, 5.0f, 0.5f, 0.5f), -1);
  EXPECT_EQ(nearestPoint(pts, 0.0f, 9.0f, 0.5f, 2.0f), 2);  // the y radius is its own
}

TEST(VaeLatent, ReconstructionPicksOneOfEachClassFirst) {
  const std::vector<std::uint8_t> labels{3, 3, 1, 0, 9, 1, 2, 4, 5, 6, 7, 8, 0};
  const auto picks = reconstructionPicks(labels, 11);
  ASSERT_EQ(picks.size(), 11u);
  for (int c = 0; c < 10; ++c) EXPECT_EQ(labels[std::size_t(picks[std::size_t(c)])], c);
  EXPECT_EQ(picks[10], 1);  // then the first image not yet shown (image 0 is the first 3)
}

TEST(VaeLatent, TenDistinctClassColours) {
  std::set<QRgb> colours;
  for (int c = 0; c < 10; ++c) colours.insert(vaeClassColor(c).rgb());
  EXPECT_EQ(colours.size(), 10u);
}

}  // namespace
}  // namespace kx::widgets::vae
