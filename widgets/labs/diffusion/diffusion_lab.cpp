#include "widgets/labs/diffusion/diffusion_lab.h"

#include <QJsonArray>
#include <QMetaObject>
#include <cmath>

#include "core/diffusion/diffusion_params.h"
#include "core/diffusion/tweedie.h"
#include "core/mixture/point_cloud.h"
#include "core/mixture/presets.h"
#include "widgets/charts/chart_support.h"
#include "widgets/cloud/cloud_json.h"
#include "widgets/labs/diffusion/diffusion_likelihood.h"
#include "widgets/labs/diffusion/diffusion_paced_job.h"
#include "widgets/labs/diffusion/diffusion_scene.h"
#include "widgets/labs/diffusion/diffusion_view.h"
#include "widgets/worker/request_thread.h"

namespace kx::widgets {
namespace {

namespace dif = core::diffusion;

const char* kAbout = QT_TRANSLATE_NOOP("kx::widgets::DiffusionLab", R"(
<h3>Diffusion models: DDPM, DDIM and the probability-flow ODE</h3>
<p>The <b>forward process</b> adds noise: x<sub>t</sub> = ᾱ<sub>t</sub> x<sub>0</sub> + β̄<sub>t</sub> ε with
ᾱ² + β̄² = 1 (Su's notation: ᾱ is the square root of Ho's). The targets are Gaussian mixtures, so the noised
density p<sub>t</sub> and its score ∇log p<sub>t</sub> are exact: the lab samples with the true score and shows
what each sampler does with it. Click on the left canvas to add your own mixture components, or turn on <b>Draw</b> and drag to draw a point cloud.</p>
<p><b>DDPM</b> (ancestral): x<sub>t−1</sub> = (x<sub>t</sub> − β<sub>t</sub>²/β̄<sub>t</sub> ε)/α<sub>t</sub> +
σ<sub>t</sub> z with σ<sub>t</sub> = β̄<sub>t−1</sub>β<sub>t</sub>/β̄<sub>t</sub> or β<sub>t</sub>.
<b>DDIM</b> keeps the marginals on any step subsequence; η = 0 is deterministic.
The <b>probability-flow ODE</b> dx/dt = −β(t)/2 (x + ∇log p<sub>t</sub>) moves the same marginals without noise
(Euler, Heun, RK4); the <b>reverse SDE</b> adds the noise back (Euler–Maruyama).</p>
<p>The right canvas shows the particles, a few trajectories, the score field at the current time (arrows) and,
for one particle, the denoised guess x̂<sub>0</sub> = (x<sub>t</sub> + β̄² ∇log p<sub>t</sub>)/ᾱ (Tweedie). The
charts give sliced Wasserstein distance and the fraction of high-quality samples against the number of score
evaluations, one curve per sampler: how few steps can you take?</p>
<p><b>Heat schedules and your own data.</b> The heat (variance-exploding) schedules keep the data and add noise
of growing width, x<sub>t</sub> = x<sub>0</sub> + σ(t) ε, and the probability-flow ODE becomes the heat equation's
dx/dt = −σσ′ ∇log p<sub>t</sub>. <b>Open point cloud…</b> makes the points of a CSV file the target: their noised
density is a mixture centred on the points, so the score is exact and the samplers return the points themselves
(the "memorised" share in the status line), where a learned network lands between them. Hover over the right
canvas for that point's x̂<sub>0</sub> at the current time.</p>
<p>Sources: <a href="https://kexue.fm/archives/9119">9119</a>, <a href="https://kexue.fm/archives/9164">9164</a>,
<a href="https://kexue.fm/archives/9181">9181</a>, <a href="https://kexue.fm/archives/9209">9209</a>,
<a href="https://kexue.fm/archives/9228">9228</a>, <a href="https://kexue.fm/archives/9280">9280</a>,
<a href="https://kexue.fm/archives/7038">7038</a>; docs/math.md §3.</p>
)");

/// The target choices after the presets: the user's components, then the cloud.
int customTarget() { return int(core::mixture::presets().size()); }
int cloudTarget() { return customTarget() + 1; }

const QColor kCurveColours[] = {QColor(31, 119, 180), QColor(255, 127, 14),  QColor(44, 160, 44),
                                QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75)};

}  // namespace

