#include "widgets/canvas/scene_overlay_painter.h"

#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <limits>

#include "widgets/canvas/axis_ticks.h"
#include "widgets/canvas/colormap.h"
#include "widgets/canvas/colormap_preference.h"

namespace kx::widgets {
namespace {

using namespace figure_metrics;

const QColor kInk(40, 40, 40);

QPainterPath markerPath(Marker::Shape shape, QPointF c, double size) {
  const double r = size / 2;
  QPainterPath path;
  switch (shape) {
    case Marker::Shape::Circle:
      path.addEllipse(c, r, r);
      break;
    case Marker::Shape::Square:
      path.addRect(QRectF(c.x() - r, c.y() - r, size, size));
      break;
    case Marker::Shape::Diamond:
      path.moveTo(c.x(), c.y() - r * 1.2);
      path.lineTo(c.x() + r * 1.2, c.y());
      path.lineTo(c.x(), c.y() + r * 1.2);
      path.lineTo(c.x() - r * 1.2, c.y());
      path.closeSubpath();
      break;
    case Marker::Shape::Cross:
      path.moveTo(c.x() - r, c.y() - r);
      path.lineTo(c.x() + r, c.y() + r);
      path.moveTo(c.x() - r, c.y() + r);
      path.lineTo(c.x() + r, c.y() - r);
      break;
  }
  return path;
}

}  // namespace

QPen linePen(const LineLayer& line) {
  QPen pen(line.color, line.widthPx, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
  if (line.dashed) pen.setDashPattern({4.0, 3.0});  // in units of the width, as the GL lines use
  return pen;
}

QImage overlayImage(const PlotScene& scene, const core::PlaneRect& view, const PlotLayout& layout, QSize sizePx,
                    qreal devicePixelRatio) {
  QImage image(sizePx, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  image.setDevicePixelRatio(devicePixelRatio);
  QPainter painter(&image);
  const SceneOverlayPainter overlay(scene, view, layout);
  overlay.paintBackground(painter);
  overlay.paintDecorations(painter);
  return image;
}

PlotScene decorationsOf(const PlotScene& scene) {
  PlotScene d;
  d.view = scene.view;
  d.title = scene.title;
  d.xLabel = scene.xLabel;
  d.yLabel = scene.yLabel;
  d.markers = scene.markers;
  for (const auto& h : scene.heatmaps)
    d.heatmaps.push_back({.vmin = h.vmin, .vmax = h.vmax, .colormap = h.colormap, .label = h.label});
  for (const auto& a : scene.arrows)
    d.arrows.push_back({.vmin = a.vmin, .vmax = a.vmax, .colormap = a.colormap, .label = a.label});
  for (const auto& l : scene.lines)
    d.lines.push_back({.color = l.color, .widthPx = l.widthPx, .dashed = l.dashed, .legend = l.legend});
  return d;
}

bool sameDecorations(const PlotScene& a, const PlotScene& b) {
  if (a.title != b.title || a.xLabel != b.xLabel || a.yLabel != b.yLabel || a.lines.size() != b.lines.size() ||
      a.markers.size() != b.markers.size())
    return false;
  const auto barsA = colorbarSpecs(a), barsB = colorbarSpecs(b);
  if (barsA.size() != barsB.size()) return false;
  for (std::size_t i = 0; i < barsA.size(); ++i)
    if (barsA[i].colormap != barsB[i].colormap || barsA[i].vmin != barsB[i].vmin || barsA[i].vmax != barsB[i].vmax ||
        barsA[i].label != barsB[i].label)
      return false;
  for (std::size_t i = 0; i < a.lines.size(); ++i) {
    const LineLayer &la = a.lines[i], &lb = b.lines[i];
    if (la.legend != lb.legend ||
        (!la.legend.isEmpty() && (la.color != lb.color || la.widthPx != lb.widthPx || la.dashed != lb.dashed)))
      return false;
  }
  for (std::size_t i = 0; i < a.markers.size(); ++i) {
    const Marker &ma = a.markers[i], &mb = b.markers[i];
    if (ma.position != mb.position || ma.label != mb.label || ma.color != mb.color || ma.shape != mb.shape ||
        ma.filled != mb.filled || ma.sizePx != mb.sizePx)
      return false;
  }
  return true;
}

SceneOverlayPainter::SceneOverlayPainter(const PlotScene& scene, const core::PlaneRect& view, const PlotLayout& layout)
    : m_scene(scene), m_view(view), m_layout(layout) {}

void SceneOverlayPainter::paintBackground(QPainter& painter) const {
  QPainterPath outside;
  outside.addRect(m_layout.figure);
  QPainterPath inside;
  inside.addRect(m_layout.plot);
  painter.fillPath(outside.subtracted(inside), Qt::white);
}

void SceneOverlayPainter::paintLines(QPainter& painter) const {
  painter.save();
  painter.setClipRect(m_layout.plot);
  painter.setRenderHint(QPainter::Antialiasing);
  for (const auto& line : m_scene.lines) {
    QPainterPath path;
    bool penDown = false;
    for (const auto& p : line.points) {
      if (std::isnan(p.x()) || std::isnan(p.y())) {
        penDown = false;
        continue;
      }
      const QPointF px = m_layout.toPixel(m_view, QPointF(p.x(), p.y()));
      if (penDown)
        path.lineTo(px);
      else
        path.moveTo(px);
      penDown = true;
    }
    painter.strokePath(path, linePen(line));
  }
  painter.restore();
}

void SceneOverlayPainter::paintDecorations(QPainter& painter) const {
  painter.save();
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setRenderHint(QPainter::TextAntialiasing);
  paintLegend(painter);
  paintMarkers(painter);  // last, so labels stay readable over everything else in the plot
  paintAxes(painter);
  const auto specs = colorbarSpecs(m_scene);
  for (std::size_t i = 0; i < specs.size() && i < m_layout.colorbars.size(); ++i)
    paintColorbar(painter, specs[i], m_layout.colorbars[i]);
  painter.restore();
}

void SceneOverlayPainter::paintAxes(QPainter& painter) const {
  const QRectF plot = m_layout.plot;
  const QFontMetricsF tickMetrics(m_fonts.tick), labelMetrics(m_fonts.label);
  painter.setPen(QPen(kInk, 1.0));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(plot);
  painter.setFont(m_fonts.tick);

  const AxisTicks xTicks = niceTicks(m_view.xMin, m_view.xMax, xTickTarget(plot.width()));
  for (double v : xTicks.values) {
    const double x = m_layout.toPixel(m_view, {v, m_view.yMin}).x();
    painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + kTickLength));
    const QString text = formatTick(v, xTicks.step);
    const double w = tickMetrics.horizontalAdvance(text);
    painter.drawText(QPointF(x - w / 2, plot.bottom() + kTickLength + kTickGap + tickMetrics.ascent()), text);
  }
  const AxisTicks yTicks = niceTicks(m_view.yMin, m_view.yMax, yTickTarget(plot.height()));
  double widestY = 0;
  for (double v : yTicks.values) {
    const double y = m_layout.toPixel(m_view, {m_view.xMin, v}).y();
    painter.drawLine(QPointF(plot.left() - kTickLength, y), QPointF(plot.left(), y));
    const QString text = formatTick(v, yTicks.step);
    const double w = tickMetrics.horizontalAdvance(text);
    widestY = std::max(widestY, w);
    painter.drawText(QPointF(plot.left() - kTickLength - kTickGap - w, y + tickMetrics.capHeight() / 2), text);
  }

  painter.setFont(m_fonts.label);
  if (!m_scene.xLabel.isEmpty()) {
    const double y = plot.bottom() + kTickLength + kTickGap + tickMetrics.height() + kTitleGap + labelMetrics.ascent();
    const double w = labelMetrics.horizontalAdvance(m_scene.xLabel);
    painter.drawText(QPointF(plot.center().x() - w / 2, y), m_scene.xLabel);
  }
  if (!m_scene.yLabel.isEmpty()) {
    // Against the figure edge, so it never collides with wide tick labels.
    painter.save();
    painter.translate(m_layout.figure.left() + kPad + labelMetrics.ascent(), plot.center().y());
    painter.rotate(-90);
    painter.drawText(QPointF(-labelMetrics.horizontalAdvance(m_scene.yLabel) / 2, 0), m_scene.yLabel);
    painter.restore();
  }
  if (!m_scene.title.isEmpty()) {
    painter.setFont(m_fonts.title);
    const QFontMetricsF titleMetrics(m_fonts.title);
    const QString title = titleMetrics.elidedText(m_scene.title, Qt::ElideRight, m_layout.figure.width() - 2 * kPad);
    const double w = titleMetrics.horizontalAdvance(title);
    const double x =
        std::clamp(plot.center().x() - w / 2, m_layout.figure.left() + kPad, m_layout.figure.right() - kPad - w);
    painter.drawText(QPointF(x, m_layout.figure.top() + kPad + titleMetrics.ascent()), title);
  }
}

void SceneOverlayPainter::paintColorbar(QPainter& painter, const ColorbarSpec& spec, const QRectF& bar) const {
  // A gradient rather than an image, so SVG and PDF keep the bar as a vector.
  QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
  const auto& table = colormapTable(resolveColormap(spec.colormap));
  for (int i = 0; i < 256; i += 5) gradient.setColorAt(i / 255.0, QColor(table[i]));
  gradient.setColorAt(1.0, QColor(table[255]));
  painter.fillRect(bar, gradient);
  painter.setPen(QPen(kInk, 1.0));
  painter.setBrush(Qt::NoBrush);
  painter.drawRect(bar);

  painter.setFont(m_fonts.tick);
  const QFontMetricsF tickMetrics(m_fonts.tick);
  const double span = spec.vmax - spec.vmin;
  const AxisTicks ticks = niceTicks(spec.vmin, spec.vmax, std::clamp(static_cast<int>(bar.height() / 50), 2, 6));
  double widest = 0;
  for (double v : ticks.values) {
    const double y = bar.bottom() - (v - spec.vmin) / span * bar.height();
    painter.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + kTickLength, y));
    const QString text = formatTick(v, ticks.step);
    widest = std::max(widest, tickMetrics.horizontalAdvance(text));
    painter.drawText(QPointF(bar.right() + kTickLength + kTickGap, y + tickMetrics.capHeight() / 2), text);
  }
  if (!spec.label.isEmpty()) {
    const QFontMetricsF labelMetrics(m_fonts.label);
    const double labelWidth = std::ceil(widest / 8) * 8;
    painter.save();
    painter.setFont(m_fonts.label);
    painter.translate(bar.right() + kTickLength + kTickGap + labelWidth + kTitleGap + labelMetrics.ascent(),
                      bar.center().y());
    painter.rotate(-90);  // reads bottom to top, as the y axis title
    painter.drawText(QPointF(-labelMetrics.horizontalAdvance(spec.label) / 2, 0), spec.label);
    painter.restore();
  }
}

