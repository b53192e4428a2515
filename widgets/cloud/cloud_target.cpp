#include "widgets/cloud/cloud_target.h"

#include "core/mixture/point_cloud.h"
#include "core/mixture/point_csv.h"
#include "widgets/cloud/point_brush.h"

namespace kx::widgets {

core::Status CloudTarget::openCloud(const QString& path) {
  auto points = core::mixture::readPointsCsvFile(path.toStdString());
  if (!points) return core::fail(points.error());
  useCloud(std::move(points).value());
  return core::Ok{};
}

void CloudTarget::addCloudPoints(const core::mixture::Points& stroke) {
  const core::mixture::Points base = strokeBase();
  core::mixture::Points joined = core::mixture::joinClouds(base, stroke);
  if (joined.rows() < base.rows() + stroke.rows()) cloudMessage(PointBrush::limitMessage());
  useCloud(std::move(joined));
}

}  // namespace kx::widgets
