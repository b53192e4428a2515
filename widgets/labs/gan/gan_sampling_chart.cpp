#include "widgets/labs/gan/gan_sampling_chart.h"

#include <cmath>

#include "widgets/charts/chart_support.h"

namespace kx::widgets {
namespace {

// The colours of the lab's quality chart, so a measure looks alike in both.
const QColor kSw1(40, 40, 40), kModes(30, 150, 80), kHq(200, 120, 20), kAcceptance(150, 60, 200);

}  // namespace

GanSamplingChart::GanSamplingChart() : m_chart(makeChart({}, {}, {})) {
  m_sw1 = addLineSeries(m_chart, {}, kSw1);
  m_modes = addLineSeries(m_chart, {}, kModes);
  m_hq = addLineSeries(m_chart, {}, kHq);
  m_acceptance = addLineSeries(m_chart, {}, kAcceptance);
  m_generatorSw1 = addLineSeries(m_chart, {}, kSw1, 1.5, Qt::DashLine);
  m_generatorModes = addLineSeries(m_chart, {}, kModes, 1.5, Qt::DashLine);
  // The dashed lines are explained by the axis title (show() keeps them out of
  // the legend): four entries fit the legend's row.
  setTexts();
}

GanSamplingChart::~GanSamplingChart() { delete m_chart; }

void GanSamplingChart::setTexts() {
  // Short texts: the chart shares a row with the quality chart. The step label
  // beside the landscape gives MALA's acceptance rate in full.
  const QString title = m_targetModes > 0 ? tr("Particles: %1 of %2 modes, sliced W1 %3")
                                                .arg(m_shownModes)
                                                .arg(m_targetModes)
                                                .arg(m_shownSw1, 0, 'f', 3)
                                          : tr("Particles: sliced W1 %1").arg(m_shownSw1, 0, 'f', 3);
  setChartTitles(m_chart, title, tr("Langevin step (dashed: G's samples)"), tr("value"));
  m_sw1->setName(tr("sliced W1"));
  m_modes->setName(tr("modes"));
  m_hq->setName(tr("HQ"));
  m_acceptance->setName(tr("accepted"));
  m_generatorSw1->setName(tr("G: sliced W1"));
  m_generatorModes->setName(tr("G: modes"));
}

void GanSamplingChart::show(const core::gan::GanFrame& frame) {
  for (QLineSeries* s : {m_sw1, m_modes, m_hq, m_acceptance, m_generatorSw1, m_generatorModes}) s->clear();
  if (!frame.sampling) return;
  // A Langevin run's history is at most kSamplingFrames (or, in slow motion,
  // its steps) long: replacing the series whole costs little.
  const auto& p = *frame.sampling;
  const auto& h = p.history;
  const bool modes = frame.targetModes > 0;
  const double n = std::max(1, frame.targetModes);
  QList<QPointF> sw1, modeShare, hq, acceptance;
  for (std::size_t i = 0; i < h.step.size(); ++i) {
    if (std::isfinite(h.sw1[i])) sw1.append({h.step[i], h.sw1[i]});
    modeShare.append({h.step[i], h.modes[i] / n});
    hq.append({h.step[i], h.hq[i]});
    if (std::isfinite(h.acceptance[i])) acceptance.append({h.step[i], h.acceptance[i]});
  }
  const double last = std::max(1.0, double(p.spec.steps));
  m_sw1->replace(sw1);
  m_modes->replace(modeShare);
  m_hq->replace(hq);
  m_acceptance->replace(acceptance);
  m_generatorSw1->replace({{0, frame.sw1}, {last, frame.sw1}});
  m_generatorModes->replace({{0, frame.modes / n}, {last, frame.modes / n}});
  m_modes->setVisible(modes);
  m_hq->setVisible(modes);
  m_generatorModes->setVisible(modes);
  m_acceptance->setVisible(p.spec.mode == core::gan::LangevinMode::Mala);
  // Showing a series shows its legend marker again.
  showInLegend(m_chart, m_generatorSw1, false);
  showInLegend(m_chart, m_generatorModes, false);
  for (QLineSeries* s : {m_sw1, m_modes, m_hq, m_acceptance})
    s->setPointsVisible(s->count() < 2);  // a lone point draws no line
  m_shownModes = p.modes;
  m_targetModes = frame.targetModes;
  m_shownSw1 = p.sw1;
  setTexts();
  fitAxes(m_chart);
}

}  // namespace kx::widgets