void SceneOverlayPainter::paintLegend(QPainter& painter) const {
  std::vector<const LineLayer*> entries;
  for (const auto& line : m_scene.lines)
    if (!line.legend.isEmpty()) entries.push_back(&line);
  if (entries.empty()) return;
  const QFontMetricsF metrics(m_fonts.tick);
  const double sample = 26, rowHeight = metrics.height() + 3, pad = 6;
  double widest = 0;
  for (const auto* line : entries) widest = std::max(widest, metrics.horizontalAdvance(line->legend));
  const QSizeF size(pad * 3 + sample + widest, pad * 2 + rowHeight * entries.size() - 3);
  // The first corner (top right, top left, bottom right, bottom left) that
  // hides the fewest markers and their labels. Markers only, not the data, so
  // the choice is part of the furniture (sameDecorations) and never flickers.
  const QRectF plot = m_layout.plot.adjusted(8, 8, -8, -8);
  const QPointF corners[] = {{plot.right() - size.width(), plot.top()},
                             {plot.left(), plot.top()},
                             {plot.right() - size.width(), plot.bottom() - size.height()},
                             {plot.left(), plot.bottom() - size.height()}};
  QRectF box;
  int fewest = std::numeric_limits<int>::max();
  for (const QPointF& corner : corners) {
    const QRectF candidate(corner, size);
    int hidden = 0;
    for (const auto& marker : m_scene.markers) {
      const QPointF c = m_layout.toPixel(m_view, marker.position);
      const double labelWidth = metrics.horizontalAdvance(marker.label);
      hidden += candidate.intersects(QRectF(c.x() - labelWidth - 12, c.y() - 24, 2 * labelWidth + 24, 48));
    }
    if (hidden < fewest) {
      fewest = hidden;
      box = candidate;
    }
  }
  painter.setPen(QPen(QColor(0, 0, 0, 60), 1.0));
  painter.setBrush(QColor(255, 255, 255, 225));
  painter.drawRoundedRect(box, 3, 3);
  painter.setFont(m_fonts.tick);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const double y = box.top() + pad + rowHeight * i + metrics.height() / 2;
    const QLineF key(QPointF(box.left() + pad, y), QPointF(box.left() + pad + sample, y));
    QPen pen = linePen(*entries[i]);
    if (entries[i]->color.lightness() > 200) {
      // A key as light as the box (the GAN lab's white particles) gets a dark casing.
      QPen casing = pen;
      casing.setColor(QColor(0, 0, 0, 130));
      casing.setWidthF(pen.widthF() + 2);
      painter.setPen(casing);
      painter.drawLine(key);
    }
    painter.setPen(pen);
    painter.drawLine(key);
    painter.setPen(kInk);
    painter.drawText(QPointF(box.left() + 2 * pad + sample, y + metrics.capHeight() / 2), entries[i]->legend);
  }
}

