#include "widgets/labs/vae/vae_charts.h"

#include <QBarCategoryAxis>
#include <QCoreApplication>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "widgets/canvas/axis_ticks.h"
#include "widgets/charts/chart_support.h"

namespace kx::widgets {
namespace {

/// [lo, hi] exactly, with ticks at whole numbers 1, 2 or 5 x 10^k apart (epochs, dimensions).
void wholeTicks(QValueAxis* axis, double lo, double hi) {
  setAxisTicks(axis, lo, hi, std::max(1.0, niceTicks(lo, hi, 6).step), std::ceil(lo));
  axis->setLabelFormat("%.0f");
}

}  // namespace

VaeCharts::VaeCharts() {
  m_losses = makeChart({}, {}, {});
  m_elbo = addLineSeries(m_losses, {}, QColor(0, 0, 0));
  m_recon = addLineSeries(m_losses, {}, QColor(0, 114, 178));
  m_train = addLineSeries(m_losses, {}, QColor(150, 150, 150), 1.5, Qt::DashLine);
  m_kl = makeChart({}, {}, {});
  m_klLine = addLineSeries(m_kl, {}, QColor(213, 94, 0));

  m_bars = new QChart;
  m_bars->setAnimationOptions(QChart::NoAnimation);
  m_bars->setMargins(QMargins(4, 4, 4, 4));
  m_bars->setBackgroundRoundness(0);
  m_bars->legend()->setAlignment(Qt::AlignTop);
  auto* series = new QStackedBarSeries;
  series->setBarWidth(0.8);
  m_active = new QBarSet({});
  m_active->setColor(QColor(0, 114, 178));
  m_active->setBorderColor(QColor(0, 114, 178));
  m_inactive = new QBarSet({});
  m_inactive->setColor(QColor(230, 159, 0));
  m_inactive->setBorderColor(QColor(230, 159, 0));
  series->append(m_active);
  series->append(m_inactive);
  m_bars->addSeries(series);
  // The bars sit on a hidden category axis; a value axis over the same span
  // (dimension j at j + 1) carries readable ticks and the floor line.
  auto* categories = new QBarCategoryAxis;
  categories->setVisible(false);
  auto* x = makeValueAxis("%.0f");
  x->setTickType(QValueAxis::TicksDynamic);
  x->setTickAnchor(1);
  auto* y = makeValueAxis();
  m_bars->addAxis(categories, Qt::AlignBottom);
  m_bars->addAxis(x, Qt::AlignBottom);
  m_bars->addAxis(y, Qt::AlignLeft);
  series->attachAxis(categories);
  series->attachAxis(y);
  m_floor = new QLineSeries;
  QPen pen(QColor(0, 0, 0), 1.5, Qt::DashLine);
  pen.setCosmetic(true);
  m_floor->setPen(pen);
  m_bars->addSeries(m_floor);
  m_floor->attachAxis(x);
  m_floor->attachAxis(y);
  setTexts();
  clear();
}

void VaeCharts::setTexts() {
  setChartTitles(m_losses, tr("Held-out loss (nats per image)"), tr("epoch"), tr("nats"));
  m_elbo->setName(tr("−ELBO"));
  m_recon->setName(tr("recon"));
  m_train->setName(tr("train"));
  setChartTitles(m_kl, tr("KL term (held out)"), tr("epoch"), tr("nats"));
  m_klLine->setName(tr("KL(q(z|x) ‖ N(0, I))"));
  m_active->setLabel(tr("active"));
  m_inactive->setLabel(tr("inactive"));
  // The visible value axis, not the hidden category axis the bars sit on.
  m_bars->axes(Qt::Horizontal).last()->setTitleText(tr("latent dimension"));
  m_bars->axes(Qt::Vertical).first()->setTitleText(tr("KL (nats)"));
  m_floor->setName(tr("floor τ/2"));
}

VaeCharts::~VaeCharts() {
  delete m_losses;
  delete m_kl;
  delete m_bars;
}

void VaeCharts::clear() {
  for (auto* s : {m_elbo, m_recon, m_train, m_klLine, m_floor}) s->clear();
  m_active->remove(0, m_active->count());
  m_inactive->remove(0, m_inactive->count());
  m_bars->setTitle(tr("KL per latent dimension"));
}

void VaeCharts::update(const core::vae::VaeFrame& f, double tau) {
  auto curve = [](const std::vector<double>& v) {
    QList<QPointF> points;
    for (std::size_t e = 0; e < v.size(); ++e)
      if (std::isfinite(v[e])) points.append({double(e), v[e]});
    return points;
  };
  m_elbo->replace(curve(f.heldLoss));
  m_recon->replace(curve(f.heldRecon));
  // Index 0 of the training curve is the held-out value before training (no batch yet): not drawn.
  QList<QPointF> train = curve(f.trainLoss);
  if (!train.isEmpty()) train.removeFirst();
  m_train->replace(train);
  m_klLine->replace(curve(f.heldKl));
  fitAxes(m_losses);
  fitAxes(m_kl);
  for (QChart* chart : {m_losses, m_kl})
    if (auto* x = qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).value(0)))
      wholeTicks(x, 0, std::max(1, f.epochs));
  // KL is never negative: its axis starts at 0, not at fitAxes' margin below it.
  if (auto* y = qobject_cast<QValueAxis*>(m_kl->axes(Qt::Vertical).value(0)); y && y->min() < 0) {
    double top = 0;
    for (const QPointF& p : m_klLine->points()) top = std::max(top, p.y());
    setNiceRange(y, 0, top > 0 ? top : 1);
  }

  const auto& kl = f.latest.klPerDim;
  const int d = int(kl.size());
  QList<qreal> active, inactive;
  QStringList categories;
  double top = 0;
  for (int j = 0; j < d; ++j) {
    const double v = std::isfinite(kl[std::size_t(j)]) ? kl[std::size_t(j)] : 0.0;
    const bool on = v > core::vae::kActiveUnitKl;
    active.append(on ? v : 0.0);
    inactive.append(on ? 0.0 : v);
    categories << QString::number(j + 1);
    top = std::max(top, v);
  }
  if (m_active->count() == d) {
    for (int j = 0; j < d; ++j) m_active->replace(j, active[j]), m_inactive->replace(j, inactive[j]);
  } else {
    m_active->remove(0, m_active->count());
    m_inactive->remove(0, m_inactive->count());
    m_active->append(active);
    m_inactive->append(inactive);
  }
  for (auto* axis : m_bars->axes(Qt::Horizontal)) {
    if (auto* c = qobject_cast<QBarCategoryAxis*>(axis); c && c->categories() != categories)
      c->setCategories(categories);
    if (auto* v = qobject_cast<QValueAxis*>(axis)) wholeTicks(v, 0.5, d + 0.5);
  }
  if (tau > 0) {
    m_floor->replace({{0.5, tau / 2}, {d + 0.5, tau / 2}});
    top = std::max(top, tau / 2);
  } else {
    m_floor->clear();
  }
  for (auto* axis : m_bars->axes(Qt::Vertical))
    if (auto* v = qobject_cast<QValueAxis*>(axis)) setNiceRange(v, 0, top > 0 ? top * 1.1 : 1);
  m_floor->setVisible(tau > 0);
  showInLegend(m_bars, m_floor, tau > 0);
  m_bars->setTitle(tr("KL per dimension: %1 of %2 active").arg(f.latest.activeUnits).arg(d));
}

}  // namespace kx::widgets
