#pragma once
// The colormaps of the app as 256-entry tables: one place that both the GL
// layers (as 256 x 1 textures) and the QPainter colourbars read, so a colour
// on the plot always matches the colour on its bar.
#include <QColor>
#include <QString>
#include <array>

#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

using ColormapTable = std::array<QRgb, 256>;

/// The table of a colormap; entry 0 is the low end, 255 the high end.
const ColormapTable& colormapTable(Colormap map);

/// The colour of t in [0, 1] (clamped; NaN maps to the low end).
QColor colormapColor(Colormap map, double t);

QString colormapName(Colormap map);

}  // namespace kx::widgets
