#include "core/diffusion/memorisation.h"

#include <algorithm>
#include <cmath>

#include "core/util/threads.h"

namespace kx::core::diffusion {
namespace {

/// Samples per parallel chunk: fixed by the data, never by thread count.
constexpr Eigen::Index kChunk = 1024;

}  // namespace

std::vector<float> nearestDistances(const mixture::Points& samples, const mixture::Points& training) {
  std::vector<float> out(std::size_t(samples.rows()));
  const Eigen::Index n = samples.rows(), m = training.rows();
  parallelChunks(std::size_t((n + kChunk - 1) / kChunk), [&](std::size_t c) {
    const Eigen::Index first = Eigen::Index(c) * kChunk, last = std::min(n, first + kChunk);
    for (Eigen::Index i = first; i < last; ++i) {
      const float x = samples(i, 0), y = samples(i, 1);
      float best = INFINITY;
      for (Eigen::Index j = 0; j < m; ++j) {
        const float dx = x - training(j, 0), dy = y - training(j, 1);
        best = std::min(best, dx * dx + dy * dy);
      }
      out[std::size_t(i)] = std::sqrt(best);
    }
  });
  return out;
}

Memorisation memorisation(const mixture::Points& samples, const mixture::Points& training, double radius) {
  std::vector<float> d = nearestDistances(samples, training);
  Memorisation out;
  out.radius = radius;
  out.histogram.assign(kDistanceBins, 0);
  std::size_t within = 0;
  const double binWidth = (kDistanceLog10Max - kDistanceLog10Min) / kDistanceBins;
  for (float v : d) {
    within += v <= radius;
    const double bin = std::floor((std::log10(std::max(double(v), 1e-30)) - kDistanceLog10Min) / binWidth);
    ++out.histogram[std::size_t(std::clamp(bin, 0.0, double(kDistanceBins - 1)))];
  }
  out.fraction = d.empty() ? 0 : double(within) / double(d.size());
  if (!d.empty()) {
    std::nth_element(d.begin(), d.begin() + std::ptrdiff_t(d.size() / 2), d.end());
    out.medianDistance = d[d.size() / 2];
  }
  return out;
}

}  // namespace kx::core::diffusion
