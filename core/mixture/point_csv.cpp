#include "core/mixture/point_csv.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>
#include <vector>

#include "core/mixture/point_cloud.h"

namespace kx::core::mixture {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

/// The whole field as a double, or nothing (from_chars also reads "nan" and "inf").
std::optional<double> number(std::string_view field) {
  field = trim(field);
  if (!field.empty() && field.front() == '+') field.remove_prefix(1);
  double v = 0;
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), v);
  if (ec != std::errc() || end != field.data() + field.size() || field.empty()) return std::nullopt;
  return v;
}

/// A header: no comma-separated field of the line reads as a number.
bool isHeader(std::string_view line) {
  while (true) {
    const std::size_t comma = line.find(',');
    if (number(line.substr(0, comma))) return false;
    if (comma == std::string_view::npos) return true;
    line.remove_prefix(comma + 1);
  }
}

}  // namespace

Result<Points> parsePointsCsv(std::string_view text) {
  std::vector<float> xs, ys;
  bool seenContent = false;
  int lineNumber = 0;
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    const std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    ++lineNumber;
    if (trim(line).empty()) continue;
    const std::string where = "line " + std::to_string(lineNumber) + ": ";
    if (!seenContent && isHeader(line)) {
      seenContent = true;
      continue;
    }
    seenContent = true;
    const std::size_t comma = line.find(',');
    if (comma == std::string_view::npos || line.find(',', comma + 1) != std::string_view::npos)
      return fail(where + "expected two numbers separated by a comma, found \"" + std::string(trim(line)) + "\"");
    const auto x = number(line.substr(0, comma)), y = number(line.substr(comma + 1));
    if (!x || !y) return fail(where + "\"" + std::string(trim(line)) + "\" is not two numbers");
    if (!std::isfinite(*x) || !std::isfinite(*y) || !std::isfinite(float(*x)) || !std::isfinite(float(*y)))
      return fail(where + "the coordinates must be finite numbers (NaN and infinity are not points)");
    if (Eigen::Index(xs.size()) == kMaxCloudPoints)
      return fail(where + "more than " + std::to_string(kMaxCloudPoints) + " points (the most a cloud may have)");
    xs.push_back(float(*x));
    ys.push_back(float(*y));
  }
  if (xs.empty()) return fail("the file has no points");
  Points out(Eigen::Index(xs.size()), 2);
  for (std::size_t i = 0; i < xs.size(); ++i) {
    out(Eigen::Index(i), 0) = xs[i];
    out(Eigen::Index(i), 1) = ys[i];
  }
  return out;
}

Result<Points> readPointsCsvFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(path + ": cannot open the file");
  std::string text(kMaxCsvBytes + 1, '\0');
  in.read(text.data(), std::streamsize(text.size()));
  text.resize(std::size_t(in.gcount()));
  if (text.size() > kMaxCsvBytes)
    return fail(path + ": the file is larger than " + std::to_string(kMaxCsvBytes >> 20) + " MB");
  auto points = parsePointsCsv(text);
  if (!points) return fail(path + ": " + points.error());
  return points;
}

}  // namespace kx::core::mixture
