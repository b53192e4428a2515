// Reading a point cloud from CSV (issue 18): every accepted form and every
// bad case, each with a message naming its line.
#include "core/mixture/point_csv.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>

#include "core/mixture/point_cloud.h"

namespace kx::core::mixture {
namespace {

void expectError(std::string_view text, const std::string& part) {
  auto r = parsePointsCsv(text);
  ASSERT_FALSE(r) << "accepted: " << text;
  EXPECT_NE(r.error().find(part), std::string::npos) << r.error();
}

TEST(PointCsv, ReadsPointsWithOrWithoutAHeader) {
  auto plain = parsePointsCsv("1,2\n-0.5, 3e-1\r\n\n  +4 ,-1.25\n");
  ASSERT_TRUE(plain) << plain.error();
  ASSERT_EQ(plain->rows(), 3);
  EXPECT_EQ(plain->row(1), Eigen::RowVector2f(-0.5f, 0.3f));
  EXPECT_EQ(plain->row(2), Eigen::RowVector2f(4.0f, -1.25f));
  auto header = parsePointsCsv("x,y\n1,2\n3,4");  // no final newline
  ASSERT_TRUE(header) << header.error();
  EXPECT_EQ(header->rows(), 2);
  EXPECT_EQ(header->row(1), Eigen::RowVector2f(3, 4));
}

TEST(PointCsv, EveryBadRowNamesItsLine) {
  expectError("x,y\n1,2\nfoo,3\n", "line 3: \"foo,3\" is not two numbers");
  expectError("1,2\nx,y\n", "line 2");  // a header only before the first point
  expectError("foo,3\n", "line 1");     // a field is a number: not a header
  expectError("1,2\n3\n", "line 2: expected two numbers separated by a comma");
  expectError("1,2\n3,4,5\n", "line 2: expected two numbers");
  expectError("1,2\n3,4abc\n", "line 2");
  expectError("1,\n", "line 1");
  expectError("1,2\n\n3,nan\n", "line 3: the coordinates must be finite");
  expectError("inf,2\n", "line 1: the coordinates must be finite");
  expectError("-inf,2\n", "line 1: the coordinates must be finite");
  expectError("1e39,2\n", "line 1: the coordinates must be finite");  // beyond float
}

TEST(PointCsv, EmptyFilesAndHeadersAloneHaveNoPoints) {
  expectError("", "no points");
  expectError("\n \n\r\n", "no points");
  expectError("x,y\n", "no points");
}

TEST(PointCsv, TooManyPointsNamesTheLineAndTheLimit) {
  std::string text = "x,y\n";
  for (Eigen::Index i = 0; i <= kMaxCloudPoints; ++i) text += std::to_string(i) + ",0\n";
  expectError(text, "line " + std::to_string(kMaxCloudPoints + 2) + ": more than " + std::to_string(kMaxCloudPoints));
  text.resize(text.rfind(std::to_string(kMaxCloudPoints) + ",0\n"));
  auto r = parsePointsCsv(text);
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->rows(), kMaxCloudPoints);
  EXPECT_TRUE(validateCloud(*r));
}

TEST(PointCsv, FilesAreReadAndTheirProblemsNamed) {
  const std::string path = ::testing::TempDir() + "kx_point_csv_test.csv";
  {
    std::ofstream out(path);
    out << "x,y\n0.25,-1\n";
  }
  auto r = readPointsCsvFile(path);
  ASSERT_TRUE(r) << r.error();
  EXPECT_EQ(r->rows(), 1);
  {
    std::ofstream out(path);
    out << std::string(kMaxCsvBytes + 1, '\n');
  }
  auto big = readPointsCsvFile(path);
  ASSERT_FALSE(big);
  EXPECT_NE(big.error().find("larger than 4 MB"), std::string::npos) << big.error();
  std::remove(path.c_str());
  auto missing = readPointsCsvFile(path);
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().find("cannot open"), std::string::npos) << missing.error();
}

TEST(PointCloud, ValidateNamesTheProblem) {
  EXPECT_FALSE(validateCloud(Points(0, 2)));
  Points bad(2, 2);
  bad << 0, 1, std::nanf(""), 2;
  auto r = validateCloud(bad);
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().find("not a finite number"), std::string::npos);
  const GaussianMixture m = pointCloudMixture(Points::Ones(3, 2));
  ASSERT_EQ(m.components.size(), 3u);
  EXPECT_EQ(m.components[2].stddev, 0.0);
  EXPECT_EQ(m.components[2].mean, Eigen::Vector2d(1, 1));
}

}  // namespace
}  // namespace kx::core::mixture
