#include "widgets/charts/chart_support.h"

#include <QGraphicsScene>
#include <QLogValueAxis>
#include <cmath>
#include <limits>

namespace kx::widgets {

QChart* makeChart(const QString& title, const QString& xTitle, const QString& yTitle, bool logY) {
  auto* chart = new QChart;
  chart->setTitle(title);
  chart->setAnimationOptions(QChart::NoAnimation);
  chart->legend()->setAlignment(Qt::AlignTop);
  chart->setMargins(QMargins(4, 4, 4, 4));
  chart->setBackgroundRoundness(0);
  auto* x = new QValueAxis;
  x->setTitleText(xTitle);
  x->setLabelFormat("%g");
  chart->addAxis(x, Qt::AlignBottom);
  QAbstractAxis* y = nullptr;
  if (logY) {
    auto* axis = new QLogValueAxis;
    axis->setLabelFormat("%.0e");
    axis->setBase(10);
    y = axis;
  } else {
    auto* axis = new QValueAxis;
    axis->setLabelFormat("%g");
    y = axis;
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
    x->setRange(x0, x1 > x0 ? x1 : x0 + 1);
    x->applyNiceNumbers();  // ticks at round values, not at range / 4
  }
  if (vertical.isEmpty()) return;
  if (auto* log = qobject_cast<QLogValueAxis*>(vertical.first())) {
    const double lo = std::pow(10.0, std::floor(std::log10(std::max(y0, 1e-300))));
    const double hi = std::pow(10.0, std::ceil(std::log10(std::max(y1, lo * 10))));
    log->setRange(lo, hi);
    return;
  }
  auto* y = qobject_cast<QValueAxis*>(vertical.first());
  const double pad = y1 > y0 ? 0.05 * (y1 - y0) : 1.0;
  y->setRange(y0 - pad, y1 + pad);
  y->applyNiceNumbers();
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
  scene->render(&painter, target, chart->mapRectToScene(chart->rect()));
  chart->setGeometry(before);
  if (scene == &own) own.removeItem(chart);
}

}  // namespace kx::widgets
