#include "core/gan/gan_job.h"

#include <atomic>
#include <chrono>

#include "core/mixture/presets.h"

namespace kx::core::gan {
namespace {

// A chunk stops after this long even between frames (Job: "a few tens of
// milliseconds at most"); chunk boundaries never change the results.
constexpr auto kChunkBudget = std::chrono::milliseconds(30);

std::atomic<std::uint64_t> nextRun{1};

}  // namespace

Result<std::unique_ptr<GanJob>> GanJob::create(const ParamValues& values) {
  auto params = ganParamsFrom(values);
  if (!params) return fail(params.error());
  auto target = mixture::makePreset(mixture::presets()[std::size_t(params->data)].id);
  if (!target) return fail(target.error());
  return std::make_unique<GanJob>(*params, *target);
}

GanJob::GanJob(const GanParams& params, mixture::GaussianMixture target, std::shared_ptr<JobControl> control,
               std::shared_ptr<const GanWeights> start, std::shared_ptr<const GanFrame> trained)
    : m_run(nextRun.fetch_add(1)),
      m_params(params),
      m_target(std::move(target)),
      m_control(control ? std::move(control) : std::make_shared<JobControl>()),
      m_start(std::move(start)),
      m_trained(std::move(trained)) {}

bool GanJob::sampling() const { return m_params.langevin.mode != LangevinMode::Off; }

bool GanJob::more() const { return !m_trained || (sampling() && !(m_sampler && m_sampler->done())); }

bool GanJob::stop(std::string failure) {
  std::lock_guard lock(m_mutex);
  m_failure = std::move(failure);
  return false;
}

void GanJob::record() {
  if (m_summed == 0) return;
  m_history.step.push_back(double(m_trainer->generatorSteps()));
  m_history.dLoss.push_back(m_dSum / m_summed);
  m_history.gLoss.push_back(m_gSum / m_summed);
  m_dSum = m_gSum = 0;
  m_summed = 0;
}

void GanJob::publish() {
  record();
  // m_frame is only written on this (the worker's) thread: reading it needs no lock.
  auto frame = buildFrame(*m_trainer, m_inputs, m_history, m_frame ? &m_frame->landscape.range : nullptr);
  m_history.qualityStep.push_back(double(frame->generatorSteps));
  m_history.sw1.push_back(frame->sw1);
  m_history.modes.push_back(frame->modes);
  m_history.hq.push_back(frame->hq);
  frame->history = m_history;
  frame->run = m_run;
  const bool finished = frame->generatorSteps >= m_params.steps && frame->failure.empty();
  if (finished) m_trained = frame;
  std::lock_guard lock(m_mutex);
  m_frame = std::move(frame);
  m_progress = progressOf(m_trainer->generatorSteps(), 0);
}

void GanJob::publishSample() {
  auto frame = std::make_shared<GanFrame>(*m_trained);
  frame->run = m_run;
  frame->sampling = m_sampler->snapshot();
  std::lock_guard lock(m_mutex);
  m_frame = std::move(frame);
  m_progress = progressOf(m_params.steps, m_sampler->step());
}

double GanJob::progressOf(long generatorSteps, long samplerSteps) const {
  // Weighted by count: a generator step and a Langevin step of a few thousand
  // particles cost about the same (docs/benchmarks.md W4).
  const double total = m_params.steps + (sampling() ? m_params.langevin.steps : 0);
  return double(generatorSteps + samplerSteps) / total;
}

bool GanJob::runChunk(const CancelToken& cancel) {
  if (m_trained) return sample(cancel);
  if (!m_trainer) {
    m_trainer = std::make_unique<GanTrainer>(m_params, m_target);
    if (m_start) {
      if (auto status = m_trainer->setWeights(*m_start); !status) return stop(status.error());
    }
    m_inputs = frameInputs(*m_trainer);
    publish();
    return more();
  }
  return train(cancel);
}

bool GanJob::sample(const CancelToken& cancel) {
  m_control->takeRequest();  // step D / step G mean nothing to a finished training
  if (!sampling()) {
    // Sampling turned off on a finished training: its own picture again.
    auto frame = std::make_shared<GanFrame>(*m_trained);
    frame->run = m_run;
    std::lock_guard lock(m_mutex);
    m_frame = std::move(frame);
    m_progress = 1;
    return false;
  }
  if (!m_sampler) {
    auto sampler = GanSampler::create(m_params, *m_trained, m_target);
    if (!sampler) return stop("Langevin sampling: " + sampler.error());
    m_sampler = std::make_unique<GanSampler>(std::move(sampler).value());
    publishSample();
    return more();
  }
  const auto start = std::chrono::steady_clock::now();
  const int every = m_control->frameSpacing(std::max(1, m_params.langevin.steps / kSamplingFrames));
  while (!m_sampler->done() && !cancel.cancelled()) {
    if (auto status = m_sampler->advance(1, cancel); !status) {
      if (cancel.cancelled()) break;
      publishSample();
      return stop("Langevin sampling stopped: " + status.error() + ". Try a smaller step size.");
    }
    if (m_sampler->step() % every == 0 || m_sampler->done()) {
      publishSample();
      break;  // one frame per chunk, as in training
    }
    if (std::chrono::steady_clock::now() - start > kChunkBudget) break;
  }
  return more();
}

bool GanJob::train(const CancelToken& cancel) {
  auto finish = [&]() { return stop(m_trainer->divergence()); };
  const auto single = static_cast<SingleStep>(m_control->takeRequest());
  if (single != SingleStep::None) {
    // One update of one network, then a picture of it (the lab's step buttons).
    if (single == SingleStep::Discriminator)
      m_trainer->stepDiscriminator();
    else
      m_trainer->stepGenerator();
    publish();
    return m_trainer->divergence().empty() ? more() : finish();
  }
  const auto start = std::chrono::steady_clock::now();
  while (m_trainer->generatorSteps() < m_params.steps && !cancel.cancelled()) {
    m_trainer->iterate();
    if (!m_trainer->divergence().empty()) {
      publish();
      return finish();
    }
    m_dSum += m_trainer->lastDiscriminatorLoss();
    m_gSum += m_trainer->lastGeneratorLoss();
    ++m_summed;
    const int every = m_control->frameSpacing(m_params.frameEvery);
    const long step = m_trainer->generatorSteps();
    if (step % every == 0 || step == m_params.steps) {
      publish();
      break;  // one frame per chunk: slow motion shows every one
    }
    if (std::chrono::steady_clock::now() - start > kChunkBudget) break;
  }
  return more();
}

std::shared_ptr<const Frame> GanJob::frame() const { return ganFrame(); }

std::shared_ptr<const GanFrame> GanJob::ganFrame() const {
  std::lock_guard lock(m_mutex);
  return m_frame;
}

double GanJob::progress() const {
  std::lock_guard lock(m_mutex);
  return m_progress;
}

std::string GanJob::failure() const {
  std::lock_guard lock(m_mutex);
  return m_failure;
}

}  // namespace kx::core::gan
