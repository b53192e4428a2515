#pragma once
// A point cloud in a session file (widgets/session): [[x, y], ...], read
// back with the same checks as a CSV file (core/mixture/point_cloud.h).
#include <QJsonArray>

#include "core/mixture/gaussian_mixture.h"
#include "core/util/result.h"

namespace kx::widgets {

QJsonArray cloudToJson(const core::mixture::Points& cloud);
/// An empty array is an empty cloud; otherwise every item is [x, y] of finite
/// numbers and the cloud passes validateCloud.
core::Result<core::mixture::Points> cloudFromJson(const QJsonArray& items);

}  // namespace kx::widgets
