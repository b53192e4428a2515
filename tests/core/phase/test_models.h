#pragma once
// Typed models the phase-plane tests share.
#include <string>
#include <vector>

#include "core/phase/gallery.h"
#include "core/phase/planar_model.h"

namespace kx::core::test {

inline PlanarModel typed(std::string dxdt, std::string dydt, PlaneRect window,
                         std::vector<ModelParameter> parameters = {}) {
  auto model = PlanarModel::compile({.id = "custom",
                                     .dxdt = std::move(dxdt),
                                     .dydt = std::move(dydt),
                                     .parameters = std::move(parameters),
                                     .window = window});
  if (!model) throw std::runtime_error(model.error());
  return *model;
}

inline PlanarModel gallery(const std::string& id) { return *PlanarModel::compile(galleryModel(id)); }

/// The model at its defaults with some parameters changed.
inline PlanarSystem boundWith(const PlanarModel& model, const std::vector<std::pair<std::string, double>>& changes) {
  auto values = model.defaults();
  for (const auto& [name, value] : changes) values[static_cast<std::size_t>(model.parameterIndex(name))] = value;
  return model.bind(values);
}

}  // namespace kx::core::test