DiffusionLab::DiffusionLab(QObject* parent)
    : LabOf({"diffusion", tr("Diffusion"), kAbout, dif::diffusionSchema()}, parent),
      m_quality(makeChart({}, {}, {}, true)),
      m_coverage(makeChart({}, {}, {})),
      m_loss(makeChart({}, {}, {}, true)) {
  setChartTexts();
  m_likelihood = new DiffusionLikelihood(this);
  m_requests = new RequestThread("diffusion-hover", 1, this);
  connect(m_likelihood, &DiffusionLikelihood::message, this, &Lab::message);
  connect(m_likelihood, &DiffusionLikelihood::probed, this, [this] {
    rebuildScenes();
    emit displayed();
  });
  connect(m_likelihood, &DiffusionLikelihood::samplesChanged, this, &Lab::displayed);
  // Both charts draw the same six samplers: one shared legend row (the
  // view's label, the figure's row) instead of two elided ones.
  m_quality->legend()->hide();
  m_coverage->legend()->hide();
  m_quality->setParent(this);
  m_coverage->setParent(this);
  m_loss->setParent(this);
}

DiffusionLab::~DiffusionLab() {
  stopJob();
  delete m_likelihood;  // joins its workers while the lab is still whole
  delete m_requests;
}

core::mixture::GaussianMixture DiffusionLab::target() const {
  const auto& presets = core::mixture::presets();
  const int index = int(value("target"));
  if (index >= 0 && index < int(presets.size())) {
    auto m = core::mixture::makePreset(presets[std::size_t(index)].id);
    if (m) return *m;
  }
  if (index == cloudTarget()) return m_cloud.rows() ? core::mixture::pointCloudMixture(m_cloud) : core::mixture::GaussianMixture{};
  return {m_custom};
}

core::mixture::Points DiffusionLab::strokeBase() const {
  // Like the first clicked component, the first stroke on another target
  // starts afresh: a drawing on top of a preset draws a new cloud.
  return int(value("target")) == cloudTarget() ? m_cloud : core::mixture::Points(0, 2);
}

void DiffusionLab::clearCloud() {
  m_cloud.resize(0, 2);
  if (int(value("target")) == cloudTarget()) recompute();
}

void DiffusionLab::useCloud(core::mixture::Points cloud) {
  m_cloud = std::move(cloud);
  if (int(value("target")) != cloudTarget())
    setValue("target", double(cloudTarget()));
  else
    recompute();
}

void DiffusionLab::addComponent(QPointF at, double stddev) {
  // The first click starts from the current target, so users extend a preset
  // (a point cloud has no widths to extend: the custom target starts empty).
  if (int(value("target")) != customTarget()) {
    m_custom = int(value("target")) == cloudTarget() ? std::vector<core::mixture::Component>{} : target().components;
    for (auto& c : m_custom) c.weight = 1.0;
  }
  m_custom.push_back({Eigen::Vector2d(at.x(), at.y()), stddev, 1.0});
  if (int(value("target")) != customTarget())
    setValue("target", double(customTarget()));
  else
    recompute();
}

void DiffusionLab::clearComponents() {
  m_custom.clear();
  recompute();
}

std::unique_ptr<core::Job> DiffusionLab::makeJob() {
  const auto mixture = target();
  if (onlyForwardTimeMoved(mixture)) {
    // The forward slider: move the forward view of the same run and let the
    // sampler go on where it was (no new samples, no new sweep).
    m_runValues = values();
    return std::make_unique<PacedDiffusionJob>(m_run, control(), value("forward_t"));
  }
  auto job = mixture.components.empty()
                 ? core::Result<std::unique_ptr<dif::DiffusionJob>>(core::fail(
                       int(value("target")) == cloudTarget()
                           ? "no point cloud yet: open a CSV file of points (one x,y per line) or turn on Draw and "
                             "drag on the left canvas"
                           : "the custom target has no components yet: click on the left canvas to add some"))
                 : dif::DiffusionJob::create(values(), mixture);
  if (!job) {
    setFailure(QString::fromStdString(job.error()));
    m_run.reset();
    QMetaObject::invokeMethod(
        this, [this] { emit message(failure()); }, Qt::QueuedConnection);
    return std::make_unique<core::FailedJob>(job.error());
  }
  setFailure({});
  (*job)->setRecordAnimation(true);  // for exportAnimation
  ++m_runsStarted;
  m_likelihood->clear();  // the batch and the click are for the new run's score
  m_run = std::make_shared<DiffusionRun>(std::move(job).value());
  m_runValues = values();
  m_runTarget = mixture;
  return std::make_unique<PacedDiffusionJob>(m_run, control());
}

