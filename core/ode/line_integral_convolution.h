#pragma once
// Line-integral convolution (Cabral & Leedom 1993): white noise averaged along
// the streamline through each pixel, so the texture shows the flow's direction
// everywhere — the dense counterpart of the essay's streamplot (docs/math.md §1.6).
#include <cstdint>
#include <vector>

#include "core/ode/vector_field.h"
#include "core/util/cancel_token.h"

namespace kx::core {

/// Returns field.nx * field.ny intensities in [0, 1] (row-major, row 0 at
/// yMin), or an empty vector when cancelled. `halfLength` is in pixels.
std::vector<float> lineIntegralConvolution(const FieldGrid& field, int halfLength, std::uint64_t seed,
                                           const CancelToken& cancel = {});

}  // namespace kx::core
