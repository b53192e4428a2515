#pragma once
// "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten, and labels with
// just enough decimals to tell neighbouring ticks apart.
#include <QString>
#include <vector>

namespace kx::widgets {

struct AxisTicks {
  std::vector<double> values;  ///< ascending, all inside [lo, hi]
  double step = 0;
};

/// About `targetCount` ticks covering [lo, hi] (lo < hi); empty if the range is not finite.
AxisTicks niceTicks(double lo, double hi, int targetCount);

/// The label of one tick, with a typographic minus sign and no "-0".
QString formatTick(double value, double step);

}  // namespace kx::widgets
