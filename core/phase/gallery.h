#pragma once
// The gallery of planar population models (docs/math.md §7.3). The first is
// the essay's competition model, the lab's default.
#include <vector>

#include "core/phase/planar_model.h"

namespace kx::core {

/// competition, lotka_volterra, rosenzweig_macarthur, mutualism, sir.
std::vector<PlanarModelSpec> modelGallery();

/// The gallery spec with this id; the competition model when there is none.
PlanarModelSpec galleryModel(const std::string& id);

}  // namespace kx::core
