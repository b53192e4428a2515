#include "widgets/charts/chart_support.h"

#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegendMarker>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include "widgets/canvas/axis_ticks.h"

namespace kx::widgets {

QScatterSeries* addScatter(QChart* chart, const QString& name, const QColor& color, qreal size,
                           QScatterSeries::MarkerShape shape) {
  auto* s = new QScatterSeries;
  s->setName(name);
  s->setColor(color);
  s->setBorderColor(color);
  s->setMarkerSize(size);
  s->setMarkerShape(shape);
  chart->addSeries(s);
  for (auto* axis : chart->axes()) s->attachAxis(axis);
  return s;
}

QChart* makeLogLogChart(const QString& title, const QString& xTitle, const QString& yTitle) {
  QChart* chart = makeChart(title, xTitle, yTitle, true);
  for (auto* axis : chart->axes(Qt::Horizontal)) {
    chart->removeAxis(axis);
    delete axis;
  }
  auto* x = new QLogValueAxis;
  x->setBase(10);
  x->setLabelFormat("%g");
  x->setTitleText(xTitle);
  chart->addAxis(x, Qt::AlignBottom);
  return chart;
}

void setChartTitles(QChart* chart, const QString& title, const QString& xTitle, const QString& yTitle) {
  chart->setTitle(title);
  chart->axes(Qt::Horizontal).first()->setTitleText(xTitle);
  chart->axes(Qt::Vertical).first()->setTitleText(yTitle);
}

namespace {

// More dynamic ticks than any axis here shows: a guard, not a layout choice.
constexpr double kMaxTicks = 200;

}  // namespace

QValueAxis* makeValueAxis(const QString& labelFormat) {
  auto* axis = new QValueAxis;
  axis->setLabelFormat(labelFormat);
  // Qt 6.4 lays dynamic ticks out at the axis's interval over whatever range
  // it gets next, from whoever sets it: a lab's setRange, or Qt adopting a
  // series' range when a series is attached to a collapsed axis. An interval
  // left from a nearly flat curve (1e-4) over a range of 1 is ten thousand
  // tick items: 40 s in the diffusion lab's charts, and 24 GB in a
  // bifurcation chart. minChanged and maxChanged are emitted before Qt lays
  // the new range out, so the interval is widened to a few ticks first.
  const auto keepTicksFew = [axis] {
    if (axis->tickType() != QValueAxis::TicksDynamic) return;
    const double span = axis->max() - axis->min();
    if (!(span > 0) || span <= kMaxTicks * axis->tickInterval()) return;
    const double step = niceTicks(axis->min(), axis->max(), 5).step;
    if (step > 0) axis->setTickInterval(step);
  };
  QObject::connect(axis, &QValueAxis::minChanged, axis, keepTicksFew);
  QObject::connect(axis, &QValueAxis::maxChanged, axis, keepTicksFew);
  QObject::connect(axis, &QValueAxis::tickIntervalChanged, axis, keepTicksFew);
  return axis;
}

QChart* makeChart(const QString& title, const QString& xTitle, const QString& yTitle, bool logY) {
  auto* chart = new QChart;
  chart->setTitle(title);
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->legend()->setAlignment(Qt::AlignTop);
  chart->setMargins(QMargins(4, 4, 4, 4));
  chart->setBackgroundRoundness(0);
  auto* x = makeValueAxis();
  x->setTitleText(xTitle);
  chart->addAxis(x, Qt::AlignBottom);
  QAbstractAxis* y = nullptr;
  if (logY) {
    auto* axis = new QLogValueAxis;
    axis->setLabelFormat("%g");  // 0.01, 0.1, 1 (and 1e-05 where that is shorter)
    axis->setBase(10);
    y = axis;
  } else {
    y = makeValueAxis();
  }
  y->setTitleText(yTitle);
  chart->addAxis(y, Qt::AlignLeft);
  return chart;
}

QLineSeries* addLineSeries(QChart* chart, const QString& name, const QColor& color, qreal width, Qt::PenStyle style) {
  auto* series = new QLineSeries;
  series->setName(name);
  QPen pen(color, width, style);
  pen.setCosmetic(true);
  series->setPen(pen);
  chart->addSeries(series);
  for (auto* axis : chart->axes()) series->attachAxis(axis);
  return series;
}

void fitAxes(QChart* chart) {
  double x0 = std::numeric_limits<double>::infinity(), x1 = -x0, y0 = x0, y1 = -x0;
  for (auto* s : chart->series()) {
    for (const QPointF& p : static_cast<QXYSeries*>(s)->points()) {
      if (!std::isfinite(p.x()) || !std::isfinite(p.y())) continue;
      x0 = std::min(x0, p.x()), x1 = std::max(x1, p.x()), y0 = std::min(y0, p.y()), y1 = std::max(y1, p.y());
    }
  }
  if (!(x0 <= x1)) return;
  const auto vertical = chart->axes(Qt::Vertical);
  const auto horizontal = chart->axes(Qt::Horizontal);
  if (auto* x = horizontal.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(horizontal.first())) {
    setNiceRange(x, x0, x1);
  }
  if (vertical.isEmpty()) return;
  if (auto* log = qobject_cast<QLogValueAxis*>(vertical.first())) {
    const double lo = std::pow(10.0, std::floor(std::log10(std::max(y0, 1e-300))));
    const double hi = std::pow(10.0, std::ceil(std::log10(std::max(y1, lo * 10))));
    setLogRange(log, lo, hi);
    return;
  }
  auto* y = qobject_cast<QValueAxis*>(vertical.first());
  // Differences below 1e-9 of the data's size are rounding: flat data (and Qt
  // Charts takes an axis narrower than 1e-12 for one with no range at all).
  const bool flat = y1 - y0 <= 1e-9 * std::max({1.0, std::abs(y0), std::abs(y1)});
  const double pad = flat ? 1.0 : 0.05 * (y1 - y0);
  setNiceRange(y, y0 - pad, y1 + pad);
}

void setNiceRange(QValueAxis* axis, double lo, double hi) {
  if (!(hi > lo)) hi = lo + 1;
  const double step = niceTicks(lo, hi, tickCountFor(axis)).step;
  if (!(step > 0)) return;  // not finite
  setAxisTicks(axis, std::floor(lo / step + 1e-9) * step, std::ceil(hi / step - 1e-9) * step, step);
}

namespace {

// Pixels per interval a label needs: a line of text plus a gap vertically,
// a number like "−1500" plus a gap horizontally.
constexpr double kVerticalPx = 36, kHorizontalPx = 70;

// The length of `axis` in its chart's plot area as laid out now (0 before a layout).
double axisLength(const QAbstractAxis* axis) {
  const QObject* owner = axis->parent();  // Qt Charts parents an added axis under an internal object of its chart
  while (owner && !qobject_cast<const QChart*>(owner)) owner = owner->parent();
  const auto* chart = qobject_cast<const QChart*>(owner);
  const QRectF plot = chart ? chart->plotArea() : QRectF();
  return axis->orientation() == Qt::Vertical ? plot.height() : plot.width();
}

double pixelsPerLabel(const QAbstractAxis* axis) {
  return axis->orientation() == Qt::Vertical ? kVerticalPx : kHorizontalPx;
}

// The base of a log axis over [lo, hi]: 10, or 100, 1000… where the axis is
// too short for a label per decade. Qt Charts gives each label the room
// between two ticks and elides every one to "..." when a line does not fit
// (the competition error chart over 10 decades in 130 pixels).
double logBaseFor(const QLogValueAxis* axis, double lo, double hi) {
  const double length = axisLength(axis), decades = std::log10(hi / lo);
  if (!(length > 0) || !(decades > 0)) return 10;
  const double room = std::max(1.0, std::floor(length / pixelsPerLabel(axis)));
  return std::pow(10.0, std::ceil(decades / room - 1e-9));
}

}  // namespace

void setLogRange(QLogValueAxis* axis, double lo, double hi) {
  axis->setBase(logBaseFor(axis, lo, hi));
  // Qt 6.4 places the first tick at ceil(ln(min) / ln(base)), and ln(0.01) /
  // ln(10) is -1.9999999999999996 in doubles: a hair below the power keeps
  // its tick and label.
  axis->setRange(lo * (1 - 1e-9), hi);
}

namespace {

// The coarsest of the nice steps for at most `count` intervals over the
// axis's current range that keeps both ends on ticks and whose labels, in the
// axis's format, tell neighbouring ticks apart (a whole-number axis ticked
// every 0.5 read "1 1 2 2 3"). The axis's own step qualifies, so there is
// always one.
double endAlignedStep(const QValueAxis* axis, int count) {
  const double lo = axis->min(), hi = axis->max(), anchor = axis->tickAnchor();
  const auto onTick = [&](double value, double step) {
    const double k = (value - anchor) / step;
    return std::abs(k - std::round(k)) < 1e-6;
  };
  const QByteArray format = axis->labelFormat().toLatin1();
  const auto distinct = [&](double step) {
    for (double t = lo; t + step <= hi + step * 1e-6; t += step)
      if (QString::asprintf(format.constData(), t) == QString::asprintf(format.constData(), t + step)) return false;
    return true;
  };
  for (int c = count; c >= 1; --c) {
    const double step = niceTicks(lo, hi, c).step;
    if (step > 0 && onTick(lo, step) && onTick(hi, step) && distinct(step)) return step;
  }
  return axis->tickInterval();
}

// Ticks for the size a chart is laid out at now (tickCountFor), on the same
// range, until destroyed: an exported chart gets the tick density of the
// export, not of the chart on screen.
class ScopedTicksForLayout {
 public:
  explicit ScopedTicksForLayout(QChart* chart) {
    for (auto* a : chart->axes()) {
      if (auto* log = qobject_cast<QLogValueAxis*>(a)) {
        const double base = logBaseFor(log, log->min(), log->max());
        if (base == log->base()) continue;
        m_savedBases.emplace_back(log, log->base());
        log->setBase(base);
        continue;
      }
      auto* axis = qobject_cast<QValueAxis*>(a);
      if (!axis || axis->tickType() != QValueAxis::TicksDynamic) continue;
      const double step = endAlignedStep(axis, tickCountFor(axis));
      if (step == axis->tickInterval()) continue;
      m_saved.emplace_back(axis, axis->tickInterval());
      axis->setTickInterval(step);
    }
    // The axes relabel when the chart's layout next runs, which would be
    // after this paint: run it now.
    if (!m_saved.empty() || !m_savedBases.empty()) chart->layout()->activate();
  }
  ~ScopedTicksForLayout() {
    for (const auto& [axis, step] : m_saved) axis->setTickInterval(step);
    for (const auto& [axis, base] : m_savedBases) axis->setBase(base);
  }
  ScopedTicksForLayout(const ScopedTicksForLayout&) = delete;
  ScopedTicksForLayout& operator=(const ScopedTicksForLayout&) = delete;

