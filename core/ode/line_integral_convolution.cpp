#include "core/ode/line_integral_convolution.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>

#include "core/util/threads.h"

namespace kx::core {
namespace {

// Bilinear sample of a grid (at least 2 x 2) with cell centres at integer + 0.5.
float bilinear(const Eigen::ArrayXXf& a, float px, float py) {
  const int cols = static_cast<int>(a.cols()), rows = static_cast<int>(a.rows());
  const float fx = std::clamp(px - 0.5f, 0.0f, static_cast<float>(cols - 1));
  const float fy = std::clamp(py - 0.5f, 0.0f, static_cast<float>(rows - 1));
  const int x0 = std::min(static_cast<int>(fx), cols - 2), y0 = std::min(static_cast<int>(fy), rows - 2);
  const float tx = fx - x0, ty = fy - y0;
  return (1 - ty) * ((1 - tx) * a(y0, x0) + tx * a(y0, x0 + 1)) +
         ty * ((1 - tx) * a(y0 + 1, x0) + tx * a(y0 + 1, x0 + 1));
}

}  // namespace

std::vector<float> lineIntegralConvolution(const FieldGrid& field, int halfLength, std::uint64_t seed,
                                           const CancelToken& cancel) {
  const int nx = field.nx, ny = field.ny;
  std::vector<float> noise(static_cast<std::size_t>(nx) * ny);
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<float> uniform(0.0f, 1.0f);
  for (auto& n : noise) n = uniform(rng);

  // Directions on the pixel grid: the field scaled to pixels, so the texture
  // follows the flow as drawn even when the axes have different units.
  const float sx = static_cast<float>(nx / field.rect.width()), sy = static_cast<float>(ny / field.rect.height());
  std::vector<float> out(noise.size());
  std::atomic<bool> stopped{false};
  constexpr std::size_t rowsPerChunk = 8;
  parallelChunks((ny + rowsPerChunk - 1) / rowsPerChunk, [&](std::size_t chunk) {
    if (stopped.load() || cancel.cancelled()) {
      stopped.store(true);
      return;
    }
    const int rowEnd = std::min<int>(ny, static_cast<int>((chunk + 1) * rowsPerChunk));
    for (int j = static_cast<int>(chunk * rowsPerChunk); j < rowEnd; ++j) {
      for (int i = 0; i < nx; ++i) {
        float sum = noise[static_cast<std::size_t>(j) * nx + i];
        int count = 1;
        for (const float direction : {1.0f, -1.0f}) {
          float px = i + 0.5f, py = j + 0.5f;
          for (int s = 0; s < halfLength; ++s) {
            const float u = bilinear(field.u, px, py) * sx, v = bilinear(field.v, px, py) * sy;
            const float norm = std::hypot(u, v);
            if (norm < 1e-12f) break;  // at an equilibrium the streamline stops
            px += direction * u / norm;
            py += direction * v / norm;
            if (px < 0 || py < 0 || px >= nx || py >= ny) break;
            sum += noise[static_cast<std::size_t>(py) * nx + static_cast<std::size_t>(px)];
            ++count;
          }
        }
        out[static_cast<std::size_t>(j) * nx + i] = sum / count;
      }
    }
  });
  if (stopped.load()) return {};
  // Averaging shrinks the noise's spread; stretch the contrast back to [0, 1]
  // around the mean (about +-3 standard deviations).
  double mean = 0, sq = 0;
  for (float v : out) mean += v;
  mean /= out.size();
  for (float v : out) sq += (v - mean) * (v - mean);
  const double sd = std::max(1e-6, std::sqrt(sq / out.size()));
  for (auto& v : out) v = static_cast<float>(std::clamp(0.5 + (v - mean) / (6 * sd), 0.0, 1.0));
  return out;
}

}  // namespace kx::core
