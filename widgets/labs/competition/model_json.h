#pragma once
// The phase-plane lab's model as JSON (Lab::model(), session state "model"):
// {} for the essay's competition model, {"id": "lotka_volterra"} for another
// of the gallery (core/phase/gallery.h), and for a typed one
// {"id": "custom", "dxdt": "...", "dydt": "...",
//  "parameters": [{"name": "a", "value": 1, "min": 0, "max": 2}, ...],
//  "window": [xmin, xmax, ymin, ymax]}.
#include <QJsonObject>

#include "core/phase/planar_model.h"
#include "core/util/result.h"

namespace kx::widgets {

QJsonObject modelJson(const core::PlanarModelSpec& spec);

/// The spec `json` describes, its fields checked (each error names the field);
/// the expressions are checked by PlanarModel::compile, not here.
core::Result<core::PlanarModelSpec> modelSpec(const QJsonObject& json);

}  // namespace kx::widgets
