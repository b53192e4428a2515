#include "widgets/labs/diffusion/diffusion_likelihood.h"

#include <QScatterSeries>
#include <algorithm>

#include "widgets/charts/chart_support.h"

namespace kx::widgets {
namespace {

namespace dif = core::diffusion;

/// The batch's seed stream, apart from the sampler's and the forward view's.
constexpr std::uint64_t kSampleSeedOffset = 3000017;

}  // namespace

DiffusionLikelihood::DiffusionLikelihood(QObject* parent) : QObject(parent), m_chart(makeChart({}, {}, {})) {
  m_chart->setParent(this);
  retranslate();
  m_chart->legend()->hide();  // the tooltip and the axis titles say what is what
  connect(&m_samplesRunner, &JobRunner::frameReady, this, [this](const FramePtr& frame) {
    m_samples = std::dynamic_pointer_cast<const dif::LikelihoodFrame>(frame);
    updateChart();
    emit samplesChanged();
  });
  connect(&m_probeRunner, &JobRunner::frameReady, this, [this](const FramePtr& frame) {
    auto f = std::dynamic_pointer_cast<const dif::LikelihoodFrame>(frame);
    if (!f || f->samples.empty()) return;
    m_probe = f->samples.front();
    emit probed();
  });
  for (auto* runner : {&m_samplesRunner, &m_probeRunner})
    connect(runner, &JobRunner::finished, this, [this](const QString& failure) {
      if (!failure.isEmpty()) emit message(tr("Likelihood: %1").arg(failure));
    });
}

DiffusionLikelihood::~DiffusionLikelihood() {
  m_samplesRunner.cancel();
  m_probeRunner.cancel();
}

void DiffusionLikelihood::clear(bool forgetPoint) {
  m_samplesRunner.cancel();
  m_probeRunner.cancel();
  m_frame.reset();
  m_compared.reset();
  m_samples.reset();
  if (forgetPoint) m_probePoint.reset();
  m_probe.reset();
  updateChart();
}

void DiffusionLikelihood::onFrame(const std::shared_ptr<const dif::DiffusionFrame>& frame) {
  if (!frame || !frame->sampled || !frame->source) return;
  m_frame = frame;
  if (frame->source == m_compared) return;  // e.g. the forward slider moved
  m_compared = frame->source;
  m_samples.reset();
  updateChart();
  const auto x = core::mixture::sample(frame->target, kSamples, frame->params.seed + kSampleSeedOffset);
  std::vector<Eigen::Vector2d> points;
  for (Eigen::Index i = 0; i < x.rows(); ++i) points.emplace_back(x(i, 0), x(i, 1));
  m_samplesRunner.start(std::make_unique<dif::LikelihoodJob>(frame->source, dif::continuousSchedule(frame->params.sampler),
                                                             frame->target, std::move(points)));
  // A click made before this score existed is answered again with it.
  if (m_probePoint) probe(*m_probePoint);
}

void DiffusionLikelihood::probe(QPointF at) {
  m_probePoint = at;
  m_probe.reset();
  if (!m_frame) {
    emit message(tr("Likelihood: sample first, then click (the ODE needs the run's score)"));
    return;
  }
  m_probeRunner.start(
      std::make_unique<dif::LikelihoodJob>(m_frame->source, dif::continuousSchedule(m_frame->params.sampler), m_frame->target,
                                           std::vector<Eigen::Vector2d>{Eigen::Vector2d(at.x(), at.y())}));
}

QString DiffusionLikelihood::probeText() const {
  if (!m_probe) return {};
  return tr("log p(%1, %2): ODE %3 · exact %4")
      .arg(m_probe->x.x(), 0, 'f', 2)
      .arg(m_probe->x.y(), 0, 'f', 2)
      .arg(m_probe->ode, 0, 'f', 3)
      .arg(m_probe->exact, 0, 'f', 3);
}

void DiffusionLikelihood::retranslate() {
  setChartTitles(m_chart, {}, tr("exact log p(x)"), tr("ODE log p(x) (§3.6)"));
  updateChart();  // the title and the series' names
}

void DiffusionLikelihood::updateChart() {
  m_chart->removeAllSeries();
  const int done = m_samples ? int(m_samples->samples.size()) : 0;
  m_chart->setTitle(done < kSamples && m_compared
                        ? tr("Log-density: ODE against exact (%1 / %2 samples)").arg(done).arg(kSamples)
                        : tr("Log-density: ODE against exact"));
  if (!m_samples || m_samples->samples.empty()) return;
  // The diagonal first (drawn under the points): where every point would lie
  // if the ODE were exact.
  double lo = m_samples->samples.front().exact, hi = lo;
  for (const auto& s : m_samples->samples) lo = std::min({lo, s.exact, s.ode}), hi = std::max({hi, s.exact, s.ode});
  auto* diagonal = addLineSeries(m_chart, tr("ODE = exact"), QColor(150, 150, 150), 1.2, Qt::DashLine);
  diagonal->append(lo, lo);
  diagonal->append(hi, hi);
  auto* points = new QScatterSeries;
  points->setName(tr("target samples"));
  points->setColor(QColor(31, 119, 180));
  points->setBorderColor(QColor(31, 119, 180));
  points->setMarkerSize(6);
  for (const auto& s : m_samples->samples) points->append(s.exact, s.ode);
  m_chart->addSeries(points);
  for (auto* axis : m_chart->axes()) points->attachAxis(axis);
  fitAxes(m_chart);
}

}  // namespace kx::widgets
