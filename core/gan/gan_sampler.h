#pragma once
// Langevin particles on a trained GAN's energy (issue 16; docs/math.md §4.12,
// §4.15; essay 6331 "GAN = analysis + sampling"): particles released from
// noise, from the generator's samples or from one point fall into the pits of
// U = −D, in the plane or through the generator's noise (U(G(z)) + ½‖z‖²).
// The sampler works on a snapshot of the weights, never on a trainer.
#include <memory>
#include <vector>

#include "core/gan/critic_energy.h"
#include "core/mixture/gaussian_mixture.h"
#include "core/util/plane_rect.h"

namespace kx::core::gan {

/// Sample quality against Langevin steps, and the acceptance rate of the steps
/// since the previous record.
struct SamplingHistory {
  std::vector<double> step, sw1, modes, hq;
  std::vector<double> acceptance;  ///< NaN at step 0
};

/// Particles whose paths are kept for the view's trails.
inline constexpr int kTrails = 8;
/// Particles measured for the quality numbers (all of them up to this many).
inline constexpr Eigen::Index kMeasuredParticles = 5000;

/// One picture of the particles (immutable once built).
struct ParticleState {
  LangevinSpec spec;
  double temperature = 0;  ///< the absolute temperature: spec.temperature times the energy's spread
  long step = 0;
  mixture::Points particles;           ///< in the data plane (latent particles as G(z))
  std::vector<mixture::Points> trails;  ///< the first kTrails particles' paths since step 0
  double acceptance = 0;               ///< accepted over proposed moves, all steps so far
  double sw1 = 0, hq = 0;
  int modes = 0;  ///< 0 for a point cloud (GanFrame::modes)
  SamplingHistory history;
};

struct GanFrame;

class GanSampler {
 public:
  /// Builds the energy of `trained`'s weights and the starting particles
  /// (params.langevin). The temperature is params.langevin.temperature times
  /// the spread of `trained`'s landscape (its 2nd to 98th percentile over the
  /// view, docs/math.md §4.15), so one setting suits every loss's energy scale.
  /// Fails with a message when the weights do not fit, the settings are out
  /// of range or the energy is not finite where the particles start.
  static Result<GanSampler> create(const GanParams& params, const GanFrame& trained,
                                   const mixture::GaussianMixture& target);

  /// Up to `steps` more steps (not past the run's length), recording the
  /// trails. Fails on cancel or a non-finite energy, keeping the last whole step.
  Status advance(int steps, const CancelToken& cancel = {});
  long step() const { return m_langevin->stepsTaken(); }
  bool done() const { return step() >= m_spec.steps; }
  /// The particles now, measured, with the history so far (which this extends).
  std::shared_ptr<const ParticleState> snapshot();

 private:
  GanSampler() = default;
  mixture::Points toPlane(const mixture::Points& particles) const;
  void recordTrails();

  LangevinSpec m_spec;
  double m_temperature = 0;
  mixture::GaussianMixture m_target;
  mixture::Points m_evalReal;
  Generator m_generator;  ///< latent space only
  std::unique_ptr<sampling::Langevin> m_langevin;
  std::vector<mixture::Points> m_trails;
  SamplingHistory m_history;
  /// Steps and accepted moves per particle at the last snapshot (for the
  /// acceptance rate between records).
  long m_stepAtRecord = 0;
  double m_acceptedAtRecord = 0;
};

}  // namespace kx::core::gan
