#include "core/gan/gan_comparison.h"

#include <algorithm>
#include <chrono>

#include "core/mixture/point_cloud.h"

namespace kx::core::gan {
namespace {

// A chunk stops after this long (Job: "a few tens of milliseconds at most"),
// as GanJob's; chunk boundaries never change the results.
constexpr auto kChunkBudget = std::chrono::milliseconds(30);

}  // namespace

std::vector<ComparisonVariant> lossVariants(const GanParams& base) {
  std::vector<ComparisonVariant> variants;
  for (std::size_t k = 0; k < lossKeys().size(); ++k) {
    ComparisonVariant v{lossKeys()[k], base};
    const LossConfig loss = lossOfKey(int(k));
    v.params.loss.kind = loss.kind;
    v.params.loss.divergence = loss.divergence;
    variants.push_back(std::move(v));
  }
  return variants;
}

std::vector<ComparisonVariant> optimiserVariants(const GanParams& base) {
  GanParams energy = base;
  energy.loss.kind = LossKind::Energy;
  auto adam = [&](double beta1) {
    GanParams p = energy;
    p.generatorOpt.kind = OptimizerKind::Adam;
    p.generatorOpt.beta1 = beta1;
    return p;
  };
  // Adam moves each weight by about its rate per step whatever the gradient's
  // size (m/sqrt(v) is of order 1); SGD moves it by rate x gradient. The
  // energy generator's weight gradients had an RMS of about 5e-4 on the lab's
  // defaults (ring8, seeds 1-3, steps 0-2000: 1.4e-4 to 1.8e-3), so SGD at
  // Adam's rate / 5e-4 takes steps of Adam's size: 0.2 for the default 1e-4.
  // At Adam's own rate it would barely move; at 1 it diverged within 7 steps.
  GanParams sgd = energy;
  sgd.generatorOpt = {OptimizerKind::Sgd, base.generatorOpt.learningRate * kSgdRatePerAdamRate, 0.0,
                      base.generatorOpt.beta2};
  return {{"adam_beta1_0.5", adam(0.5)}, {"adam_beta1_0", adam(0.0)}, {"sgd", sgd}};
}

ComparisonJob::ComparisonJob(std::vector<ComparisonVariant> variants, mixture::GaussianMixture target, int measureEvery)
    : m_variants(std::move(variants)), m_target(std::move(target)), m_every(std::max(1, measureEvery)) {
  for (const auto& v : m_variants) m_totalSteps += v.params.steps;
}

void ComparisonJob::startVariant() {
  m_trainer = std::make_unique<GanTrainer>(m_variants[m_current].params, m_target);
  m_inputs = frameInputs(*m_trainer);
  if (m_curves.empty()) m_curves.resize(m_variants.size());
  measure();
}

void ComparisonJob::measure() {
  const GanQuality q = measureQuality(*m_trainer, m_inputs);
  auto& curve = m_curves[m_current];
  curve.step.push_back(double(m_trainer->generatorSteps()));
  curve.sw1.push_back(q.sw1);
  curve.modes.push_back(q.modes);
  curve.hq.push_back(q.hq);
}

void ComparisonJob::publish() {
  auto frame = std::make_shared<ComparisonFrame>();
  frame->curves = m_curves;
  frame->targetModes = mixture::isPointCloud(m_target) ? 0 : int(m_target.components.size());
  frame->trained = m_current;
  const long done = m_stepsDone + (m_trainer ? m_trainer->generatorSteps() : 0);
  std::lock_guard lock(m_mutex);
  m_frame = std::move(frame);
  m_progress = m_totalSteps > 0 ? double(done) / double(m_totalSteps) : 1.0;
}

bool ComparisonJob::runChunk(const CancelToken& cancel) {
  if (m_current >= m_variants.size()) return false;
  if (!m_trainer) {  // a variant's first chunk: its networks and its step-0 measurement
    startVariant();
    publish();
    return true;
  }
  const int steps = m_variants[m_current].params.steps;
  const auto start = std::chrono::steady_clock::now();
  bool ended = false;
  while (!cancel.cancelled()) {
    m_trainer->iterate();
    if (!m_trainer->divergence().empty()) {
      // No measurement of points that flew off: the curve stops at its last one.
      m_curves[m_current].failure = m_trainer->divergence();
      ended = true;
      break;
    }
    const long step = m_trainer->generatorSteps();
    ended = step >= steps;
    if (ended || step % m_every == 0) measure();
    if (ended || std::chrono::steady_clock::now() - start > kChunkBudget) break;
  }
  if (ended) {
    // A diverged variant is a result (its curve stops, failure says why): the next one trains.
    m_stepsDone += steps;
    m_trainer.reset();
    ++m_current;
  }
  publish();
  return m_current < m_variants.size();
}

std::shared_ptr<const Frame> ComparisonJob::frame() const { return comparisonFrame(); }

std::shared_ptr<const ComparisonFrame> ComparisonJob::comparisonFrame() const {
  std::lock_guard lock(m_mutex);
  return m_frame;
}

double ComparisonJob::progress() const {
  std::lock_guard lock(m_mutex);
  return m_progress;
}

}  // namespace kx::core::gan
