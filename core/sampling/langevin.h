#pragma once
// Langevin sampling of an energy U on the plane (docs/math.md §4.12, essay 6331):
// N particles move by
//
//     x' = x − ½ε ∇U(x)/T + √ε ξ,   ξ ~ N(0, I),
//
// whose stationary law is e^{−U/T}/Z only as ε → 0 (unadjusted Langevin), or
// the same move is proposed and accepted with the Metropolis–Hastings
// probability (MALA), which makes e^{−U/T}/Z exactly stationary for any ε.
//
// A step evaluates the energy once per particle, at the proposals. Particles
// are split into chunks of a fixed size, fixed by their count and not by the
// thread count, which run on the core's threads (parallelChunks). Particle i's
// noise and acceptance draw at step k are pure functions of (seed, k, i)
// (counter_rng.h). So a run gives the same particles for any thread count and
// however its steps are split into advance() calls.
#include <Eigen/Core>
#include <cstdint>
#include <functional>

#include "core/mixture/gaussian_mixture.h"
#include "core/util/cancel_token.h"
#include "core/util/result.h"

namespace kx::core::sampling {

using mixture::Points;

/// U and ∇U at a batch of points (rows). The outputs come sized: energy(i) =
/// U(x_i), gradient.row(i) = ∇U(x_i). It is called from several threads at
/// once, each with its own chunk of particles, so it must not modify shared state.
using Energy = std::function<void(const Points& x, Eigen::VectorXf& energy, Points& gradient)>;

enum class LangevinKind { Unadjusted, Mala };

struct LangevinSettings {
  LangevinKind kind = LangevinKind::Mala;
  double stepSize = 0.01;  ///< ε
  double temperature = 1;  ///< T: the target is e^{−U/T}/Z
  std::uint64_t seed = 1;
};

class Langevin {
 public:
  /// Fails with a message for ε <= 0, T <= 0, no particles, or an energy that
  /// is not finite at a starting point.
  static Result<Langevin> create(const LangevinSettings& settings, Energy energy, Points start);

  /// `steps` more steps of every particle. Fails with "cancelled" when `cancel`
  /// fires (checked between steps), or when the energy or its gradient is not
  /// finite at a proposal. Either way the particles stay as they were after the last whole step.
  Status advance(int steps, const CancelToken& cancel = {});

  const Points& particles() const { return m_x; }
  /// U at the particles.
  const Eigen::VectorXf& energies() const { return m_energy; }
  long stepsTaken() const { return m_steps; }
  /// Accepted over proposed moves in the last advance() call (MALA; always 1
  /// for unadjusted Langevin, which accepts every move; 0 before any step).
  double lastAcceptanceRate() const;
  /// The same over every step so far.
  double acceptanceRate() const;

 private:
  Langevin(const LangevinSettings& settings, Energy energy, Points start);
  /// U and ∇U at every row of x, chunk by chunk on the core's threads.
  void evaluate(const Points& x, Eigen::VectorXf& energy, Points& gradient) const;
  /// One step of every particle; false (changing nothing) if the energy is not finite at a proposal.
  bool step();

  LangevinSettings m_settings;
  Energy m_energyFunction;
  Points m_x, m_gradient;  ///< the particles and ∇U there
  Eigen::VectorXf m_energy;
  long m_steps = 0;
  long long m_accepted = 0, m_proposed = 0;          // over every step
  long long m_lastAccepted = 0, m_lastProposed = 0;  // over the last advance()
};

}  // namespace kx::core::sampling
