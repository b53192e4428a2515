#include "widgets/canvas/colormap_preference.h"

#include <algorithm>
#include <atomic>

#include "widgets/canvas/colormap.h"

namespace kx::widgets {
namespace {

std::atomic<Colormap> g_choice{Colormap::Viridis};

}  // namespace

const std::vector<Colormap>& selectableColormaps() {
  static const std::vector<Colormap> maps{Colormap::Viridis, Colormap::Cividis, Colormap::Magma, Colormap::Gray};
  return maps;
}

Colormap resolveColormap(Colormap requested) { return requested == Colormap::Viridis ? g_choice.load() : requested; }

std::optional<Colormap> colormapFromName(const QString& name) {
  for (Colormap map : {Colormap::Viridis, Colormap::Magma, Colormap::Cividis, Colormap::Coolwarm, Colormap::Gray})
    if (colormapName(map) == name) return map;
  return std::nullopt;
}

ColormapPreference& ColormapPreference::instance() {
  static ColormapPreference preference;
  return preference;
}

Colormap ColormapPreference::colormap() { return g_choice.load(); }

void ColormapPreference::setColormap(Colormap map) {
  const auto& offered = selectableColormaps();
  if (std::find(offered.begin(), offered.end(), map) == offered.end()) return;
  if (g_choice.exchange(map) != map) emit changed(map);
}

}  // namespace kx::widgets
