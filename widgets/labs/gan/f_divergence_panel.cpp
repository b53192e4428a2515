#include "widgets/labs/gan/f_divergence_panel.h"

#include <QChartView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

#include "core/gan/gan_losses.h"
#include "widgets/charts/chart_support.h"
#include "widgets/lab/live_texts.h"
#include "widgets/labs/gan/gan_lab.h"
#include "widgets/panel/schema_text.h"

namespace kx::widgets {
namespace {

using core::gan::FDivergence;

// The ratios shown, u = p/q for f and r = q/p for d: 1/4 to 4, evenly in
// log so that u and 1/u are equally far from 1, with 1 itself a grid point.
constexpr int kHalf = 60;
double ratio(int k) { return std::pow(4.0, double(k) / kHalf); }

// core::gan::designedGans()' titles, listed for lupdate; the panel
// translates whatever the core's titles are.
[[maybe_unused]] const char* const kDesignedTitles[] = {
    QT_TRANSLATE_NOOP("kx::widgets::FDivergencePanel", "original GAN, t = log r"),
    QT_TRANSLATE_NOOP("kx::widgets::FDivergencePanel", "original GAN, t = r/(1 + r)"),
    QT_TRANSLATE_NOOP("kx::widgets::FDivergencePanel", "exponential, t = ½ log r"),
    QT_TRANSLATE_NOOP("kx::widgets::FDivergencePanel", "LSGAN, a = −1, b = 1")};

QString fganTitle(FDivergence kind) {
  return schemaText(core::gan::lossTitle({.kind = core::gan::LossKind::Fgan, .divergence = kind}));
}

QChartView* viewOf(QChart* chart, QWidget* parent) {
  auto* view = new QChartView(chart, parent);
  view->setRenderHint(QPainter::Antialiasing);
  view->setMinimumSize(240, 220);
  return view;
}

}  // namespace

FDivergencePanel::FDivergencePanel(GanLab* lab, QWidget* parent) : QWidget(parent), m_lab(lab) {
  m_box = new QComboBox(this);
  for (FDivergence kind : core::gan::kFDivergences) m_box->addItem(QString(), int(kind));
  m_fChart = makeChart({}, {}, {});
  m_f = addLineSeries(m_fChart, {}, QColor(0, 114, 178));
  m_gChart = makeChart({}, {}, {});
  m_g = addLineSeries(m_gChart, {}, QColor(213, 94, 0));
  m_dChart = makeChart({}, {}, {});
  const QColor colours[] = {QColor(0, 0, 0), QColor(230, 159, 0), QColor(0, 158, 115), QColor(204, 121, 167)};
  for (std::size_t k = 0; k < core::gan::designedGans().size(); ++k)
    // The second original-GAN parameterisation has the same d: dashed over the first.
    m_d.push_back(addLineSeries(m_dChart, {}, colours[k % 4], 2.0, k == 1 ? Qt::DashLine : Qt::SolidLine));
  // d's four names in rows above its chart: Qt's one-line legend elided them.
  for (QChart* chart : {m_fChart, m_gChart, m_dChart}) {
    chart->legend()->hide();
    // The curves are drawn before the panel (a hidden tab) is laid out: the
    // ticks follow the size the charts get (tickCountFor), once per change.
    connect(
        chart, &QChart::plotAreaChanged, this,
        [chart] {
          const auto counts = QPoint(tickCountFor(qobject_cast<QValueAxis*>(chart->axes(Qt::Horizontal).first())),
                                     tickCountFor(qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).first())));
          if (chart->property("kx_tickCounts").toPoint() == counts) return;
          chart->setProperty("kx_tickCounts", counts);
          fitAxes(chart);
        },
        Qt::QueuedConnection);
  }
  auto* dLegend = new QLabel(this);
  dLegend->setTextFormat(Qt::RichText);
  dLegend->setAlignment(Qt::AlignCenter);
  dLegend->setWordWrap(true);

  auto* note = new QLabel(this);
  note->setWordWrap(true);
  auto* boxLabel = new QLabel(this);
  auto* top = new QHBoxLayout;
  top->addWidget(boxLabel);
  top->addWidget(m_box);
  top->addStretch(1);
  auto* charts = new QHBoxLayout;
  charts->addWidget(viewOf(m_fChart, this));
  charts->addWidget(viewOf(m_gChart, this));
  auto* dColumn = new QVBoxLayout;
  dColumn->addWidget(dLegend);
  dColumn->addWidget(viewOf(m_dChart, this), 1);
  charts->addLayout(dColumn);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(top);
  layout->addLayout(charts, 1);
  layout->addWidget(note);

  liveTexts(this, [=, this] {
    boxLabel->setText(tr("Divergence"));
    m_box->setToolTip(tr("The f-GAN whose f and g are drawn; choosing an f-GAN loss in the lab picks it here"));
    for (int i = 0; i < m_box->count(); ++i) m_box->setItemText(i, fganTitle(FDivergence(m_box->itemData(i).toInt())));
    note->setText(
        tr("g is drawn over t = f′(u) for the u on the left: the critic's optimal values there, where "
           "f(u) = t·u − g(t) (docs/math.md §4.10). Right: the value d(r) of the critic's game at the "
           "density ratio r = q/p for the pairs of \"Designing GANs\", minimal at r = 1 (§4.11)."));
    setTexts();
    dLegend->setText(legendHtml(legendEntries(m_dChart)));
  });
  connect(m_box, &QComboBox::currentIndexChanged, this, &FDivergencePanel::plot);
  connect(lab, &Lab::valuesChanged, this, &FDivergencePanel::followLab);
  setDivergence(FDivergence::JensenShannon);  // the standard GAN's, up to constants (§4.10)
  followLab();
  plot();
}