bool DiffusionLab::onlyForwardTimeMoved(const core::mixture::GaussianMixture& mixture) const {
  if (!m_run || m_run->failed) return false;
  core::ParamValues now = values(), then = m_runValues;
  if (now.at("forward_t") == then.at("forward_t")) return false;  // an explicit recompute: start again
  now.erase("forward_t");
  then.erase("forward_t");
  if (now != then || mixture.components.size() != m_runTarget.components.size()) return false;
  for (std::size_t k = 0; k < mixture.components.size(); ++k) {
    const auto &a = mixture.components[k], &b = m_runTarget.components[k];
    if (a.mean != b.mean || a.stddev != b.stddev || a.weight != b.weight) return false;
  }
  return true;
}

void DiffusionLab::show(std::shared_ptr<const dif::DiffusionFrame> f) {
  m_frame = f;
  m_likelihood->onFrame(f);
  if (m_hover) probeTweedie(*m_hover);  // the new frame's time
  rebuildScenes();
  updateCharts();
  emit displayed();
}

void DiffusionLab::setChartTexts() {
  setChartTitles(m_quality, tr("Distance to the target"), tr("log₂ score evaluations"), tr("sliced W₁"));
  setChartTitles(m_coverage, tr("High-quality samples"), tr("log₂ score evaluations"), tr("share within 3 sd"));
  setChartTitles(m_loss, tr("Learned score: DSM loss"), tr("training step"), tr("loss (mean of 20)"));
}

void DiffusionLab::retranslateFigures() {
  setChartTexts();
  m_likelihood->retranslate();
  rebuildScenes();
  updateCharts();  // the series are named as they are made
  Lab::retranslateFigures();
}

void DiffusionLab::rebuildScenes() {
  if (!m_frame) return;
  m_forward = std::make_shared<const PlotScene>(forwardScene(*m_frame));
  PlotScene sampling = samplingScene(*m_frame);
  if (auto at = m_likelihood->probePoint())
    sampling.markers.push_back({.position = *at,
                                .label = m_likelihood->probeResult() ? tr("log p") : tr("log p …"),
                                .color = QColor(255, 255, 255),
                                .shape = Marker::Shape::Square,
                                .filled = false});
  if (m_hoverEstimate)
    addTweedie(sampling, m_hoverEstimate->first, m_hoverEstimate->second, QColor(120, 220, 255), tr("hover"),
               QStringLiteral("x̂₀"));
  m_sampling = std::make_shared<const PlotScene>(std::move(sampling));
}

void DiffusionLab::probeTweedie(QPointF at) {
  m_hover = at;
  if (!m_frame || !m_frame->source) return;
  const Eigen::Vector2f x(float(at.x()), float(at.y()));
  m_requests->request(0, [this, x, source = m_frame->source, level = m_frame->level](const core::CancelToken&) {
    const Eigen::Vector2f hat = dif::tweedieMean(*source, level, x);
    return std::function<void()>([this, x, hat] {
      if (!m_hover) return;  // cleared meanwhile
      m_hoverEstimate = std::make_pair(x, hat);
      rebuildScenes();
      emit displayed();
    });
  });
}

void DiffusionLab::clearHover() {
  m_hover.reset();
  m_hoverEstimate.reset();
  m_requests->drop(0);
  rebuildScenes();
  emit displayed();
}

bool DiffusionLab::hoverPending() const { return m_requests->pending(0); }

void DiffusionLab::probeLikelihood(QPointF at) {
  m_likelihood->probe(at);
  rebuildScenes();
  emit displayed();
}

