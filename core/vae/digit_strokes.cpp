#include "core/vae/digit_strokes.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

#include "core/util/counter_rng.h"

namespace kx::core::vae {
namespace {

struct Point {
  double x, y;
};
using Polyline = std::vector<Point>;

/// Uniform numbers in [-1, 1] from the counter stream of one image.
class Jitter {
 public:
  Jitter(std::uint64_t seed, std::uint64_t index) : m_key(blockKey(seed, index)) {}
  double next() { return double(streamWord(m_key, m_counter++) >> 11) * 0x1p-52 - 1.0; }
  /// A value in [lo, hi].
  double between(double lo, double hi) { return lo + (hi - lo) * 0.5 * (next() + 1.0); }

 private:
  std::uint64_t m_key;
  std::uint64_t m_counter = 0;
};

constexpr double kPi = 3.14159265358979323846;

/// An elliptic arc in the unit box (y points down, so growing angles turn
/// clockwise on screen: 0 = right, 90 = down, 270 = up). Centre, radii and end
/// angles are jittered by `amount`.
Polyline arc(Jitter& j, double amount, double cx, double cy, double rx, double ry, double a0, double a1) {
  cx += 0.5 * amount * j.next();
  cy += 0.5 * amount * j.next();
  rx *= 1 + 1.5 * amount * j.next();
  ry *= 1 + 1.5 * amount * j.next();
  a0 += 150 * amount * j.next();
  a1 += 150 * amount * j.next();
  const int n = std::max(8, int(std::abs(a1 - a0) / 10));
  Polyline p;
  for (int k = 0; k <= n; ++k) {
    const double a = (a0 + (a1 - a0) * k / n) * kPi / 180;
    p.push_back({cx + rx * std::cos(a), cy + ry * std::sin(a)});
  }
  return p;
}

/// A polyline through jittered control points.
Polyline lines(Jitter& j, double amount, std::initializer_list<Point> points) {
  Polyline p;
  for (const Point& q : points) p.push_back({q.x + amount * j.next(), q.y + amount * j.next()});
  return p;
}

void append(Polyline& a, const Polyline& b) { a.insert(a.end(), b.begin(), b.end()); }

/// The skeleton of each digit (drawn by hand in the unit box), jittered.
std::vector<Polyline> skeleton(int digit, Jitter& j) {
  const double a = 0.04;  // jitter of control points, in box units (~0.8 px)
  switch (digit) {
    case 0:
      return {arc(j, a, 0.5, 0.5, 0.3, 0.46, -90, 275)};
    case 1:
      if (j.next() > 0) return {lines(j, a, {{0.32, 0.22}, {0.56, 0.04}, {0.55, 0.96}})};
      return {lines(j, a, {{0.52, 0.04}, {0.5, 0.96}})};
    case 2: {
      Polyline s = arc(j, a, 0.5, 0.3, 0.28, 0.26, 190, 375);
      append(s, lines(j, a, {{0.2, 0.94}, {0.82, 0.94}}));
      return {s};
    }
    case 3: {
      Polyline s = arc(j, a, 0.48, 0.27, 0.25, 0.22, 200, 450);
      append(s, arc(j, a * 0.5, 0.48, 0.72, 0.29, 0.23, 275, 520));
      return {s};
    }
    case 4:
      return {lines(j, a, {{0.58, 0.04}, {0.14, 0.66}, {0.86, 0.66}}), lines(j, a, {{0.64, 0.34}, {0.64, 0.96}})};
    case 5: {
      Polyline s = lines(j, a, {{0.78, 0.05}, {0.32, 0.05}, {0.28, 0.44}});
      append(s, arc(j, a * 0.5, 0.48, 0.68, 0.3, 0.27, 235, 500));
      return {s};
    }
    case 6: {
      Polyline s = arc(j, a, 0.72, 0.62, 0.46, 0.58, 275, 185);
      append(s, arc(j, a * 0.5, 0.5, 0.73, 0.24, 0.22, 180, 535));
      return {s};
    }
    case 7:
      if (j.next() > 0.3)
        return {lines(j, a, {{0.18, 0.05}, {0.82, 0.05}, {0.4, 0.96}}), lines(j, a, {{0.4, 0.5}, {0.75, 0.5}})};
      return {lines(j, a, {{0.18, 0.05}, {0.82, 0.05}, {0.4, 0.96}})};
    case 8:
      return {arc(j, a, 0.5, 0.26, 0.22, 0.22, 90, 450), arc(j, a, 0.5, 0.72, 0.28, 0.24, -90, 270)};
    default: {
      Polyline loop = arc(j, a, 0.48, 0.3, 0.26, 0.25, 0, 360);
      return {loop, lines(j, a, {{0.74, 0.3}, {0.72, 0.6}, {0.66, 0.96}})};
    }
  }
}

/// Distance from p to the segment ab.
double segmentDistance(Point p, Point a, Point b) {
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
  t = std::clamp(t, 0.0, 1.0);
  return std::hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
}

}  // namespace

void drawDigit(int digit, std::uint64_t seed, std::uint64_t index, std::uint8_t* pixels) {
  Jitter j(seed, index);
  std::vector<Polyline> strokes = skeleton(digit, j);

  // Style: a smooth warp, slant, rotation, scale, shift and pen width.
  const double warpX = 0.05 * j.next(), warpY = 0.05 * j.next();
  const double phaseX = kPi * j.next(), phaseY = kPi * j.next();
  const double slant = j.between(-0.35, 0.35);  // x += slant * (0.5 - y)
  const double angle = j.between(-0.12, 0.12);
  const double box = 20.0 * j.between(0.82, 1.05);  // pixels the unit box spans
  const double aspect = j.between(0.85, 1.1);
  const double shiftX = j.between(-1.5, 1.5), shiftY = j.between(-1.2, 1.2);
  const double halfWidth = 0.5 * j.between(1.5, 3.2);
  const double c = std::cos(angle), s = std::sin(angle);

  for (auto& stroke : strokes)
    for (Point& p : stroke) {
      const double wx = p.x + warpX * std::sin(2 * kPi * p.y + phaseX);
      const double wy = p.y + warpY * std::sin(2 * kPi * p.x + phaseY);
      const double u = (wx - 0.5 + slant * (0.5 - wy)) * aspect, v = wy - 0.5;
      p = {14.0 + shiftX + box * (c * u - s * v), 14.0 + shiftY + box * (s * u + c * v)};
    }

  // Anti-aliased pen: ink = clamp(halfWidth + 1/2 - distance, 0, 1) per
  // pixel centre, the max over segments; only pixels near a segment are visited.
  std::array<double, kDigitSide * kDigitSide> ink{};
  for (const auto& stroke : strokes)
    for (std::size_t k = 0; k + 1 < stroke.size(); ++k) {
      const Point a = stroke[k], b = stroke[k + 1];
      const double reach = halfWidth + 0.5;
      const int x0 = std::max(0, int(std::floor(std::min(a.x, b.x) - reach)));
      const int x1 = std::min(kDigitSide - 1, int(std::ceil(std::max(a.x, b.x) + reach)));
      const int y0 = std::max(0, int(std::floor(std::min(a.y, b.y) - reach)));
      const int y1 = std::min(kDigitSide - 1, int(std::ceil(std::max(a.y, b.y) + reach)));
      for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1; ++x) {
          const double d = segmentDistance({x + 0.5, y + 0.5}, a, b);
          double& cell = ink[std::size_t(y * kDigitSide + x)];
          cell = std::max(cell, std::clamp(reach - d, 0.0, 1.0));
        }
    }
  for (int i = 0; i < kDigitSide * kDigitSide; ++i) pixels[i] = std::uint8_t(std::lround(255.0 * ink[std::size_t(i)]));
}

ImageSet generateDigits(int count, std::uint64_t seed) {
  ImageSet set;
  set.name = "embedded digits (seed " + std::to_string(seed) + ")";
  set.count = count;
  set.rows = set.cols = kDigitSide;
  set.pixels.resize(std::size_t(count) * kDigitSide * kDigitSide);
  set.labels.resize(std::size_t(count));
  for (int i = 0; i < count; ++i) {
    set.labels[std::size_t(i)] = std::uint8_t(i % kClasses);
    drawDigit(i % kClasses, seed, std::uint64_t(i), set.pixels.data() + std::size_t(i) * kDigitSide * kDigitSide);
  }
  return set;
}

std::shared_ptr<const ImageSet> embeddedDigits() {
  // A function-local static is initialised once, other callers waiting (C++11).
  static const std::shared_ptr<const ImageSet> set = std::make_shared<const ImageSet>(generateDigits());
  return set;
}

}  // namespace kx::core::vae
