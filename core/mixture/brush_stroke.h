#pragma once
// A point cloud drawn with the mouse (issue 18, docs/math.md §3.10): a stroke sprays points along
// the path dragged, one every 1/density units of path length, each uniform in
// the disc of the brush's radius around the cursor there. The points depend
// only on (seed, path), so a stroke replays exactly in tests.
#include <Eigen/Core>
#include <cstdint>
#include <optional>
#include <vector>

#include "core/mixture/gaussian_mixture.h"

namespace kx::core::mixture {

class BrushStroke {
 public:
  /// radius >= 0 and density > 0 (points per unit of path length), in data units.
  BrushStroke(double radius, double density, std::uint64_t seed);

  /// Extends the path to `to`. The first call places one point at `to`, so a
  /// click without a drag leaves one point. A stroke stops growing at
  /// kMaxCloudPoints (core/mixture/point_cloud.h), the most a cloud may hold.
  void moveTo(const Eigen::Vector2d& to);

  /// The points so far, in the order sprayed.
  Points points() const;
  Eigen::Index size() const { return Eigen::Index(m_points.size()); }

 private:
  void spray(const Eigen::Vector2d& centre);

  double m_radius, m_spacing;
  std::uint64_t m_key;
  std::optional<Eigen::Vector2d> m_last;
  double m_untilNext = 0;  ///< path length left until the next point
  std::vector<Eigen::Vector2f> m_points;
};

}  // namespace kx::core::mixture
