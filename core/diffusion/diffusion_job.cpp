#include "core/diffusion/diffusion_job.h"

#include <algorithm>
#include <cmath>

#include "core/diffusion/mixture_score.h"
#include "core/diffusion/tweedie.h"
#include "core/mixture/point_cloud.h"
#include "core/mixture/presets.h"
#include "core/mixture/sample_quality.h"
#include "core/util/threads.h"

namespace kx::core::diffusion {
namespace {

/// Particle-evaluations per runChunk: ~20-40 ms of the exact score on 8 components.
constexpr double kChunkEvaluations = 2e6;
/// Frames (and trajectory points) per sampling run, at most.
constexpr int kMaxSegments = 200;
constexpr int kSweepParticles = 4000;
constexpr int kReferenceParticles = 20000;
const int kBudgets[] = {4, 8, 16, 32, 64, 128, 256};

struct SweepEntry {
  const char* name;
  SamplerKind kind;
  double eta;
};
// DDPM's curve is DDIM with eta = 1 (DDPM's posterior noise on a subsequence, §3.3).
const SweepEntry kSweep[] = {{"DDIM", SamplerKind::Ddim, 0},      {"DDPM", SamplerKind::Ddim, 1},
                             {"Euler", SamplerKind::OdeEuler, 0}, {"Heun", SamplerKind::OdeHeun, 0},
                             {"RK4", SamplerKind::OdeRk4, 0},     {"SDE", SamplerKind::ReverseSde, 0}};

/// The network trains on VP noise; under a heat schedule on Ho's linear one,
/// and LearnedScore maps the VE levels onto it (docs/math.md §3.9).
ScheduleKind trainingSchedule(ScheduleKind sampling) {
  return isVarianceExploding(sampling) ? ScheduleKind::Linear : sampling;
}

double viewHalfWidth(const mixture::GaussianMixture& target) {
  double r = 3;
  for (const auto& c : target.components) r = std::max(r, c.mean.cwiseAbs().maxCoeff() + 3 * c.stddev);
  return r;
}

}  // namespace

DensityGrid densityGrid(const mixture::GaussianMixture& target, const NoiseLevel& level, int n) {
  DensityGrid g;
  // The field covers twice the view box, so a view widened to equal units on
  // both axes (a canvas up to twice as tall as wide, or wide as tall) still
  // lies on it: no blank bands (the view crops to the field beyond that).
  const double r = kDensityFieldScale * viewHalfWidth(target);
  g.x0 = g.y0 = -r;
  g.x1 = g.y1 = r;
  g.nx = g.ny = n;
  const double d = 2 * r / n;
  mixture::GaussianMixture noised = noisedMixture(target, level);
  // A point cloud at t = 0 has no density: drawn blurred by one cell.
  for (auto& c : noised.components)
    if (c.stddev == 0) c.stddev = d;
  g.logDensity.resize(std::size_t(n) * n);
  // Rows in parallel: each value depends only on its point (thread-count free).
  parallelChunks(std::size_t(n), [&](std::size_t j) {
    for (int i = 0; i < n; ++i)
      g.logDensity[j * n + i] = float(mixture::logDensity(noised, {-r + (i + 0.5) * d, -r + (double(j) + 0.5) * d}));
  });
  return g;
}

double viewBoxHalfWidth(const mixture::GaussianMixture& target) { return viewHalfWidth(target); }

ArrowField arrowField(const ScoreSource& source, const NoiseLevel& level, double halfWidth, int n) {
  ArrowField a;
  std::vector<float> x, y;
  for (int j = 0; j < n; ++j)
    for (int i = 0; i < n; ++i) {
      x.push_back(float(-halfWidth + (i + 0.5) * 2 * halfWidth / n));
      y.push_back(float(-halfWidth + (j + 0.5) * 2 * halfWidth / n));
    }
  std::vector<float> sx(x.size()), sy(x.size());
  source.evaluate(x.data(), y.data(), int(x.size()), level, ScoreOutput::Score, sx.data(), sy.data());
  for (std::size_t k = 0; k < x.size(); ++k) {
    a.at.emplace_back(x[k], y[k]);
    a.score.emplace_back(sx[k], sy[k]);
  }
  return a;
}

Result<std::unique_ptr<DiffusionJob>> DiffusionJob::create(const ParamValues& values,
                                                           const mixture::GaussianMixture& target,
                                                           std::shared_ptr<const ScoreSource> source, bool sweep) {
  auto params = diffusionParamsFrom(values);
  if (!params) return fail(params.error());
  if (auto status = mixture::validateTarget(target); !status)
    return fail(mixture::isPointCloud(target) ? status.error() : "the target mixture: " + status.error());
  auto sampler = Sampler::create(params->sampler);
  if (!sampler) return fail(sampler.error());
  const bool train = !source && params->learned;
  if (!source) source = std::make_shared<ExactMixtureScore>(target);
  auto job =
      std::unique_ptr<DiffusionJob>(new DiffusionJob(*params, target, std::move(source), *sampler, sweep && !train));
  // The sweep runs every sampler at 7 budgets: with a network that is minutes, so only for the exact score.
  if (train)
    job->m_trainer =
        std::make_unique<DsmTrainer>(target, DsmSettings{.schedule = trainingSchedule(params->sampler.schedule), .seed = params->seed});
  return job;
}

DiffusionJob::DiffusionJob(const DiffusionParams& params, const mixture::GaussianMixture& target,
                           std::shared_ptr<const ScoreSource> source, Sampler sampler, bool sweep)
    : m_params(params), m_target(target), m_source(std::move(source)), m_sampler(std::move(sampler)), m_sweep(sweep) {
  m_segment = std::max(1, (m_sampler.stepCount() + kMaxSegments - 1) / kMaxSegments);
  const int tracked = std::min(params.tracked, params.particles);
  for (int i = 0; i < tracked; ++i) m_trackedIndex.push_back(Eigen::Index(i) * params.particles / tracked);
  m_trajectories.resize(m_trackedIndex.size());
}

std::shared_ptr<const DiffusionFrame> DiffusionJob::samplerSnapshot() {
  // Cached per step: the sweep's and the training's frames reuse it.
  const int step = std::max(0, m_step);
  if (m_snapshot && m_snapshot->step == step && m_snapshot->source == m_source) return m_snapshot;
  auto f = std::make_shared<DiffusionFrame>();
  f->params = m_params;
  f->target = m_target;
  f->source = m_source;
  f->step = step;
  f->stepCount = m_sampler.stepCount();
  f->evaluations = f->step * evaluationsPerStep(m_params.sampler.kind);
  f->sampled = m_step >= m_sampler.stepCount();
  f->level = m_sampler.levelAt(f->step);
  f->viewHalfWidth = viewHalfWidth(m_target);
  f->particles = m_x;
  f->trajectories = m_trajectories;
  f->density = densityGrid(m_target, f->level);
  f->arrows = arrowField(*m_source, f->level, viewHalfWidth(m_target));
  if (!m_trackedIndex.empty()) {
    const Eigen::Index i = m_trackedIndex.front();
    f->tracked = {m_x(i, 0), m_x(i, 1)};
    f->x0Hat = tweedieMean(*m_source, f->level, f->tracked);
  }
  m_snapshot = std::move(f);
  return m_snapshot;
}

void DiffusionJob::record() {
  if (!m_record) return;
  // The animation's frame: the sampler's part only, at most
  // kAnimationParticles of the particles (what a plot draws).
  auto f = std::make_shared<DiffusionFrame>(*samplerSnapshot());
  if (f->particles.rows() > kAnimationParticles)
    f->particles = mixture::Points(f->particles.topRows(kAnimationParticles));
  m_animation.push_back(std::move(f));
}

void DiffusionJob::publish() {
  auto f = std::make_shared<DiffusionFrame>(*samplerSnapshot());
  f->params = m_params;  // the snapshot may predate a forward-time change
  f->forwardTime = m_params.forwardTime;
  f->forwardParticles = m_forward;
  f->forwardDensity = m_forwardDensity;
  if (m_record) f->animation = std::make_shared<const std::vector<std::shared_ptr<const DiffusionFrame>>>(m_animation);
  f->sw1 = m_sw1;
  f->modes = m_modes;
  f->highQuality = m_hq;
  f->memorised = m_memorised;
  f->curves = std::make_shared<const std::vector<QualityCurve>>(m_curves);
  f->losses = m_losses;
  f->training = m_trainer && m_trainer->steps() < m_params.trainSteps;
  f->errorTime = m_errorTime;
  f->errorMap = m_errorMap;
  std::lock_guard lock(m_mutex);
  m_frame = std::move(f);
}

void DiffusionJob::computeForward() {
  // The forward process at forward_t: x_t = alphaBar x0 + betaBar eps (§3.1),
  // same data seed as the quality reference, noise from its own stream: the
  // same particles move continuously with the slider.
  const ContinuousSchedule& c = m_sampler.continuous();
  const double t = m_params.forwardTime;
  const NoiseLevel level{t, c.alphaBar(t), c.betaBar(t)};
  const Eigen::Index n = std::min<Eigen::Index>(m_params.particles, kReferenceParticles);
  m_forward = mixture::sample(m_target, n, m_params.seed + 1000003);
  m_forward = float(level.alphaBar) * m_forward + float(level.betaBar) * initialNoise(n, m_params.seed + 2000003);
  m_forwardDensity = densityGrid(m_target, level);
}

void DiffusionJob::computeErrorMap() {
  // The trained network against the exact eps* at the forward slider's time
  // (at least 0.05: at t = 0 eps* = 0 and the network is never asked).
  const ExactMixtureScore exact(m_target);
  const ContinuousSchedule& c = m_sampler.continuous();
  m_errorTime = std::max(0.05, m_params.forwardTime);
  const NoiseLevel level{m_errorTime, c.alphaBar(m_errorTime), c.betaBar(m_errorTime)};
  const double h = kDensityFieldScale * viewHalfWidth(m_target);  // like the density: no blank bands
  const ArrowField learned = arrowField(*m_source, level, h, kErrorCells),
                   truth = arrowField(exact, level, h, kErrorCells);
  m_errorMap = {.x0 = -h, .x1 = h, .y0 = -h, .y1 = h, .nx = kErrorCells, .ny = kErrorCells};
  const float b = float(level.betaBar);  // the fields hold scores: eps = -betaBar score
  for (std::size_t k = 0; k < learned.at.size(); ++k)
    m_errorMap.logDensity.push_back(std::log10(std::max(1e-6f, b * (learned.score[k] - truth.score[k]).norm())));
}

void DiffusionJob::setForwardTime(double t) {
  m_params.forwardTime = t;
  if (m_step < 0) return;  // the first chunk computes the forward view
  computeForward();
  const bool trained = m_trainer && m_trainer->steps() == m_params.trainSteps;
  if (trained) computeErrorMap();
  // The cached path: the last frame's sampler part (particles, density and
  // arrows at the particles' time, curves) is reused as is.
  std::lock_guard lock(m_mutex);
  auto f = m_frame ? std::make_shared<DiffusionFrame>(*m_frame) : std::make_shared<DiffusionFrame>();
  f->params.forwardTime = t;
  f->forwardTime = t;
  f->forwardParticles = m_forward;
  f->forwardDensity = m_forwardDensity;
  if (trained) {
    f->errorTime = m_errorTime;
    f->errorMap = m_errorMap;
  }
  m_frame = std::move(f);
}

bool DiffusionJob::runChunk(const CancelToken& cancel) {
  if (m_step < 0) {
    computeForward();
    m_x = m_sampler.startingPoints(m_params.particles, m_params.seed);
    m_step = 0;
    for (std::size_t k = 0; k < m_trackedIndex.size(); ++k)
      m_trajectories[k].push_back(m_x.row(m_trackedIndex[k]).transpose());
    publish();
    return true;
  }
  if (m_trainer && m_trainer->steps() < m_params.trainSteps) return trainChunk(cancel);
  const int total = m_sampler.stepCount();
  if (m_step < total) {
    if (m_animation.empty()) record();  // the start, with the score that samples
    const double perStep = double(m_params.particles) * evaluationsPerStep(m_params.sampler.kind);
    const int segments = m_oneFrame ? 1 : std::max(1, int(kChunkEvaluations / perStep / m_segment));
    const int to = std::min(total, m_step + segments * m_segment);
    for (int s = m_step; s < to; s = std::min(to, s + m_segment)) {
      const int next = std::min(to, s + m_segment);
      if (auto status = m_sampler.advance(*m_source, m_x, s, next, m_params.seed, cancel); !status) {
        if (!cancel.cancelled()) {
          std::lock_guard lock(m_mutex);
          m_failure = status.error();
        }
        return false;
      }
      for (std::size_t k = 0; k < m_trackedIndex.size(); ++k)
        m_trajectories[k].push_back(m_x.row(m_trackedIndex[k]).transpose());
      m_step = next;
      record();
    }
    if (m_step == total) {
      m_reference = mixture::sample(m_target, kReferenceParticles, m_params.seed + 1000003);
      m_sw1 = mixture::slicedWasserstein1(m_x, m_reference);
      if (mixture::isPointCloud(m_target)) {
        m_memorised = memorisation(m_x, mixture::cloudPoints(m_target));
      } else {
        const auto cover = mixture::modeCoverage(m_x, m_target);
        m_modes = cover.modes;
        m_hq = cover.highQuality;
      }
    }
    {
      std::lock_guard lock(m_mutex);
      // Training (learned score) takes the first half, the sweep the last.
      const double base = m_trainer ? 0.5 : 0.0, end = m_sweep ? 0.5 : 1.0;
      m_progress = base + (end - base) * m_step / total;
    }
    publish();
    return m_step < total || m_sweep;
  }
  return sweepChunk(cancel);
}

bool DiffusionJob::sweepChunk(const CancelToken& cancel) {
  const std::size_t budgets = std::size(kBudgets), total = std::size(kSweep) * budgets;
  if (m_sweepIndex >= total) return false;
  const SweepEntry& e = kSweep[m_sweepIndex / budgets];
  const int budget = kBudgets[m_sweepIndex % budgets];
  if (m_sweepIndex % budgets == 0) m_curves.push_back({.sampler = e.name});
  SamplerSettings s = m_params.sampler;
  s.kind = e.kind;
  s.eta = e.eta;
  s.grid.clear();
  s.steps = std::max(1, budget / evaluationsPerStep(e.kind));
  auto sampler = Sampler::create(s);
  if (sampler) {
    auto x = sampler->run(*m_source, kSweepParticles, m_params.seed, cancel);
    if (!x) {
      if (cancel.cancelled()) return false;
      std::lock_guard lock(m_mutex);
      m_failure = x.error();
      return false;
    }
    QualityCurve& c = m_curves.back();
    c.evaluations.push_back(sampler->scoreEvaluations());
    c.sw1.push_back(mixture::slicedWasserstein1(*x, m_reference));
    if (mixture::isPointCloud(m_target)) {
      c.modes.push_back(-1);
      c.highQuality.push_back(memorisation(*x, mixture::cloudPoints(m_target)).fraction);
    } else {
      const auto cover = mixture::modeCoverage(*x, m_target);
      c.modes.push_back(cover.modes);
      c.highQuality.push_back(cover.highQuality);
    }
  }
  ++m_sweepIndex;
  {
    std::lock_guard lock(m_mutex);
    m_progress = 0.5 + 0.5 * double(m_sweepIndex) / double(total);
  }
  publish();
  return m_sweepIndex < total;
}

bool DiffusionJob::trainChunk(const CancelToken& cancel) {
  // ~20 steps of batch 512 (tens of ms), then a frame with the loss so far.
  for (int i = 0; i < 20 && m_trainer->steps() < m_params.trainSteps; ++i) {
    if (cancel.cancelled()) return false;
    if (auto loss = m_trainer->step(); !loss) {
      std::lock_guard lock(m_mutex);
      m_failure = loss.error();
      return false;
    }
  }
  m_losses = std::make_shared<const std::vector<float>>(m_trainer->losses());
  if (m_trainer->steps() == m_params.trainSteps) {
    // Trained: sample with the network from here on, and map its error
    // against the exact eps* at the forward slider's time (at least 0.05:
    // at t = 0 eps* = 0 and the network is never asked).
    m_source = std::make_shared<LearnedScore>(m_trainer->snapshot(), m_trainer->settings().schedule);
    computeErrorMap();
  }
  {
    std::lock_guard lock(m_mutex);
    m_progress = 0.5 * m_trainer->steps() / m_params.trainSteps;
  }
  publish();
  return true;
}

std::shared_ptr<const Frame> DiffusionJob::frame() const {
  std::lock_guard lock(m_mutex);
  return m_frame;
}

double DiffusionJob::progress() const {
  std::lock_guard lock(m_mutex);
  return m_progress;
}

std::string DiffusionJob::failure() const {
  std::lock_guard lock(m_mutex);
  return m_failure;
}

}  // namespace kx::core::diffusion
