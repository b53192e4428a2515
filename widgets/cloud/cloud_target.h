#pragma once
// What the diffusion and GAN labs share about the user's own point cloud
// (issue 18): reading it from CSV and adding drawn strokes, with the same
// checks and messages. Each lab says what a stroke extends and what a new
// cloud replaces (its target, its training data).
#include <QString>

#include "core/mixture/gaussian_mixture.h"
#include "core/util/result.h"

namespace kx::widgets {

class CloudTarget {
 public:
  virtual ~CloudTarget() = default;

  /// Reads a point cloud from a CSV file (core/mixture/point_csv.h) and makes
  /// it the lab's data; on any error nothing changes and the message names
  /// the file and line.
  core::Status openCloud(const QString& path);
  /// A drawn stroke (widgets/cloud/point_brush.h) appended to strokeBase();
  /// points past kMaxCloudPoints are left out, and cloudMessage() says so.
  void addCloudPoints(const core::mixture::Points& stroke);

 protected:
  /// The cloud a stroke extends.
  virtual core::mixture::Points strokeBase() const = 0;
  /// Makes `cloud` the lab's data and recomputes.
  virtual void useCloud(core::mixture::Points cloud) = 0;
  virtual void cloudMessage(const QString& text) = 0;
};

}  // namespace kx::widgets