void SceneOverlayPainter::paintMarkers(QPainter& painter) const {
  for (const auto& marker : m_scene.markers) {
    if (!m_view.contains(marker.position.x(), marker.position.y())) continue;
    const QPointF c = m_layout.toPixel(m_view, marker.position);
    const QPainterPath path = markerPath(marker.shape, c, marker.sizePx);
    const bool stroked = marker.shape == Marker::Shape::Cross || !marker.filled;
    // A white rim keeps a marker visible on any colour underneath.
    painter.strokePath(path, QPen(Qt::white, stroked ? 4.0 : 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    if (stroked)
      painter.strokePath(path, QPen(marker.color, 2.0, Qt::SolidLine, Qt::RoundCap));
    else
      painter.fillPath(path, marker.color);
  }
  const QFontMetricsF metrics(m_fonts.tick);
  painter.setFont(m_fonts.tick);
  for (const auto& [marker, box] : labelBoxes()) {
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRoundedRect(box, 2, 2);
    painter.setPen(kInk);
    painter.drawText(QPointF(box.left() + 2, box.top() + 1 + metrics.ascent()), marker->label);
  }
}

std::vector<std::pair<const Marker*, QRectF>> SceneOverlayPainter::labelBoxes() const {
  const QFontMetricsF metrics(m_fonts.tick);
  std::vector<QRectF> taken;  // marker symbols and labels already placed
  for (const auto& marker : m_scene.markers) {
    if (!m_view.contains(marker.position.x(), marker.position.y())) continue;
    const QPointF c = m_layout.toPixel(m_view, marker.position);
    const double r = marker.sizePx / 2 + 2;
    taken.emplace_back(c.x() - r, c.y() - r, 2 * r, 2 * r);
  }
  std::vector<std::pair<const Marker*, QRectF>> boxes;
  for (const auto& marker : m_scene.markers) {
    if (marker.label.isEmpty() || !m_view.contains(marker.position.x(), marker.position.y())) continue;
    boxes.emplace_back(&marker, placeLabel(metrics, marker, taken));
    taken.push_back(boxes.back().second);
  }
  return boxes;
}

QRectF SceneOverlayPainter::placeLabel(const QFontMetricsF& metrics, const Marker& marker,
                                       const std::vector<QRectF>& taken) const {
  // Equilibria often sit close together (e.g. on an axis), so each label tries
  // the four corners around its marker, then further out above and below, and
  // takes the first spot inside the plot that covers no earlier label or marker.
  const QPointF c = m_layout.toPixel(m_view, marker.position);
  const QSizeF size(metrics.horizontalAdvance(marker.label) + 4, metrics.height() + 2);
  const double d = marker.sizePx / 2 + 3;
  const QPointF tops[] = {{c.x() + d, c.y() - d - size.height()},
                          {c.x() + d, c.y() + d},
                          {c.x() - d - size.width(), c.y() - d - size.height()},
                          {c.x() - d - size.width(), c.y() + d},
                          {c.x() - size.width() / 2, c.y() - d - 2 * size.height()},
                          {c.x() - size.width() / 2, c.y() + d + size.height()}};
  QRectF fallback;
  for (const QPointF& top : tops) {
    const QRectF candidate(top, size);
    if (!m_layout.plot.contains(candidate)) continue;
    if (fallback.isNull()) fallback = candidate;
    const bool free =
        std::none_of(taken.begin(), taken.end(), [&](const QRectF& t) { return t.intersects(candidate); });
    if (free) return candidate;
  }
  return fallback.isNull() ? QRectF(tops[0], size) : fallback;
}

}  // namespace kx::widgets
