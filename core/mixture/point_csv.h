#pragma once
// Reading a 2D point cloud from CSV text (issue 18): one point "x,y" per
// line, an optional header line, blank lines ignored. Every problem is a
// message naming its line; nothing is skipped silently.
#include <string>
#include <string_view>

#include "core/mixture/gaussian_mixture.h"
#include "core/util/result.h"

namespace kx::core::mixture {

/// Largest file readPointsCsvFile reads (a cloud of kMaxCloudPoints points
/// is well under 1 MB).
inline constexpr std::size_t kMaxCsvBytes = 4u << 20;

/// Lines end in \n or \r\n. A line holds two numbers separated by a comma
/// (spaces around them allowed). The first non-blank line may instead be a
/// header (none of its fields is a number); any later line that is not two
/// finite numbers is an error naming it. No points, or more than
/// kMaxCloudPoints (core/mixture/point_cloud.h), is an error.
Result<Points> parsePointsCsv(std::string_view text);

/// Reads the file (at most kMaxCsvBytes) and parses it; messages name the file.
Result<Points> readPointsCsvFile(const std::string& path);

}  // namespace kx::core::mixture
