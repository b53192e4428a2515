#include "core/phase/phase_field.h"

#include <cmath>
#include <vector>

#include "core/util/threads.h"

namespace kx::core {

FieldGrid samplePhaseField(const PlanarSystem& system, const PlaneRect& rect, int nx, int ny) {
  FieldGrid grid = emptyFieldGrid(rect, nx, ny);
  constexpr int columnsPerChunk = 16;
  parallelChunks(static_cast<std::size_t>((nx + columnsPerChunk - 1) / columnsPerChunk), [&](std::size_t chunk) {
    const auto rows = static_cast<std::size_t>(ny);
    std::vector<double> x(rows), y(rows), u(rows), v(rows);
    for (int j = 0; j < ny; ++j) y[static_cast<std::size_t>(j)] = grid.y(j);
    const int end = std::min(nx, static_cast<int>(chunk + 1) * columnsPerChunk);
    for (int i = static_cast<int>(chunk) * columnsPerChunk; i < end; ++i) {
      std::fill(x.begin(), x.end(), grid.x(i));
      system.rhsBlock(x.data(), y.data(), rows, u.data(), v.data());
      float* cu = &grid.u(0, i);
      float* cv = &grid.v(0, i);
      float* cs = &grid.speed(0, i);
      for (std::size_t j = 0; j < rows; ++j) {
        cu[j] = static_cast<float>(u[j]);
        cv[j] = static_cast<float>(v[j]);
        cs[j] = static_cast<float>(std::sqrt(u[j] * u[j] + v[j] * v[j]));
      }
    }
  });
  return grid;
}

}  // namespace kx::core
