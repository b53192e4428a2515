#include "widgets/cloud/cloud_json.h"

#include "core/mixture/point_cloud.h"

namespace kx::widgets {

QJsonArray cloudToJson(const core::mixture::Points& cloud) {
  QJsonArray out;
  for (Eigen::Index i = 0; i < cloud.rows(); ++i) out.append(QJsonArray{cloud(i, 0), cloud(i, 1)});
  return out;
}

core::Result<core::mixture::Points> cloudFromJson(const QJsonArray& items) {
  core::mixture::Points cloud(items.size(), 2);
  for (qsizetype i = 0; i < items.size(); ++i) {
    const QJsonArray a = items[i].toArray();
    if (a.size() != 2 || !a[0].isDouble() || !a[1].isDouble()) return core::fail("each point of the cloud is [x, y]");
    cloud.row(i) << float(a[0].toDouble()), float(a[1].toDouble());
  }
  if (cloud.rows())
    if (auto status = core::mixture::validateCloud(cloud); !status) return core::fail(status.error());
  return cloud;
}

}  // namespace kx::widgets
