#pragma once
// The canvas's furniture (axes, labels, colourbars, legend, markers) as an
// image, repainted only when the furniture, the view, the size or the colour
// map changes — not when a stream of frames changes only the data. Both
// canvas surfaces composite it over their GL layers.
#include <QImage>

#include "widgets/canvas/colormap.h"
#include "widgets/canvas/plot_layout.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class CanvasOverlay {
 public:
  /// The furniture of `scene` in `view` at `sizePx` device pixels.
  const QImage& image(const PlotScene& scene, const core::PlaneRect& view, const PlotLayout& layout, QSize sizePx,
                      qreal devicePixelRatio);

 private:
  struct Key {
    core::PlaneRect view;
    QSize sizePx;
    qreal devicePixelRatio = 0;
    Colormap colormap = Colormap::Viridis;  ///< the user's choice: the colourbars show it
    bool operator==(const Key&) const = default;
  };
  QImage m_image;
  Key m_key;
  PlotScene m_decorations;  ///< what m_image was painted from, without the data
};

}  // namespace kx::widgets
