#pragma once
// The user's colormap (View > Colormap, remembered by the shell): the one
// place every plot reads it from, so the labs follow it without knowing it.
// In a PlotScene, Colormap::Viridis means "the app's sequential map": the GL
// layers, the colourbars, the point splats, screen and exports alike, draw it
// as resolveColormap() says. A layer that asks for another map on purpose
// (magma for an error field, gray for a flow texture) keeps it.
#include <QObject>
#include <QString>
#include <optional>
#include <vector>

#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

/// The maps offered as the app's sequential map, the default (viridis) first;
/// all perceptually uniform in lightness, cividis made for colour-vision deficiency.
const std::vector<Colormap>& selectableColormaps();

/// The map to draw for `requested`: the chosen map for Viridis, else `requested`.
/// Any thread (the choice is an atomic).
Colormap resolveColormap(Colormap requested);

/// The colormap named `name` (as colormapName() spells it), if there is one.
std::optional<Colormap> colormapFromName(const QString& name);

/// The current choice and its change signal (for widgets that must repaint).
class ColormapPreference : public QObject {
  Q_OBJECT
 public:
  static ColormapPreference& instance();

  static Colormap colormap();
  /// Ignores maps not in selectableColormaps(); emits changed() when it differs.
  void setColormap(Colormap map);

 signals:
  void changed(kx::widgets::Colormap map);

 private:
  ColormapPreference() = default;
};

}  // namespace kx::widgets
