#include "core/ode/vector_field.h"

#include "core/util/threads.h"

namespace kx::core {

FieldGrid emptyFieldGrid(const PlaneRect& rect, int nx, int ny) {
  FieldGrid grid;
  grid.rect = rect;
  grid.nx = nx;
  grid.ny = ny;
  grid.u.resize(ny, nx);
  grid.v.resize(ny, nx);
  grid.speed.resize(ny, nx);
  return grid;
}

FieldGrid sampleVectorField(const PlanarField& f, const PlaneRect& rect, int nx, int ny) {
  FieldGrid grid = emptyFieldGrid(rect, nx, ny);
  // One column per chunk: the arrays are column-major (j runs fastest), so
  // each chunk writes contiguous memory (row by row, every store missed the
  // cache: 1024 x 1024 took ~50 ms, docs/benchmarks.md W1).
  parallelChunks(static_cast<std::size_t>(nx), [&](std::size_t column) {
    const int i = static_cast<int>(column);
    for (int j = 0; j < ny; ++j) {
      const Eigen::Vector2d value = f({grid.x(i), grid.y(j)});
      grid.u(j, i) = static_cast<float>(value(0));
      grid.v(j, i) = static_cast<float>(value(1));
      grid.speed(j, i) = static_cast<float>(value.norm());
    }
  });
  return grid;
}

}  // namespace kx::core
