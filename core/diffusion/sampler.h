#pragma once
// The reverse-process samplers of the diffusion lab, written once against
// ScoreSource (docs/math.md §3.2-§3.5): DDPM ancestral with either sigma of §3.2,
// DDIM with eta on a step subsequence (§3.3), the probability-flow ODE by
// Euler, Heun or RK4 (§3.5) and the reverse SDE by Euler–Maruyama (§3.4),
// under a VP schedule or a VE (heat) one (§3.9).
// All start from the same seeded noise (times sigma_max under VE); particle i's noise at step k is a
// pure function of (seed, k, i), so results never depend on thread count.
#include <cstdint>
#include <string>
#include <vector>

#include "core/diffusion/schedule.h"
#include "core/diffusion/score_source.h"
#include "core/mixture/gaussian_mixture.h"
#include "core/util/cancel_token.h"
#include "core/util/result.h"

namespace kx::core::diffusion {

using mixture::Points;

enum class SamplerKind {
  DdpmPosterior,  ///< DDPM, sigma_t = betaBar_{t-1} beta_t / betaBar_t (§3.2, exact for one data point)
  DdpmBeta,       ///< DDPM, sigma_t = beta_t (§3.2, exact for N(0, I) data; W3 `ddpm`)
  Ddim,           ///< DDIM, sigma = eta betaBar_s/betaBar_t sqrt(1 - alphaBar_t^2/alphaBar_s^2) (§3.3)
  OdeEuler,       ///< probability-flow ODE dx/dt = f x - g^2/2 score (§3.5, §3.9), Euler
  OdeHeun,        ///< ... Heun (2 score evaluations a step; W3 `ode`)
  OdeRk4,         ///< ... classical Runge–Kutta (4 a step)
  ReverseSde,     ///< reverse SDE, Euler–Maruyama (§3.4, §3.9)
};

std::string samplerName(SamplerKind kind);
/// Score evaluations per step.
int evaluationsPerStep(SamplerKind kind);
bool isContinuous(SamplerKind kind);

struct SamplerSettings {
  SamplerKind kind = SamplerKind::Ddim;
  ScheduleKind schedule = ScheduleKind::Linear;
  int chainLength = 1000;  ///< T of the discrete chain (DDPM takes all T steps)
  int steps = 50;          ///< DDIM, ODE and SDE steps
  double eta = 0;          ///< DDIM's eta in [0, 1]
  double endTime = 1e-3;   ///< ODE and SDE integrate t from 1 down to endTime
  double sigmaMin = 0.002, sigmaMax = 20;  ///< VE schedules only (docs/math.md §3.9)
  /// DDIM only: explicit descending grid t_0 = T > ... > t_n = 0 (overrides `steps`).
  std::vector<int> grid;
};

/// The continuous schedule the settings name (kind and VE range).
ContinuousSchedule continuousSchedule(const SamplerSettings& settings);

/// W3's DDIM grid: round(linspace(T, 1, steps)) (1-based), then 0 (alphaBar = 1).
std::vector<int> ddimGrid(int chainLength, int steps);

/// n standard normal points (x_T ~ N(0, I)); point i depends only on (seed, i).
Points initialNoise(Eigen::Index n, std::uint64_t seed);

class Sampler {
 public:
  /// Checks the settings (step counts >= 1, eta in [0, 1], a valid grid, ...).
  static Result<Sampler> create(const SamplerSettings& settings);

  const SamplerSettings& settings() const { return m_settings; }
  int stepCount() const { return int(m_levels.size()) - 1; }
  int scoreEvaluations() const { return stepCount() * evaluationsPerStep(m_settings.kind); }
  /// The noise level of the particles after `step` steps (0: pure noise).
  const NoiseLevel& levelAt(int step) const { return m_levels[std::size_t(step)]; }
  const ContinuousSchedule& continuous() const { return m_continuous; }
  /// The starting points: initialNoise times the noise scale of the first
  /// level (1 under VP, sigma(1) = sigmaMax under VE), so VP and VE start from
  /// the same noise.
  Points startingPoints(Eigen::Index n, std::uint64_t seed) const;

  /// Runs steps [from, to) on x (the state after `from` steps) in place,
  /// chunks of particles spread over the core's threads. Fails with a message
  /// when the score is not finite (a diverged network); returns a
  /// "cancelled" failure, leaving x part-way, when `cancel` fires.
  Status advance(const ScoreSource& source, Points& x, int from, int to, std::uint64_t seed,
                 const CancelToken& cancel = {}) const;

  /// Starting points, then every step.
  Result<Points> run(const ScoreSource& source, Eigen::Index n, std::uint64_t seed,
                     const CancelToken& cancel = {}) const;

 private:
  struct Step {
    double cx = 0, ce = 0, sigma = 0;  ///< discrete: x' = cx x + ce eps + sigma z
    double t0 = 0, t1 = 0;             ///< continuous: from t0 down to t1
    bool lastNoise = true;             ///< SDE: no noise on the final step
  };
  void runSteps(const ScoreSource& source, float* x, float* y, int n, Eigen::Index first, int from, int to,
                std::uint64_t seed, const CancelToken& cancel, int& badStep) const;

  SamplerSettings m_settings;
  ContinuousSchedule m_continuous;
  std::vector<NoiseLevel> m_levels;
  std::vector<Step> m_steps;
};

}  // namespace kx::core::diffusion
