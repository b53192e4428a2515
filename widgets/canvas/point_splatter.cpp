#include "widgets/canvas/point_splatter.h"

#include <algorithm>
#include <cmath>

#include "widgets/canvas/colormap.h"
#include "widgets/canvas/colormap_preference.h"

namespace kx::widgets {

namespace {

// x / 255 rounded, exact for 0 <= x <= 255 * 255.
inline int divide255(int x) {
  x += 128;
  return (x + (x >> 8)) >> 8;
}

}  // namespace

void PointSplatter::buildStamp(float sizePx) {
  // The coverage of point.frag, sampled at pixel centres around a centred disc.
  m_stampSize = sizePx;
  m_stampRadius = static_cast<int>(std::ceil(sizePx * 0.5f + 0.5f));
  m_stamp.clear();
  for (int dy = -m_stampRadius; dy <= m_stampRadius; ++dy)
    for (int dx = -m_stampRadius; dx <= m_stampRadius; ++dx) {
      const float r = std::hypot(static_cast<float>(dx), static_cast<float>(dy));
      const float coverage = std::clamp(sizePx * 0.5f + 0.5f - r, 0.0f, 1.0f);
      if (coverage > 0) m_stamp.push_back({dx, dy, static_cast<int>(std::lround(coverage * 256))});
    }
}

const QImage& PointSplatter::render(const PointLayer& layer, const ViewTransform& transform) {
  const float size = layer.sizePx * transform.devicePixelRatio;
  const Colormap colormap = resolveColormap(layer.colormap);
  bool changed = updateCache(m_cachedPositions, layer.positions) | updateCache(m_cachedValues, layer.values);
  changed |= !(transform == m_cachedTransform) || layer.color.rgba() != m_cachedColor ||
             colormap != m_cachedColormap || layer.vmin != m_cachedRange[0] || layer.vmax != m_cachedRange[1] ||
             size != m_stampSize;
  if (!changed && !m_image.isNull()) return m_image;
  m_cachedTransform = transform;
  m_cachedColor = layer.color.rgba();
  m_cachedColormap = colormap;
  m_cachedRange[0] = layer.vmin;
  m_cachedRange[1] = layer.vmax;
  if (size != m_stampSize) buildStamp(size);

  const int width = static_cast<int>(transform.widthPx), height = static_cast<int>(transform.heightPx);
  if (m_image.size() != QSize(width, height)) m_image = QImage(width, height, QImage::Format_RGBA8888_Premultiplied);
  m_image.fill(Qt::transparent);
  auto* pixels = reinterpret_cast<std::uint8_t*>(m_image.bits());
  const qsizetype stride = m_image.bytesPerLine();

  const auto& view = transform.view;
  const float sx = width / static_cast<float>(view.width()), sy = height / static_cast<float>(view.height());
  const bool withValues = layer.values.size() == layer.positions.size();
  const float scale = layer.vmax != layer.vmin ? 1.0f / (layer.vmax - layer.vmin) : 0.0f;
  const auto& table = colormapTable(colormap);
  const int alpha = layer.color.alpha();
  for (std::size_t i = 0; i < layer.positions.size(); ++i) {
    const QVector2D p = layer.positions[i];
    const float fx = std::floor((p.x() - view.xMin) * sx);
    const float fy = std::floor((p.y() - view.yMin) * sy);
    // Range-checked as floats first: NaN and far-off points never reach an int conversion.
    if (!(fx >= -m_stampRadius && fx < width + m_stampRadius && fy >= -m_stampRadius && fy < height + m_stampRadius))
      continue;
    const int cx = static_cast<int>(fx);
    const int cy = height - 1 - static_cast<int>(fy);  // row 0 at the top
    QRgb rgb = layer.color.rgb();
    if (withValues) {
      const float t = std::clamp((layer.values[i] - layer.vmin) * scale, 0.0f, 1.0f);
      rgb = table[std::isnan(t) ? 0 : static_cast<int>(t * 255.0f + 0.5f)];  // NaN: the low end, as colormapColor()
    }
    const int r = qRed(rgb), g = qGreen(rgb), b = qBlue(rgb);
    const bool inside =
        cx >= m_stampRadius && cx < width - m_stampRadius && cy >= m_stampRadius && cy < height - m_stampRadius;
    for (const StampPixel& s : m_stamp) {
      const int x = cx + s.dx, y = cy + s.dy;
      if (!inside && (x < 0 || x >= width || y < 0 || y >= height)) continue;
      // Premultiplied "over": dst = src * a + dst * (1 - a), a = alpha * coverage.
      const int a = (alpha * s.coverage) >> 8, keep = 255 - a;
      std::uint8_t* d = pixels + y * stride + 4 * x;
      d[0] = static_cast<std::uint8_t>(divide255(r * a + d[0] * keep));
      d[1] = static_cast<std::uint8_t>(divide255(g * a + d[1] * keep));
      d[2] = static_cast<std::uint8_t>(divide255(b * a + d[2] * keep));
      d[3] = static_cast<std::uint8_t>(a + divide255(d[3] * keep));
    }
  }
  return m_image;
}

}  // namespace kx::widgets
