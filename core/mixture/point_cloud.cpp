#include "core/mixture/point_cloud.h"

#include <algorithm>
#include <string>

namespace kx::core::mixture {

GaussianMixture pointCloudMixture(const Points& cloud) {
  GaussianMixture m;
  m.components.reserve(std::size_t(cloud.rows()));
  for (Eigen::Index i = 0; i < cloud.rows(); ++i)
    m.components.push_back({.mean = cloud.row(i).transpose().cast<double>(), .stddev = 0, .weight = 1});
  return m;
}

bool isPointCloud(const GaussianMixture& mixture) {
  if (mixture.components.empty()) return false;
  for (const auto& c : mixture.components)
    if (c.stddev != 0) return false;
  return true;
}

Points cloudPoints(const GaussianMixture& mixture) {
  Points out(Eigen::Index(mixture.components.size()), 2);
  for (std::size_t i = 0; i < mixture.components.size(); ++i)
    out.row(Eigen::Index(i)) = mixture.components[i].mean.transpose().cast<float>();
  return out;
}

Points joinClouds(const Points& cloud, const Points& more) {
  const Eigen::Index taken = std::clamp<Eigen::Index>(kMaxCloudPoints - cloud.rows(), 0, more.rows());
  const Eigen::Index kept = std::min(cloud.rows(), kMaxCloudPoints);
  Points out(kept + taken, 2);
  out.topRows(kept) = cloud.topRows(kept);
  out.bottomRows(taken) = more.topRows(taken);
  return out;
}

Status validateTarget(const GaussianMixture& mixture) {
  return isPointCloud(mixture) ? validateCloud(cloudPoints(mixture)) : validate(mixture);
}

Status validateCloud(const Points& cloud) {
  if (cloud.rows() == 0) return fail("the point cloud is empty");
  if (cloud.rows() > kMaxCloudPoints)
    return fail("the point cloud has " + std::to_string(cloud.rows()) + " points; at most " +
                std::to_string(kMaxCloudPoints) + " are allowed");
  if (!cloud.allFinite()) return fail("the point cloud has a coordinate that is not a finite number");
  return Ok{};
}

}  // namespace kx::core::mixture
