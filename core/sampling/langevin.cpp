#include "core/sampling/langevin.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "core/util/counter_rng.h"
#include "core/util/fast_math.h"
#include "core/util/threads.h"

namespace kx::core::sampling {
namespace {

/// Particles per chunk: fixed by the data, never by the thread count, and
/// large enough that a network energy evaluates a batch worth its overhead.
constexpr Eigen::Index kChunk = 1024;

/// The random streams of step k: the proposal's noise and MALA's acceptance draws.
std::uint64_t noiseKey(std::uint64_t seed, long step) { return blockKey(seed, 2 * std::uint64_t(step)); }
std::uint64_t acceptKey(std::uint64_t seed, long step) { return blockKey(seed, 2 * std::uint64_t(step) + 1); }

std::size_t chunkCount(Eigen::Index n) { return std::size_t((n + kChunk - 1) / kChunk); }

bool allFinite(const Eigen::VectorXf& energy, const Points& gradient) {
  return energy.allFinite() && gradient.allFinite();
}

}  // namespace

Result<Langevin> Langevin::create(const LangevinSettings& settings, Energy energy, Points start) {
  if (!(settings.stepSize > 0 && std::isfinite(settings.stepSize)))
    return fail("the Langevin step size must be a positive number (it is " + std::to_string(settings.stepSize) + ")");
  if (!(settings.temperature > 0 && std::isfinite(settings.temperature)))
    return fail("the temperature must be a positive number (it is " + std::to_string(settings.temperature) + ")");
  if (start.rows() == 0) return fail("there are no particles to move");
  Langevin sampler(settings, std::move(energy), std::move(start));
  if (!allFinite(sampler.m_energy, sampler.m_gradient))
    return fail("the energy or its gradient is not a finite number at a starting point");
  return sampler;
}

Langevin::Langevin(const LangevinSettings& settings, Energy energy, Points start)
    : m_settings(settings), m_energyFunction(std::move(energy)), m_x(std::move(start)) {
  m_energy.resize(m_x.rows());
  m_gradient.resize(m_x.rows(), 2);
  evaluate(m_x, m_energy, m_gradient);
}

void Langevin::evaluate(const Points& x, Eigen::VectorXf& energy, Points& gradient) const {
  parallelChunks(chunkCount(x.rows()), [&](std::size_t c) {
    const Eigen::Index first = Eigen::Index(c) * kChunk, m = std::min(kChunk, x.rows() - first);
    const Points block = x.middleRows(first, m);
    Eigen::VectorXf u(m);
    Points g(m, 2);
    m_energyFunction(block, u, g);
    energy.segment(first, m) = u;
    gradient.middleRows(first, m) = g;
  });
}

bool Langevin::step() {
  const Eigen::Index n = m_x.rows();
  const std::size_t chunks = chunkCount(n);
  const double eps = m_settings.stepSize, invT = 1 / m_settings.temperature;
  const float drift = float(0.5 * eps * invT), noise = float(std::sqrt(eps));
  const std::uint64_t nKey = noiseKey(m_settings.seed, m_steps);

  // The proposals y = x − ½ε ∇U(x)/T + √ε ξ (docs/math.md §4.12), and ½‖ξ‖²:
  // −log q(y|x) up to the constant that cancels in MALA's ratio.
  Points y(n, 2);
  Eigen::VectorXd forward(n);
  parallelChunks(chunks, [&](std::size_t c) {
    const Eigen::Index first = Eigen::Index(c) * kChunk, last = std::min(n, first + kChunk);
    for (Eigen::Index i = first; i < last; ++i) {
      const std::uint64_t w = streamWord(nKey, std::uint64_t(i));
      float z1, z2;
      boxMuller(unitOpen(std::uint32_t(w)), unitOpen(std::uint32_t(w >> 32)), z1, z2);
      y(i, 0) = m_x(i, 0) - drift * m_gradient(i, 0) + noise * z1;
      y(i, 1) = m_x(i, 1) - drift * m_gradient(i, 1) + noise * z2;
      forward(i) = 0.5 * (double(z1) * z1 + double(z2) * z2);
    }
  });
  Eigen::VectorXf yEnergy(n);
  Points yGradient(n, 2);
  evaluate(y, yEnergy, yGradient);
  if (!allFinite(yEnergy, yGradient)) return false;

  const bool mala = m_settings.kind == LangevinKind::Mala;
  const std::uint64_t aKey = acceptKey(m_settings.seed, m_steps);
  std::vector<long long> accepted(chunks, 0);
  parallelChunks(chunks, [&](std::size_t c) {
    const Eigen::Index first = Eigen::Index(c) * kChunk, last = std::min(n, first + kChunk);
    for (Eigen::Index i = first; i < last; ++i) {
      if (mala) {
        // log of min{1, π(y) q(x|y) / (π(x) q(y|x))} with π ∝ e^{−U/T} and
        // q(x|y) ∝ exp(−‖x − y + ½ε ∇U(y)/T‖² / (2ε)): the reverse move's mean
        // is the step's own, x − ½ε∇U/T (docs/math.md §4.12).
        const double bx = double(m_x(i, 0)) - y(i, 0) + 0.5 * eps * invT * yGradient(i, 0);
        const double by = double(m_x(i, 1)) - y(i, 1) + 0.5 * eps * invT * yGradient(i, 1);
        const double backward = (bx * bx + by * by) / (2 * eps);
        const double logRatio = -(double(yEnergy(i)) - m_energy(i)) * invT - backward + forward(i);
        const float u = unitOpen(std::uint32_t(streamWord(aKey, std::uint64_t(i))));
        if (!(std::log(double(u)) < logRatio)) continue;
      }
      m_x.row(i) = y.row(i);
      m_energy(i) = yEnergy(i);
      m_gradient.row(i) = yGradient.row(i);
      ++accepted[c];
    }
  });
  const long long moved = std::accumulate(accepted.begin(), accepted.end(), 0LL);
  m_accepted += moved;
  m_lastAccepted += moved;
  m_proposed += n;
  m_lastProposed += n;
  ++m_steps;
  return true;
}

Status Langevin::advance(int steps, const CancelToken& cancel) {
  m_lastAccepted = m_lastProposed = 0;
  for (int k = 0; k < steps; ++k) {
    if (cancel.cancelled()) return fail("cancelled");
    if (!step())
      return fail("the energy or its gradient is not a finite number at a proposal of step " +
                  std::to_string(m_steps + 1) + ": has the network diverged, or is the step size too large?");
  }
  return Ok{};
}

double Langevin::lastAcceptanceRate() const {
  return m_lastProposed == 0 ? 0.0 : double(m_lastAccepted) / double(m_lastProposed);
}

double Langevin::acceptanceRate() const { return m_proposed == 0 ? 0.0 : double(m_accepted) / double(m_proposed); }

}  // namespace kx::core::sampling