 private:
  std::vector<std::pair<QValueAxis*, double>> m_saved;
  std::vector<std::pair<QLogValueAxis*, double>> m_savedBases;
};

}  // namespace

int tickCountFor(const QValueAxis* axis) {
  const double length = axisLength(axis);
  if (!(length > 0)) return 5;
  return std::clamp(int(length / pixelsPerLabel(axis)), 2, 5);
}

void setAxisTicks(QValueAxis* axis, double lo, double hi, double step, double anchor) {
  // Fixed ticks while range and interval change: dynamic ticks at the old
  // interval over a much wider new range would make Qt lay out millions of
  // them (a KL axis growing from 1e-4 to 10 hung the VAE lab).
  axis->setTickType(QValueAxis::TicksFixed);
  axis->setRange(lo, hi);
  axis->setTickAnchor(anchor);
  axis->setTickInterval(step);
  axis->setTickType(QValueAxis::TicksDynamic);
}

void paintChart(QPainter& painter, QChart* chart, const QRectF& target) {
  QGraphicsScene* scene = chart->scene();
  QGraphicsScene own;
  if (!scene) {
    own.addItem(chart);
    scene = &own;
  }
  const QRectF before = chart->geometry();
  chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
  {
    const ScopedTicksForLayout ticks(chart);
    scene->render(&painter, target, chart->mapRectToScene(chart->rect()));
  }
  chart->setGeometry(before);
  if (scene == &own) own.removeItem(chart);
}

namespace {
constexpr const char* kHiddenFromLegend = "kx_hiddenFromLegend";
}  // namespace

void showInLegend(QChart* chart, QAbstractSeries* series, bool shown) {
  series->setProperty(kHiddenFromLegend, !shown);
  for (auto* marker : chart->legend()->markers(series)) marker->setVisible(shown);
}

std::vector<LegendEntry> legendEntries(const QChart* chart) {
  std::vector<LegendEntry> entries;
  for (auto* s : chart->series()) {
    const auto* xy = qobject_cast<const QXYSeries*>(s);
    if (!xy || xy->name().isEmpty() || xy->property(kHiddenFromLegend).toBool()) continue;
    entries.push_back({xy->name(), xy->color()});
  }
  return entries;
}

QString legendHtml(const std::vector<LegendEntry>& entries) {
  QStringList items;
  for (const auto& e : entries)
    items << QString("<span style=\"color:%1\">■</span>&nbsp;%2")
                 .arg(e.colour.name(), e.name.toHtmlEscaped().replace(' ', "&nbsp;").replace('-', QChar(0x2011)));
  // An entry never breaks, at a space or a hyphen ("f-GAN": U+2011, the
  // non-breaking hyphen); a word-wrapped label breaks lines between entries.
  return items.join("&nbsp;&nbsp; ");
}

namespace {

struct LegendRow {
  std::size_t first, end;  ///< entries [first, end)
  double width;
};

// Greedy rows: an entry goes on the current row while the row fits `width`
// (a row holds at least one entry, however wide).
std::vector<LegendRow> legendRows(const QFontMetricsF& fm, double width, const std::vector<LegendEntry>& entries) {
  const double square = fm.ascent() * 0.8, gap = fm.horizontalAdvance(' '), spacing = 3 * gap;
  std::vector<LegendRow> rows;
  for (std::size_t k = 0; k < entries.size(); ++k) {
    const double item = square + gap + fm.horizontalAdvance(entries[k].name);
    if (rows.empty() || rows.back().width + spacing + item > width)
      rows.push_back({k, k + 1, item});
    else
      rows.back() = {rows.back().first, k + 1, rows.back().width + spacing + item};
  }
  return rows;
}

}  // namespace

double legendHeight(const QFontMetricsF& metrics, double width, const std::vector<LegendEntry>& entries) {
  return double(legendRows(metrics, width, entries).size()) * metrics.height() * 1.3;
}

void paintLegend(QPainter& painter, const QRectF& rect, const std::vector<LegendEntry>& entries) {
  painter.save();
  const QFontMetricsF fm(painter.font());
  const double square = fm.ascent() * 0.8, gap = fm.horizontalAdvance(' '), spacing = 3 * gap;
  const auto rows = legendRows(fm, rect.width(), entries);
  const double line = fm.height() * 1.3;
  double y = rect.center().y() - line * double(rows.size()) / 2 + line / 2;
  for (const auto& row : rows) {
    double x = rect.center().x() - row.width / 2;
    for (std::size_t k = row.first; k < row.end; ++k) {
      const auto& e = entries[k];
      painter.fillRect(QRectF(x, y - square / 2, square, square), e.colour);
      x += square + gap;
      painter.setPen(Qt::black);
      painter.drawText(QPointF(x, y + (fm.ascent() - fm.descent()) / 2), e.name);
      x += fm.horizontalAdvance(e.name) + spacing;
    }
    y += line;
  }
  painter.restore();
}

}  // namespace kx::widgets