void FDivergencePanel::setDivergence(FDivergence kind) { m_box->setCurrentIndex(m_box->findData(int(kind))); }

FDivergence FDivergencePanel::divergence() const { return FDivergence(m_box->currentData().toInt()); }

void FDivergencePanel::followLab() {
  const auto loss = core::gan::lossOfKey(int(m_lab->value("loss")));
  if (loss.kind == core::gan::LossKind::Fgan) setDivergence(loss.divergence);
}

void FDivergencePanel::plot() {
  const core::gan::ConjugatePair& pair = core::gan::conjugatePair(divergence());
  QList<QPointF> f, g;
  const double t0 = pair.fPrime(ratio(-kHalf)), t1 = pair.fPrime(ratio(kHalf));
  for (int k = -kHalf; k <= kHalf; ++k) {
    f.append({ratio(k), pair.f(ratio(k))});
    const double t = t0 + (t1 - t0) * (k + kHalf) / (2 * kHalf);
    g.append({t, pair.conjugate(t)});
  }
  m_f->replace(f);
  m_g->replace(g);
  const auto& designs = core::gan::designedGans();
  for (std::size_t i = 0; i < designs.size(); ++i) {
    QList<QPointF> d;
    for (int k = -kHalf; k <= kHalf; ++k) d.append({ratio(k), designs[i].d(ratio(k))});
    m_d[i]->replace(d);
  }
  for (QChart* chart : {m_fChart, m_gChart, m_dChart}) fitAxes(chart);
  setTexts();
}

void FDivergencePanel::setTexts() {
  setChartTitles(m_fChart, tr("f(u) of %1").arg(fganTitle(divergence())), tr("u = p/q"), tr("f(u)"));
  setChartTitles(m_gChart, tr("Its convex conjugate g(t)"), tr("t"), tr("g(t)"));
  setChartTitles(m_dChart, tr("Designing GANs: d(r)"), tr("r = q/p"), tr("d(r)"));
  const auto& designs = core::gan::designedGans();
  for (std::size_t i = 0; i < designs.size(); ++i) m_d[i]->setName(tr(designs[i].title.c_str()));
}

}  // namespace kx::widgets
