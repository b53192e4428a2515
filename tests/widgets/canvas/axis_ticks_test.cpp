#include "widgets/canvas/axis_ticks.h"

#include <gtest/gtest.h>

#include <cmath>

namespace kx::widgets {
namespace {

// The mantissa of a step: must be 1, 2 or 5.
double mantissa(double step) { return step / std::pow(10.0, std::floor(std::log10(step) + 1e-12)); }

TEST(AxisTicks, NiceStepsCoverTheRange) {
  const struct {
    double lo, hi;
    int target;
  } cases[] = {{0, 600, 6}, {1, 500, 5}, {-0.37, 0.91, 5}, {1e-4, 3.3e-4, 4}, {-1234, 98765, 8}, {0.999, 1.001, 4}};
  for (const auto& c : cases) {
    const AxisTicks ticks = niceTicks(c.lo, c.hi, c.target);
    ASSERT_GE(ticks.values.size(), 2u) << c.lo << ".." << c.hi;
    EXPECT_LE(ticks.values.size(), 2u * c.target + 1);
    const double m = mantissa(ticks.step);
    EXPECT_TRUE(std::abs(m - 1) < 1e-9 || std::abs(m - 2) < 1e-9 || std::abs(m - 5) < 1e-9) << ticks.step;
    EXPECT_GE(ticks.values.front(), c.lo - 1e-12);
    EXPECT_LE(ticks.values.back(), c.hi + 1e-12);
    // Covering: no gap of a whole step at either end.
    EXPECT_LT(ticks.values.front() - c.lo, ticks.step + 1e-12);
    EXPECT_LT(c.hi - ticks.values.back(), ticks.step + 1e-12);
    for (std::size_t i = 1; i < ticks.values.size(); ++i)
      EXPECT_NEAR(ticks.values[i] - ticks.values[i - 1], ticks.step, 1e-9 * ticks.step);
    // Every tick is a whole multiple of the step.
    for (double v : ticks.values) EXPECT_NEAR(v / ticks.step, std::round(v / ticks.step), 1e-6);
  }
}

TEST(AxisTicks, KnownRanges) {
  const AxisTicks a = niceTicks(0, 600, 6);
  EXPECT_DOUBLE_EQ(a.step, 100);
  EXPECT_EQ(a.values.size(), 7u);
  const AxisTicks b = niceTicks(1, 500, 5);
  EXPECT_DOUBLE_EQ(b.step, 100);
  EXPECT_DOUBLE_EQ(b.values.front(), 100);
  EXPECT_DOUBLE_EQ(b.values.back(), 500);
}

TEST(AxisTicks, EmptyOrInvalidRange) {
  EXPECT_TRUE(niceTicks(1, 1, 5).values.empty());
  EXPECT_TRUE(niceTicks(2, 1, 5).values.empty());
  EXPECT_TRUE(niceTicks(0, INFINITY, 5).values.empty());
}

TEST(AxisTicks, LabelsUseJustEnoughDecimals) {
  EXPECT_EQ(formatTick(100, 100), "100");
  EXPECT_EQ(formatTick(0.5, 0.5), "0.5");
  EXPECT_EQ(formatTick(0.2, 0.1), "0.2");
  EXPECT_EQ(formatTick(0.25, 0.05), "0.25");
  EXPECT_EQ(formatTick(-2, 1), QString(QChar(0x2212)) + "2");
  EXPECT_EQ(formatTick(-1e-17, 0.1), "0.0");
}

}  // namespace
}  // namespace kx::widgets
