#include "widgets/canvas/canvas_overlay.h"

#include "widgets/canvas/colormap_preference.h"
#include "widgets/canvas/scene_overlay_painter.h"

namespace kx::widgets {

const QImage& CanvasOverlay::image(const PlotScene& scene, const core::PlaneRect& view, const PlotLayout& layout,
                                   QSize sizePx, qreal devicePixelRatio) {
  const Key key{view, sizePx, devicePixelRatio, ColormapPreference::colormap()};
  if (!(key == m_key) || m_image.isNull() || !sameDecorations(m_decorations, scene)) {
    m_image = overlayImage(scene, view, layout, sizePx, devicePixelRatio);
    m_key = key;
    m_decorations = decorationsOf(scene);
  }
  return m_image;
}

}  // namespace kx::widgets
