#include "widgets/labs/gan/gan_lab.h"

#include <QJsonArray>
#include <QMetaObject>
#include <QTextStream>
#include <QValueAxis>
#include <cmath>

#include "core/mixture/point_cloud.h"
#include "core/mixture/presets.h"
#include "widgets/canvas/axis_ticks.h"
#include "widgets/canvas/figure_export.h"
#include "widgets/canvas/plot_layout.h"
#include "widgets/charts/chart_support.h"
#include "widgets/cloud/cloud_json.h"
#include "widgets/labs/gan/gan_scene.h"
#include "widgets/labs/gan/gan_view.h"
#include "widgets/labs/gan/gan_weights_io.h"

namespace kx::widgets {
namespace {

constexpr int kMaxDrawn = 64;
// Scenes kept for the animation export (~50 kB each): a default run
// publishes 201 frames; slow motion keeps the most recent ones.
constexpr std::size_t kMaxRecorded = 2000;
constexpr double kDrawnStddev = 0.1;  // the ring's own spread (docs/benchmarks.md W3)

const char* kAbout = QT_TRANSLATE_NOOP("kx::widgets::GanLab", R"(
<h3>GANs as energy: dig pits, then jump in</h3>
<p>The discriminator D is read as an <b>energy landscape</b> U = −D over the plane (heatmap and contours). Its update
<i>digs pits</i> where the real samples (blue) sit and raises the ground under the generated ones (red); the
generator's update lets its samples <i>roll downhill</i> into the pits — the arrows show where the generator's
loss pushes each sample. The orange mesh is the generator's manifold: the image G(z) of a grid in noise space.</p>
<p>Losses (docs/math.md §4): the standard non-saturating GAN; <b>RSGAN</b>, −log σ(D(x<sub>r</sub>) − D(x<sub>f</sub>));
<b>GAN-QP</b>, whose critic maximises Δ − Δ²/(2λd(x<sub>r</sub>, x<sub>f</sub>)) with Δ = D(x<sub>r</sub>) − D(x<sub>f</sub>)
and whose generator minimises Δ; <b>WGAN-GP</b> with the penalty λ(|∇D| − 1)² at interpolates; and the
<b>hinge</b> loss max(0, 1 + U) on reals, max(0, 1 − U) on fakes.</p>
<p><b>The energy GAN</b> of the essays (§4.9, §4.13): the critic minimises E<sub>p</sub>[U] − E<sub>q</sub>[U] +
λ E<sub>p</sub>‖∇<sub>x</sub>U‖², a penalty centred on zero and taken at the <i>real</i> samples, so the pits are flat
at the bottom; the generator minimises E<sub>z</sub>[U(G(z))] + λ₂ E<sub>z</sub>‖z − E(G(z))‖², whose second term
(through an encoder E trained with G) keeps the samples' entropy up: λ₂ = 0 is the plain generator that only jumps
into the pits. <b>EBGAN</b> keeps the fakes' energy above a margin m, E<sub>p</sub>[U] + E<sub>q</sub>[max(0, m − U)];
<b>LSGAN</b> is the least-squares pair of "Designing GANs" (§4.11); the <b>f-GANs</b> (§4.10) pass the critic T
through an output activation and maximise E<sub>p</sub>[T] − E<sub>q</sub>[g(T)], g the convex conjugate of f: total
variation, KL, reverse KL, Pearson and Neyman χ², squared Hellinger, Jensen–Shannon.</p>
<p>Run trains on a worker thread; <b>Step D</b> and <b>Step G</b> update one network once, so the digging and the
jumping can be watched apart; slow motion shows every step; Restart returns to the same initial weights.
Training that diverges (NaN or exploding losses) stops and says so. Shift-click the plane to draw your own data
(a small Gaussian at each point), or use a point cloud as the data: <b>Open point cloud…</b> reads a CSV file
of x,y lines, and <b>Draw</b> sprays points with the mouse; the real batches are then drawn from your points.</p>
<p>Sources: <a href="https://kexue.fm/archives/6316">kexue.fm/archives/6316</a>, 6331 (energy view),
<a href="https://kexue.fm/archives/6163">6163</a> (GAN-QP), <a href="https://kexue.fm/archives/6110">6110</a> (RSGAN),
<a href="https://kexue.fm/archives/6016">6016</a> (f-GAN), <a href="https://kexue.fm/archives/7210">7210</a> (Designing GANs).</p>
)");

// At most this many landscapes a second reach the GUI thread (docs/benchmarks.md
// W7): drawing one on a software rasteriser (llvmpipe) takes 10–30 ms, and
// slow motion publishes a frame after every generator step.
constexpr int kFrameIntervalMs = 40;

/// The x axis of a chart over the whole run, [0, total steps], from the first
/// frame on: the curves grow into it instead of the axis jumping every frame.
void setStepRange(QChart* chart, double steps) {
  const auto horizontal = chart->axes(Qt::Horizontal);
  auto* x = horizontal.isEmpty() ? nullptr : qobject_cast<QValueAxis*>(horizontal.first());
  if (!x) return;
  // Exactly [0, steps], ticks at round steps, through the shared helper: it
  // switches to fixed ticks while the range changes (dynamic ticks at an old
  // interval hung Qt Charts 6.4 when a diverged run's frame arrived).
  steps = std::max(1.0, steps);
  setAxisTicks(x, 0, steps, niceTicks(0, steps, tickCountFor(x)).step);
}

}  // namespace

GanLab::GanLab(QObject* parent)
    : LabOf({"gan", tr("GAN energy"), kAbout, core::gan::ganSchema()}, parent) {
  m_lossChart = makeChart({}, {}, {});
  m_dLoss = addLineSeries(m_lossChart, {}, QColor(40, 110, 200));
  m_gLoss = addLineSeries(m_lossChart, {}, QColor(210, 60, 60));
  m_qualityChart = makeChart({}, {}, {});
  m_sw1 = addLineSeries(m_qualityChart, {}, QColor(40, 40, 40));
  m_modes = addLineSeries(m_qualityChart, {}, QColor(30, 150, 80));
  m_hq = addLineSeries(m_qualityChart, {}, QColor(200, 120, 20));
  setChartTexts();
  runner().setFrameInterval(kFrameIntervalMs);
  // Lab::applyValues emits valuesChanged just before it restarts the job.
  connect(this, &Lab::valuesChanged, this, &GanLab::showFirstFrame, Qt::QueuedConnection);
}

void GanLab::setChartTexts() {
  setChartTitles(m_lossChart, tr("Losses"), tr("generator step"), tr("loss"));
  m_dLoss->setName(tr("discriminator"));
  m_gLoss->setName(tr("generator"));
  setChartTitles(m_qualityChart, tr("Sample quality"), tr("generator step"), tr("value"));
  m_sw1->setName(tr("sliced W1"));
  m_modes->setName(tr("modes / all"));
  m_hq->setName(tr("HQ fraction"));
}

void GanLab::retranslateFigures() {
  setChartTexts();
  m_samplingChart.setTexts();
  if (m_frame) {
    m_scene = std::make_shared<const PlotScene>(ganScene(*m_frame));
    updateCharts();  // the titles that depend on the frame
  }
  Lab::retranslateFigures();
}

void GanLab::showFirstFrame() {
  // A paused job runs nothing: one chunk builds the networks and draws step 0,
  // so the landscape is there before the user presses Run.
  if (!running() && !hasFrame()) runner().step();
}

void GanLab::restartJob() {
  m_trained.reset();  // new data or weights: train again
  recompute();
  showFirstFrame();
}

GanLab::~GanLab() {
  stopJob();
  delete m_lossChart;
  delete m_qualityChart;
}

void GanLab::resetState() {
  m_drawn.clear();
  m_cloud.resize(0, 2);
  m_start.reset();
  m_trained.reset();
  m_slow = false;
  control()->frameEvery = 0;
}

core::mixture::GaussianMixture GanLab::target() const {
  if (m_cloud.rows()) return core::mixture::pointCloudMixture(m_cloud);
  if (!m_drawn.empty()) {
    core::mixture::GaussianMixture m;
    for (const auto& p : m_drawn) m.components.push_back({p, kDrawnStddev, 1.0});
    return m;
  }
  const auto& presets = core::mixture::presets();
  const int index = std::clamp(int(value("data")), 0, int(presets.size()) - 1);
  auto preset = core::mixture::makePreset(presets[std::size_t(index)].id);
  return preset ? *preset : core::mixture::ring8();
}

std::unique_ptr<core::Job> GanLab::makeJob() {
  auto params = core::gan::ganParamsFrom(values());
  // values() passed the schema already; only a programming error gets here.
  if (!params) return std::make_unique<core::FailedJob>(params.error());
  control()->request = 0;
  const bool resample = m_trained && core::gan::sameTraining(m_trainedValues, values());
  return std::make_unique<core::gan::GanJob>(*params, target(), control(), m_start,
                                             resample ? m_trained : nullptr);
}

void GanLab::show(std::shared_ptr<const core::gan::GanFrame> frame) {
  m_frame = std::move(frame);
  if (!m_frame->sampling && m_frame->failure.empty() && m_frame->generatorSteps >= long(jobValues().at("steps"))) {
    m_trained = m_frame;
    m_trainedValues = jobValues();
  }
  // The worker built the geometry (GanFrame::landscape): this only copies it.
  m_scene = std::make_shared<const PlotScene>(ganScene(*m_frame));
  if (m_frame->run != m_shownRun) {  // a new run: new recording, new curves
    m_shownRun = m_frame->run;
    m_history.clear();
    clearCharts();
  }
  if (m_history.size() >= kMaxRecorded) m_history.erase(m_history.begin());
  m_history.push_back({m_scene, ganTitleOf(*m_frame)});
  updateCharts();
  m_samplingChart.show(*m_frame);
  emit displayed();
  setFailure(QString::fromStdString(m_frame->failure));
}

void GanLab::clearCharts() {
  for (QLineSeries* series : {m_dLoss, m_gLoss, m_sw1, m_modes, m_hq}) series->clear();
  m_lossShown = m_qualityShown = 0;
}

void GanLab::updateCharts() {
  // The histories only grow within a run: append what is new rather than
  // rebuilding every series (Qt Charts re-lays out a replaced series whole).
  const auto& h = m_frame->history;
  if (h.step.size() < m_lossShown || h.qualityStep.size() < m_qualityShown) clearCharts();
  QList<QPointF> d, g, sw1, modes, hq;
  for (std::size_t i = m_lossShown; i < h.step.size(); ++i) {
    if (std::isfinite(h.dLoss[i])) d.append({h.step[i], h.dLoss[i]});
    if (std::isfinite(h.gLoss[i])) g.append({h.step[i], h.gLoss[i]});
  }
  const double n = std::max(1, m_frame->targetModes);
  const bool cloud = m_frame->targetModes == 0;  // no modes to count (GanFrame)
  m_modes->setVisible(!cloud);
  m_hq->setVisible(!cloud);
  for (std::size_t i = m_qualityShown; i < h.qualityStep.size(); ++i) {
    if (std::isfinite(h.sw1[i])) sw1.append({h.qualityStep[i], h.sw1[i]});
    modes.append({h.qualityStep[i], h.modes[i] / n});
    hq.append({h.qualityStep[i], h.hq[i]});
  }
  m_lossShown = h.step.size();
  m_qualityShown = h.qualityStep.size();
  const std::pair<QLineSeries*, const QList<QPointF>*> added[] = {
      {m_dLoss, &d}, {m_gLoss, &g}, {m_sw1, &sw1}, {m_modes, &modes}, {m_hq, &hq}};
  for (auto [series, points] : added) {
    if (!points->isEmpty()) series->append(*points);
    // A lone point draws no line: show the points until there is one.
    series->setPointsVisible(series->count() < 2);
  }
  fitAxes(m_lossChart);
  fitAxes(m_qualityChart);
  const double steps = jobValues().count("steps") ? jobValues().at("steps") : value("steps");
  setStepRange(m_lossChart, steps);
  // The losses are averages over the steps between frames: none at step 0.
  const int every = control()->frameSpacing(
      int(jobValues().count("frame_every") ? jobValues().at("frame_every") : value("frame_every")));
  m_lossChart->setTitle(h.step.empty() ? tr("Losses (the first average comes at step %1)").arg(every) : tr("Losses"));
  setStepRange(m_qualityChart, steps);
  m_qualityChart->setTitle(cloud ? tr("Point cloud: sliced W1 %1").arg(m_frame->sw1, 0, 'f', 3)
                                 : tr("Sample quality: %1 of %2 modes, sliced W1 %3")
                                       .arg(m_frame->modes)
                                       .arg(m_frame->targetModes)
                                       .arg(m_frame->sw1, 0, 'f', 3));
}

QWidget* GanLab::createView(QWidget* parent) {
  if (!hasFrame() && !runner().busy()) restartJob();
  return new GanView(this, parent);
}

void GanLab::stepDiscriminator() {
  control()->request = int(core::gan::SingleStep::Discriminator);
  step();
}

void GanLab::stepGenerator() {
  control()->request = int(core::gan::SingleStep::Generator);
  step();
}

void GanLab::setSlowMotion(bool on) {
  m_slow = on;
  control()->frameEvery = on ? 1 : 0;
}

void GanLab::restart() {
  setFailure({});
  restartJob();
}

void GanLab::releaseParticlesAt(const Eigen::Vector2d& x) {
  auto changed = values();
  changed["langevin_start"] = int(core::gan::ParticleStart::Point);
  changed["langevin_x"] = x.x();
  changed["langevin_y"] = x.y();
  changed["langevin_space"] = int(core::gan::SamplingSpace::Data);  // a point of the plane starts in the plane
  if (changed["langevin"] == int(core::gan::LangevinMode::Off)) changed["langevin"] = int(core::gan::LangevinMode::Mala);
  if (auto status = setValues(changed, [] { return GanLab::tr("Release particles"); });
      !status)
    emit message(QString::fromStdString(status.error()));
}

void GanLab::addDataPoint(const Eigen::Vector2d& x) {
  if (m_cloud.rows()) {
    emit message(tr("The point cloud is the data: clear its points first to draw Gaussian points."));
    return;
  }
  if (int(m_drawn.size()) >= kMaxDrawn) {
    emit message(tr("At most %1 drawn points; the oldest was removed.").arg(kMaxDrawn));
    m_drawn.erase(m_drawn.begin());
  }
  m_drawn.push_back(x);
  restartJob();
}

void GanLab::clearDrawnData() {
  if (m_drawn.empty()) return;
  m_drawn.clear();
  restartJob();
}

void GanLab::useCloud(core::mixture::Points cloud) {
  m_cloud = std::move(cloud);
  m_drawn.clear();  // one kind of user data at a time
  restartJob();
}

void GanLab::clearCloud() {
  if (!m_cloud.rows()) return;
  m_cloud.resize(0, 2);
  restartJob();
}

QJsonObject GanLab::saveState() const {
  QJsonArray drawn;
  for (const auto& p : m_drawn) drawn.append(QJsonArray{p.x(), p.y()});
  QJsonObject state{{"drawn", drawn}, {"cloud", cloudToJson(m_cloud)}};
  if (m_frame && m_frame->weights) {
    if (auto weights = weightsToJson(*m_frame->weights, values())) state.insert("weights", *weights);
  }
  return state;
}

core::Status GanLab::restoreState(const QJsonObject& state) {
  std::vector<Eigen::Vector2d> drawn;
  for (const auto& v : state.value("drawn").toArray()) {
    const QJsonArray a = v.toArray();
    if (a.size() != 2 || !a[0].isDouble() || !a[1].isDouble() || !std::isfinite(a[0].toDouble()) ||
        !std::isfinite(a[1].toDouble()))
      return core::fail(tr("each of state.drawn must be [x, y] with finite numbers").toStdString());
    drawn.push_back({a[0].toDouble(), a[1].toDouble()});
  }
  if (int(drawn.size()) > kMaxDrawn)
    return core::fail(tr("state.drawn holds more than %1 points").arg(kMaxDrawn).toStdString());
  auto cloud = cloudFromJson(state.value("cloud").toArray());
  if (!cloud) return core::fail(tr("state.cloud: %1").arg(QString::fromStdString(cloud.error())).toStdString());
  std::shared_ptr<const core::gan::GanWeights> start;
  if (state.contains("weights")) {
    auto weights = weightsFromJson(state.value("weights").toObject());
    if (!weights) return core::fail(tr("state.weights: %1").arg(QString::fromStdString(weights.error())).toStdString());
    start = std::make_shared<const core::gan::GanWeights>(std::move(*weights));
  }
  m_drawn = std::move(drawn);
  m_cloud = std::move(cloud).value();
  m_start = std::move(start);
  restartJob();
  return core::Ok{};
}

void GanLab::paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const {
  painter.fillRect(rect, Qt::white);
  if (!m_scene) return;
  // The landscape on the left, the two charts stacked on the right.
  const double side = std::min(rect.width() * 0.6, rect.height());
  PlotScene scene = *m_scene;
  if (m_frame) scene.title = ganSceneTitle(ganTitleOf(*m_frame), true);  // a figure carries its step
  paintSceneFigure(painter, QRectF(rect.topLeft(), QSizeF(side, rect.height())), scene, pixelRatio);
  const double x = rect.left() + side, w = rect.width() - side, h = rect.height() / 2;
  // While sampling, the particles' chart replaces the losses: how the energy
  // was trained is told by the quality chart below it.
  const bool sampling = m_frame && m_frame->sampling;
  paintChart(painter, sampling ? samplingChart() : m_lossChart, QRectF(x, rect.top(), w, h));
  paintChart(painter, m_qualityChart, QRectF(x, rect.top() + h, w, h));
}

core::Result<Animation> GanLab::animation() const {
  if (m_history.empty()) return core::fail(tr("no frames yet: run the training first").toStdString());
  // The landscapes shown since the last restart, each titled with its step.
  Animation animation{"gan-frame", int(m_history.size()), false, {}};
  animation.frameAt = [history = std::make_shared<const std::vector<Recorded>>(m_history)](double progress) {
    const Recorded& frame = (*history)[std::size_t(frameIndexAt(progress, int(history->size())))];
    auto scene = std::make_shared<PlotScene>(*frame.scene);
    scene->title = ganSceneTitle(frame.title, true);
    // Equal units on both axes, so a 16:9 video keeps the plane's circles round
    // (the landscape, computed on its square, leaves the widened sides blank).
    return FramePainter([scene](QPainter& painter, const QRectF& rect) {
      paintSceneFigure(painter, rect, withEqualAspect(*scene, rect), 1.0);
    });
  };
  return animation;
}

QString GanLab::csvData() const {
  QString out;
  QTextStream csv(&out);
  csv.setRealNumberPrecision(8);
  csv << "kind,index,step,x,y,value\n";
  if (!m_frame) return out;
  const auto& f = *m_frame;
  for (Eigen::Index i = 0; i < f.real.rows(); ++i)
    csv << "real," << i << ",," << f.real(i, 0) << ',' << f.real(i, 1) << ",\n";
  for (Eigen::Index i = 0; i < f.fake.rows(); ++i)
    csv << "generated," << i << ",," << f.fake(i, 0) << ',' << f.fake(i, 1) << ',' << f.push.row(i).norm() << '\n';
  for (int r = 0; r < f.gridSize; ++r)
    for (int c = 0; c < f.gridSize; ++c)
      csv << "critic," << r * f.gridSize + c << ",," << f.window.xMin + f.window.width() * (c + 0.5) / f.gridSize << ','
          << f.window.yMin + f.window.height() * (r + 0.5) / f.gridSize << ','
          << f.critic[std::size_t(r * f.gridSize + c)] << '\n';
  const auto& h = f.history;
  for (std::size_t i = 0; i < h.step.size(); ++i)
    csv << "loss," << i << ',' << h.step[i] << ',' << h.dLoss[i] << ',' << h.gLoss[i] << ",\n";
  for (std::size_t i = 0; i < h.qualityStep.size(); ++i)
    csv << "quality," << i << ',' << h.qualityStep[i] << ',' << h.sw1[i] << ',' << h.modes[i] << ',' << h.hq[i] << '\n';
  if (!f.sampling) return out;
  // The Langevin particles at their step; their quality over the run laid
  // out as the generator's ("quality") rows; the acceptance rate since the
  // previous record.
  const auto& p = *f.sampling;
  for (Eigen::Index i = 0; i < p.particles.rows(); ++i)
    csv << "particle," << i << ',' << p.step << ',' << p.particles(i, 0) << ',' << p.particles(i, 1) << ",\n";
  const auto& sh = p.history;
  for (std::size_t i = 0; i < sh.step.size(); ++i)
    csv << "sampling," << i << ',' << sh.step[i] << ',' << sh.sw1[i] << ',' << sh.modes[i] << ',' << sh.hq[i] << '\n';
  for (std::size_t i = 0; i < sh.step.size(); ++i)
    csv << "acceptance," << i << ',' << sh.step[i] << ",,," << sh.acceptance[i] << '\n';
  return out;
}

std::unique_ptr<Lab> makeGanLab() { return std::make_unique<GanLab>(); }

}  // namespace kx::widgets
