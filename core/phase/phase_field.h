#pragma once
// The direction field of a typed model on a grid, evaluated by the block
// program one column at a time (contiguous in FieldGrid's column-major
// arrays), columns in parallel (docs/math.md §7.1).
#include "core/ode/vector_field.h"
#include "core/phase/planar_model.h"

namespace kx::core {

/// The same grid as sampleVectorField (cell centres, row 0 at yMin).
FieldGrid samplePhaseField(const PlanarSystem& system, const PlaneRect& rect, int nx, int ny);

}  // namespace kx::core
