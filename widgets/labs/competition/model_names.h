#pragma once
// What the interface calls the gallery's models (core/phase/gallery.h) and
// their one-line notes, in the current language.
#include <QString>

#include "core/phase/planar_model.h"

namespace kx::widgets {

/// "Rosenzweig–MacArthur", ...; "Custom" for a typed model.
QString modelTitle(const std::string& id);
/// The spec's note, translated.
QString modelNote(const core::PlanarModelSpec& spec);

}  // namespace kx::widgets
