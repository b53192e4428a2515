#include "widgets/canvas/plot_layout.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

#include "widgets/canvas/axis_ticks.h"

namespace kx::widgets {
namespace {

using namespace figure_metrics;

double widestTickLabel(const QFontMetricsF& metrics, double lo, double hi, int target) {
  const AxisTicks ticks = niceTicks(lo, hi, target);
  double widest = 0;
  for (double v : ticks.values) widest = std::max(widest, metrics.horizontalAdvance(formatTick(v, ticks.step)));
  // Rounded up so small changes while panning do not make the plot jitter.
  return std::ceil(widest / 8) * 8;
}

}  // namespace

std::vector<ColorbarSpec> colorbarSpecs(const PlotScene& scene) {
  std::vector<ColorbarSpec> specs;
  for (const auto& h : scene.heatmaps)
    if (!h.label.isEmpty()) specs.push_back({h.colormap, h.vmin, h.vmax, h.label});
  for (const auto& a : scene.arrows)
    if (!a.label.isEmpty()) specs.push_back({a.colormap, a.vmin, a.vmax, a.label});
  return specs;
}

FigureFonts::FigureFonts() : tick("DejaVu Sans"), label("DejaVu Sans"), title("DejaVu Sans") {
  tick.setPixelSize(11);
  label.setPixelSize(12);
  title.setPixelSize(14);
  title.setWeight(QFont::DemiBold);
}

int xTickTarget(double widthPx) { return std::clamp(static_cast<int>(widthPx / 90), 2, 10); }
int yTickTarget(double heightPx) { return std::clamp(static_cast<int>(heightPx / 60), 2, 10); }

PlotLayout PlotLayout::compute(const QRectF& figure, const PlotScene& scene, const core::PlaneRect& view) {
  const FigureFonts fonts;
  const QFontMetricsF tickMetrics(fonts.tick), labelMetrics(fonts.label), titleMetrics(fonts.title);

  const double left = kPad + (scene.yLabel.isEmpty() ? 0 : labelMetrics.height() + kTitleGap) +
                      widestTickLabel(tickMetrics, view.yMin, view.yMax, yTickTarget(figure.height())) + kTickGap +
                      kTickLength;
  const double bottom = kPad + (scene.xLabel.isEmpty() ? 0 : labelMetrics.height() + kTitleGap) + tickMetrics.height() +
                        kTickGap + kTickLength;
  // Room above for the title, or for half a tick label at the top of the y axis.
  const double top = scene.title.isEmpty() ? kPad + tickMetrics.height() / 2 : kPad + titleMetrics.height() + 10;

  const auto specs = colorbarSpecs(scene);
  std::vector<double> barBlockWidths;
  double right = kPad + tickMetrics.horizontalAdvance("0000") / 2;  // half of the last x tick label
  if (!specs.empty()) right = kPad;
  for (const auto& spec : specs) {
    const double block = kBarGap + kBarWidth + kTickLength + kTickGap +
                         widestTickLabel(tickMetrics, spec.vmin, spec.vmax, 6) +
                         (spec.label.isEmpty() ? 0 : kTitleGap + labelMetrics.height());
    barBlockWidths.push_back(block);
    right += block;
  }

  PlotLayout layout;
  layout.figure = figure;
  // Whole logical pixels, so the GL image and the painted frame line up exactly.
  const double x0 = std::round(figure.left() + left), y0 = std::round(figure.top() + top);
  layout.plot = QRectF(x0, y0, std::max(10.0, std::round(figure.right() - right) - x0),
                       std::max(10.0, std::round(figure.bottom() - bottom) - y0));
  double x = layout.plot.right();
  for (double block : barBlockWidths) {
    layout.colorbars.emplace_back(x + kBarGap, layout.plot.top(), kBarWidth, layout.plot.height());
    x += block;
  }
  return layout;
}

QRect PlotLayout::plotViewport(qreal devicePixelRatio, int framebufferHeightPx) const {
  const int left = static_cast<int>(std::lround(plot.left() * devicePixelRatio));
  const int right = static_cast<int>(std::lround(plot.right() * devicePixelRatio));
  const int top = static_cast<int>(std::lround(plot.top() * devicePixelRatio));
  const int bottom = static_cast<int>(std::lround(plot.bottom() * devicePixelRatio));
  return QRect(left, framebufferHeightPx - bottom, right - left, bottom - top);
}

QPointF PlotLayout::toPixel(const core::PlaneRect& view, QPointF data) const {
  return {plot.left() + (data.x() - view.xMin) / view.width() * plot.width(),
          plot.bottom() - (data.y() - view.yMin) / view.height() * plot.height()};
}

QPointF PlotLayout::toData(const core::PlaneRect& view, QPointF pixel) const {
  return {view.xMin + (pixel.x() - plot.left()) / plot.width() * view.width(),
          view.yMin + (plot.bottom() - pixel.y()) / plot.height() * view.height()};
}

PlotScene withEqualAspect(PlotScene scene, const QRectF& figure) {
  const QRectF plot = PlotLayout::compute(figure, scene, scene.view).plot;
  auto& v = scene.view;
  if (plot.width() <= 0 || plot.height() <= 0 || v.width() <= 0 || v.height() <= 0) return scene;
  const double unitsPerPixel = std::max(v.width() / plot.width(), v.height() / plot.height());
  const double cx = 0.5 * (v.xMin + v.xMax), cy = 0.5 * (v.yMin + v.yMax);
  const double hx = 0.5 * unitsPerPixel * plot.width(), hy = 0.5 * unitsPerPixel * plot.height();
  v = {cx - hx, cx + hx, cy - hy, cy + hy};
  return scene;
}

}  // namespace kx::widgets
