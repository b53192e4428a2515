#include "core/gan/gan_sampler.h"

#include <cmath>

#include "core/gan/gan_frame.h"
#include "core/gan/gan_quality.h"
#include "core/util/counter_rng.h"

namespace kx::core::gan {
namespace {

// Random streams of the sampler, far from training's and the frames' (gan_frame.cpp).
constexpr std::uint64_t kStartStream = (1ull << 61) + 1;
constexpr std::uint64_t kLangevinSeedSalt = 0x4C616E6765ull;  // "Lange"

/// n points uniform over `window`.
mixture::Points uniformOver(const PlaneRect& window, Eigen::Index n, std::uint64_t seed) {
  mixture::Points x(n, 2);
  const std::uint64_t key = blockKey(seed, kStartStream);
  for (Eigen::Index i = 0; i < n; ++i) {
    const std::uint64_t w = streamWord(key, std::uint64_t(i));
    x(i, 0) = float(window.xMin + window.width() * unitOpen(std::uint32_t(w)));
    x(i, 1) = float(window.yMin + window.height() * unitOpen(std::uint32_t(w >> 32)));
  }
  return x;
}

}  // namespace

Result<GanSampler> GanSampler::create(const GanParams& params, const GanFrame& trained,
                                      const mixture::GaussianMixture& target) {
  if (!trained.weights) return fail("the training kept no weights to sample");
  const GanWeights& weights = *trained.weights;
  const PlaneRect& window = trained.window;
  const EnergyRange percentiles = energyPercentiles(trained.landscape.energy);
  const double spread = double(percentiles.hi) - double(percentiles.lo);
  GanSampler s;
  s.m_temperature = params.langevin.temperature * (spread > 0 ? spread : 1.0);
  s.m_spec = params.langevin;
  s.m_target = target;
  s.m_evalReal = evaluationSamples(target, params.seed);
  const bool latent = s.m_spec.space == SamplingSpace::Latent;
  const Eigen::Index n = s.m_spec.particles;
  auto generator = generatorOf(params, weights);
  if (!generator) return fail(generator.error());
  auto energy = latent ? latentEnergy(params, weights) : criticEnergy(params, weights);
  if (!energy) return fail(energy.error());
  mixture::Points start;
  if (latent || s.m_spec.start == ParticleStart::Generator) {
    const nn::Mat<float> z = ganNoise(params, n, kStartStream);
    start = latent ? mixture::Points(z) : mixture::Points((*generator)(z));
  } else if (s.m_spec.start == ParticleStart::Point) {
    start = mixture::Points(n, 2);
    start.col(0).setConstant(float(s.m_spec.startX));
    start.col(1).setConstant(float(s.m_spec.startY));
  } else {
    start = uniformOver(window, n, params.seed);
  }
  if (latent) s.m_generator = std::move(generator).value();
  const sampling::LangevinSettings settings{
      s.m_spec.mode == LangevinMode::Mala ? sampling::LangevinKind::Mala : sampling::LangevinKind::Unadjusted,
      s.m_spec.stepSize, s.m_temperature, params.seed ^ kLangevinSeedSalt};
  auto langevin = sampling::Langevin::create(settings, std::move(energy).value(), std::move(start));
  if (!langevin) return fail(langevin.error());
  s.m_langevin = std::make_unique<sampling::Langevin>(std::move(langevin).value());
  s.m_trails.assign(std::size_t(std::min<Eigen::Index>(kTrails, n)), mixture::Points(0, 2));
  s.recordTrails();
  return s;
}

mixture::Points GanSampler::toPlane(const mixture::Points& particles) const {
  return m_generator ? mixture::Points(m_generator(particles)) : particles;
}

void GanSampler::recordTrails() {
  const mixture::Points heads = toPlane(m_langevin->particles().topRows(Eigen::Index(m_trails.size())));
  for (std::size_t i = 0; i < m_trails.size(); ++i) {
    auto& trail = m_trails[i];
    trail.conservativeResize(trail.rows() + 1, 2);
    trail.row(trail.rows() - 1) = heads.row(Eigen::Index(i));
  }
}

Status GanSampler::advance(int steps, const CancelToken& cancel) {
  // One step at a time: the trails keep every step.
  for (int k = 0; k < steps && !done(); ++k) {
    if (auto status = m_langevin->advance(1, cancel); !status) return status;
    recordTrails();
  }
  return Ok{};
}

std::shared_ptr<const ParticleState> GanSampler::snapshot() {
  auto state = std::make_shared<ParticleState>();
  state->spec = m_spec;
  state->temperature = m_temperature;
  state->step = step();
  state->particles = toPlane(m_langevin->particles());
  state->trails = m_trails;
  state->acceptance = m_langevin->acceptanceRate();
  const GanQuality quality = qualityOf(
      state->particles.topRows(std::min(kMeasuredParticles, state->particles.rows())), m_target, m_evalReal);
  state->sw1 = quality.sw1;
  state->modes = quality.modes;
  state->hq = quality.hq;
  // The rate since the last record, from the running totals per particle.
  const double accepted = state->acceptance * double(state->step);
  const long taken = state->step - m_stepAtRecord;
  m_history.step.push_back(double(state->step));
  m_history.sw1.push_back(state->sw1);
  m_history.modes.push_back(state->modes);
  m_history.hq.push_back(state->hq);
  // None before the first step (a NaN the chart skips).
  m_history.acceptance.push_back(taken > 0 ? (accepted - m_acceptedAtRecord) / double(taken) : std::nan(""));
  m_stepAtRecord = state->step;
  m_acceptedAtRecord = accepted;
  state->history = m_history;
  return state;
}

}  // namespace kx::core::gan
