#include "core/mixture/brush_stroke.h"

#include <cmath>
#include <numbers>

#include "core/mixture/point_cloud.h"
#include "core/util/counter_rng.h"

namespace kx::core::mixture {

BrushStroke::BrushStroke(double radius, double density, std::uint64_t seed)
    : m_radius(radius), m_spacing(1.0 / density), m_key(blockKey(seed, 0)) {}

void BrushStroke::moveTo(const Eigen::Vector2d& to) {
  if (!m_last) {
    spray(to);
    m_last = to;
    m_untilNext = m_spacing;
    return;
  }
  const Eigen::Vector2d from = *m_last;
  const double length = (to - from).norm();
  // Points at every multiple of the spacing along the path, carried across
  // segments: the count depends on the length dragged, not on how many mouse
  // events reported it.
  double along = m_untilNext;
  while (along <= length && size() < kMaxCloudPoints) {
    spray(from + (to - from) * (along / length));
    along += m_spacing;
  }
  m_untilNext = along - length;
  m_last = to;
}

void BrushStroke::spray(const Eigen::Vector2d& centre) {
  if (size() >= kMaxCloudPoints) return;
  const std::uint64_t word = streamWord(m_key, std::uint64_t(m_points.size()));
  // Uniform in the disc: the radius as r sqrt(u) gives equal area equal mass.
  const double r = m_radius * std::sqrt(double(unitOpen(std::uint32_t(word))));
  const double angle = 2 * std::numbers::pi * double(unitOpen(std::uint32_t(word >> 32)));
  m_points.emplace_back(float(centre.x() + r * std::cos(angle)), float(centre.y() + r * std::sin(angle)));
}

Points BrushStroke::points() const {
  Points out(size(), 2);
  for (Eigen::Index i = 0; i < size(); ++i) out.row(i) = m_points[std::size_t(i)].transpose();
  return out;
}

}  // namespace kx::core::mixture
