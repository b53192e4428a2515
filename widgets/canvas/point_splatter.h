#pragma once
// Large point clouds on a software rasteriser: llvmpipe sets up and shades
// every sprite in 4 x 4 pixel blocks, about a microsecond per point whatever
// its size (100,000 points: ~70 ms a frame, W6). Splatting precomputed
// antialiased discs into an image on the CPU and drawing that as one textured
// quad costs a few milliseconds instead. Same look as the GL sprites: round,
// coverage falling off over one pixel, "over" blending in order, colours from
// the shared colormap tables; centres snap to the nearest pixel.
#include <QImage>
#include <vector>

#include "widgets/canvas/gl_program.h"
#include "widgets/canvas/plot_scene.h"

namespace kx::widgets {

class PointSplatter {
 public:
  /// The layer splatted into a premultiplied RGBA image the size of the
  /// viewport (row 0 at the top); redone only when the points or the view change.
  const QImage& render(const PointLayer& layer, const ViewTransform& transform);

 private:
  void buildStamp(float sizePx);

  QImage m_image;
  std::vector<QVector2D> m_cachedPositions;
  std::vector<float> m_cachedValues;
  ViewTransform m_cachedTransform;
  QRgb m_cachedColor = 0;
  Colormap m_cachedColormap = Colormap::Viridis;
  float m_cachedRange[2] = {0, 0};
  float m_stampSize = -1;
  int m_stampRadius = 0;  ///< the stamp covers [-radius, radius]^2 pixels
  struct StampPixel {
    int dx, dy;
    int coverage;  ///< 0 .. 256
  };
  std::vector<StampPixel> m_stamp;  ///< the pixels with non-zero coverage
};

}  // namespace kx::widgets