void DiffusionLab::updateCharts() {
  m_quality->removeAllSeries();
  m_coverage->removeAllSeries();
  m_loss->removeAllSeries();
  // A point cloud's coverage is the share of samples that copy a training point (docs/math.md §3.10).
  const bool cloud = m_frame && core::mixture::isPointCloud(m_frame->target);
  m_coverage->setTitle(cloud ? tr("Memorised samples") : tr("High-quality samples"));
  for (auto* axis : m_coverage->axes(Qt::Vertical))
    axis->setTitleText(cloud ? tr("within %1 of a point").arg(dif::kMemorisedRadius) : tr("share within 3 sd"));
  if (m_frame && m_frame->losses && !m_frame->losses->empty()) {
    // Means of 20 steps: one point per training chunk, the batch noise averaged.
    auto* series = addLineSeries(m_loss, tr("ε-network"), QColor(31, 119, 180));
    const auto& l = *m_frame->losses;
    for (std::size_t i = 0; i + 20 <= l.size(); i += 20) {
      double sum = 0;
      for (std::size_t j = i; j < i + 20; ++j) sum += l[j];
      series->append(double(i + 20), sum / 20);
    }
    fitAxes(m_loss);
  }
  if (m_frame && m_frame->curves) {
    std::size_t k = 0;
    for (const auto& c : *m_frame->curves) {
      const QColor colour = kCurveColours[k++ % std::size(kCurveColours)];
      auto* sw = addLineSeries(m_quality, QString::fromStdString(c.sampler), colour);
      auto* hq = addLineSeries(m_coverage, QString::fromStdString(c.sampler), colour);
      for (std::size_t i = 0; i < c.evaluations.size(); ++i) {
        sw->append(std::log2(c.evaluations[i]), std::max(c.sw1[i], 1e-4));
        hq->append(std::log2(c.evaluations[i]), c.highQuality[i]);
      }
    }
    fitAxes(m_quality);  // its log axis of distances
  }
  // A fraction: always the whole [0, 1] range, so runs compare at a glance;
  // the step counts 4 … 256 always at their whole log₂ ticks.
  const auto valueAxis = [](QChart* chart, Qt::Orientation side) {
    return qobject_cast<QValueAxis*>(chart->axes(side).first());
  };
  setAxisTicks(valueAxis(m_coverage, Qt::Vertical), 0.0, 1.0, 0.25);
  for (QChart* chart : {m_quality, m_coverage}) setAxisTicks(valueAxis(chart, Qt::Horizontal), 1.5, 8.5, 1.0);
}

void DiffusionLab::resetState() {
  m_custom.clear();
  m_cloud.resize(0, 2);
  m_likelihood->clear(true);
  m_run.reset();  // Reset starts a new run even where only forward_t differs
}

QJsonObject DiffusionLab::saveState() const {
  QJsonArray components;
  for (const auto& c : m_custom) components.append(QJsonArray{c.mean.x(), c.mean.y(), c.stddev, c.weight});
  return {{"components", components}, {"cloud", cloudToJson(m_cloud)}};
}

core::Status DiffusionLab::restoreState(const QJsonObject& state) {
  std::vector<core::mixture::Component> parsed;
  for (const auto& item : state.value("components").toArray()) {
    const QJsonArray a = item.toArray();
    if (a.size() != 4) return core::fail("each custom component is [x, y, stddev, weight]");
    parsed.push_back({Eigen::Vector2d(a[0].toDouble(), a[1].toDouble()), a[2].toDouble(), a[3].toDouble()});
  }
  if (!parsed.empty())
    if (auto status = core::mixture::validate({parsed}); !status)
      return core::fail("custom components: " + status.error());
  auto cloud = cloudFromJson(state.value("cloud").toArray());
  if (!cloud) return core::fail(cloud.error());
  m_custom = std::move(parsed);
  m_cloud = std::move(cloud).value();
  recompute();
  return core::Ok{};
}

QWidget* DiffusionLab::createView(QWidget* parent) {
  setFramesPerSecond(30);
  return new DiffusionView(this, parent);
}

std::unique_ptr<Lab> makeDiffusionLab() { return std::make_unique<DiffusionLab>(); }

}  // namespace kx::widgets
