#include "core/walk/walk_job.h"

#include <algorithm>
#include <cmath>

#include "core/walk/block_kernels.h"
#include "core/walk/lattice_ks.h"
#include "core/walk/propagator.h"

namespace kx::core::walk {
namespace {

// Walker-steps per runChunk: ~2 ms for the lattice kernel on a million
// walkers, a few tens of ms for Gaussian steps.
constexpr double kChunkWalkerSteps = 2e7;

// Beyond this Ωt the potential's weight e^(−Ωt/2) nears the smallest double.
constexpr double kMaxPotentialTime = 600;

/// The setup of the path-integral panel: the walk's own (free, barrier or
/// Ornstein–Uhlenbeck pull) with the potential where it applies (no drift,
/// no barrier, no pull: Mehler's kernel is the closed form there).
PropagatorSetup propagatorSetup(const WalkParams& w, int step) {
  PropagatorSetup setup{.alpha = w.stepVariance(),
                        .drift = w.stepMean(),
                        .t = double(step),
                        .barrier = w.barrier,
                        .barrierAt = w.barrierAt};
  if (w.kind == WalkKind::OrnsteinUhlenbeck1D) setup.rate = w.rate;
  const bool free = setup.drift == 0 && setup.barrier == BarrierKind::None && setup.rate == 0;
  if (free && w.potential * std::sqrt(setup.alpha) * step <= kMaxPotentialTime) setup.omega = w.potential;
  return setup;
}

double mass(const std::vector<double>& f, double h) {
  double sum = 0;
  for (double v : f) sum += v;
  return sum * h;
}

PropagatorPanel propagatorPanel(const WalkParams& w, int step) {
  PropagatorPanel panel;
  const PropagatorSetup setup = propagatorSetup(w, step);
  panel.setup = setup;
  panel.perUnitMass = setup.omega != 0;
  panel.x = propagatorGrid(setup, 161);
  const double h = panel.x[1] - panel.x[0];
  auto shown = [&](std::vector<double> f) {
    if (panel.perUnitMass)
      if (const double m = mass(f, h); m > 0)
        for (double& v : f) v /= m;
    return f;
  };
  panel.closedForm = shown(closedFormPropagator(panel.x, setup));
  double peak = 0;
  for (double v : panel.closedForm) peak = std::max(peak, v);
  // 1, 2, 4, ... 32 hops, never more hops than steps: with a barrier the
  // composition converges to the image solution as hops are refined.
  for (int slices = 1; slices <= std::min(step, 32); slices *= 2) {
    panel.composed = shown(composedPropagator(panel.x, setup, slices));
    panel.slices = slices;
    panel.composedBySlices.push_back(panel.composed);
    if (panel.closedForm.empty()) continue;
    double worst = 0;
    for (std::size_t i = 0; i < panel.x.size(); ++i)
      worst = std::max(worst, std::abs(panel.composed[i] - panel.closedForm[i]));
    panel.convergenceSlices.push_back(slices);
    panel.convergenceError.push_back(worst / peak);
  }
  return panel;
}

void fillFits(WalkFrame& frame) {
  const WalkSeries& s = *frame.series;
  if (s.steps.size() >= 2) {
    frame.msdFit = fitLine(s.steps, s.msd);
    frame.diffusionCoefficient = frame.msdFit.slope / (2.0 * frame.params.dimensions());
  }
  // Fit the decay of the KS distance above its Monte Carlo floor (about
  // 1/sqrt(walkers)), where it measures the law and not the sampling noise
  // (see WalkFrame::distanceFit).
  // On the lattice the true KS (docs/math.md §2.7): the one at bin edges
  // is continuity-corrected and falls faster than n^(−1/2).
  std::vector<double> logT, logD;
  const double floor = 2.0 / std::sqrt(double(frame.params.walkers));
  const auto& ks = frame.params.isLattice() ? s.ksTrue : s.ks;
  for (std::size_t i = 0; i < ks.size(); ++i) {
    if (std::isfinite(ks[i]) && ks[i] > floor) {
      logT.push_back(std::log(s.steps[i]));
      logD.push_back(std::log(ks[i]));
    }
  }
  if (logT.size() >= 2) frame.distanceFit = fitLine(logT, logD);
}

}  // namespace

Result<std::unique_ptr<WalkJob>> WalkJob::create(const ParamValues& values, std::size_t memoryBudget) {
  auto params = walkParamsFrom(values, memoryBudget);
  if (!params) return fail(params.error());
  return std::make_unique<WalkJob>(*params, memoryBudget);
}

WalkJob::WalkJob(const WalkParams& params, std::size_t memoryBudget)
    : m_engine(params, memoryBudget), m_series(std::make_shared<const WalkSeries>()) {
  // Highlighted walkers spread over the population, replayed alone.
  auto trails = std::make_shared<std::vector<std::vector<Eigen::Vector2f>>>();
  const int count = std::min(params.trails, params.walkers);
  for (int i = 0; i < count; ++i) {
    const int walker = static_cast<int>((static_cast<long long>(i) * params.walkers) / count);
    m_trailWalkers.push_back(walker);
    trails->push_back(walkerPath(params, walker, params.steps));
  }
  m_trails = std::move(trails);
  m_frame = buildFrame(m_engine.current(), m_series);
}

int WalkJob::nextRecordStep(int step) const {
  // Log-spaced steps floor(1.2^j) for the log-log charts, then every checkpoint.
  double v = 1;
  while (std::floor(v) <= step) v *= 1.2;
  const int interval = m_engine.checkpointInterval();
  return std::min({static_cast<int>(std::floor(v)), (step / interval + 1) * interval, params().steps});
}

bool WalkJob::runChunk(const CancelToken& cancel) {
  const int steps = params().steps;
  const int from = m_engine.step();
  if (from >= steps) return false;
  const int record = nextRecordStep(from);
  const int limit = from + std::max(1, static_cast<int>(kChunkWalkerSteps / params().walkers));
  const int target = std::min(record, limit);
  if (!m_engine.advanceTo(target, cancel)) return false;
  // After a cancelled chunk the engine may repeat steps already recorded.
  const bool recorded = !m_series->steps.empty() && m_series->steps.back() >= target;
  if (target == record && !recorded) {
    auto frame = buildFrame(m_engine.current(), nullptr);
    auto series = std::make_shared<WalkSeries>(*m_series);
    series->steps.push_back(target);
    series->msd.push_back(frame->moments.msd);
    series->variance.push_back(frame->moments.varianceX);
    if (!params().is2D()) {
      series->ks.push_back(frame->summary1D.ks);
      series->tv.push_back(frame->summary1D.tv);
    }
    if (params().kind == WalkKind::Lattice1D) {
      series->ksTrue.push_back(frame->summary1D.ksTrue);
      series->ksLaw.push_back(latticeKsDistance(target, params().p));
    }
    frame->series = series;
    fillFits(*frame);
    frame->computedSteps = target;
    std::lock_guard lock(m_mutex);
    m_series = std::move(series);
    m_frame = std::move(frame);
    m_computed = target;
  } else {
    std::lock_guard lock(m_mutex);
    m_computed = target;
  }
  return target < steps;
}

std::shared_ptr<const WalkFrame> WalkJob::walkFrame() const {
  std::lock_guard lock(m_mutex);
  return m_frame;
}

double WalkJob::progress() const { return double(computedSteps()) / params().steps; }

int WalkJob::computedSteps() const {
  std::lock_guard lock(m_mutex);
  return m_computed;
}

std::shared_ptr<const WalkFrame> WalkJob::frameAt(int k, const CancelToken& cancel) const {
  auto positions = m_engine.positionsAt(k, cancel);
  if (!positions) return nullptr;
  std::shared_ptr<const WalkSeries> series;
  {
    std::lock_guard lock(m_mutex);
    series = m_series;
  }
  return buildFrame(*positions, series);
}

std::shared_ptr<WalkFrame> WalkJob::buildFrame(const Positions& positions,
                                               std::shared_ptr<const WalkSeries> series) const {
  const WalkParams& w = params();
  auto frame = std::make_shared<WalkFrame>();
  frame->params = w;
  frame->step = positions.step;
  frame->computedSteps = std::max(positions.step, computedSteps());
  const int drawn = std::min(w.walkers, kMaxDrawnWalkers);
  frame->x.resize(drawn);
  frame->y.resize(drawn);
  for (int i = 0; i < drawn; ++i) {
    frame->x(i) = float(positions.xAt(std::size_t(i)));
    frame->y(i) = float(positions.yAt(std::size_t(i)));
  }
  frame->trails = m_trails;
  frame->trailWalkers = m_trailWalkers;
  frame->normalLimit = w.kind != WalkKind::Cauchy1D;
  if (!frame->normalLimit)
    frame->note =
        "Cauchy steps have no variance: the sum of n steps is again Cauchy with scale n times the step scale, "
        "so the histogram never becomes normal and its distance to the normal law stays flat.";
  else if (w.barrier == BarrierKind::Reflecting && w.drift != 0)
    frame->note = "No image solution is drawn for a reflecting barrier with drift.";
  else if (w.barrier != BarrierKind::None && w.is2D())
    frame->note = "The heat kernel drawn is the free one: it ignores the barrier.";
  else if (w.potential > 0 && w.is2D())
    frame->note = "The potential acts on the path integral of 1D walks only.";
  else if (w.potential > 0 && propagatorSetup(w, positions.step).omega == 0)
    frame->note =
        "The potential's path integral is drawn for walks without drift, barrier or pull, while Ωt stays below 600.";
  if (positions.step > 0) {
    if (w.is2D()) {
      frame->summary2D = summarize2D(w, positions);
      frame->moments = frame->summary2D.moments;
    } else {
      frame->summary1D = summarize1D(w, positions);
      frame->moments = frame->summary1D.moments;
      if (frame->normalLimit && w.stepVariance() > 0) frame->propagator = propagatorPanel(w, positions.step);
      frame->characteristic = characteristicPanel(w, positions);
    }
  }
  frame->series = series ? std::move(series) : std::make_shared<const WalkSeries>();
  fillFits(*frame);
  return frame;
}

}  // namespace kx::core::walk
