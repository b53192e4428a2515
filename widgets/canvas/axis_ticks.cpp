#include "widgets/canvas/axis_ticks.h"

#include <algorithm>
#include <cmath>

namespace kx::widgets {

AxisTicks niceTicks(double lo, double hi, int targetCount) {
  AxisTicks ticks;
  if (!std::isfinite(lo) || !std::isfinite(hi) || hi <= lo) return ticks;
  const double raw = (hi - lo) / std::max(1, targetCount);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  const double normalised = raw / magnitude;
  const double factor = normalised < 1.5 ? 1 : normalised < 3.5 ? 2 : normalised < 7.5 ? 5 : 10;
  ticks.step = factor * magnitude;
  // Index-based so rounding never accumulates along the axis.
  const double slack = 1e-9 * ticks.step;
  const auto first = static_cast<long long>(std::ceil((lo - slack) / ticks.step));
  const auto last = static_cast<long long>(std::floor((hi + slack) / ticks.step));
  for (long long k = first; k <= last; ++k) ticks.values.push_back(k * ticks.step);
  return ticks;
}

QString formatTick(double value, double step) {
  if (std::abs(value) < 1e-9 * step) value = 0;
  QString text;
  const double largest = std::max(std::abs(value), step);
  if (largest >= 1e6 || step < 1e-5) {
    text = QString::number(value, 'g', std::clamp(static_cast<int>(std::ceil(std::log10(largest / step))) + 1, 1, 12));
  } else {
    const int decimals = std::max(0, -static_cast<int>(std::floor(std::log10(step) + 1e-9)));
    text = QString::number(value, 'f', decimals);
  }
  return text.replace('-', QChar(0x2212));
}

}  // namespace kx::widgets
