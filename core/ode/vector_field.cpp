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
  parallelChunks(static_cast<std::size_t>(ny), [&](std::size_t row) {
    const int j = static_cast<int>(row);
    for (int i = 0; i < nx; ++i) {
      const Eigen::Vector2d value = f({grid.x(i), grid.y(j)});
      grid.u(j, i) = static_cast<float>(value(0));
      grid.v(j, i) = static_cast<float>(value(1));
      grid.speed(j, i) = static_cast<float>(value.norm());
    }
  });
  return grid;
}

}  // namespace kx::core
