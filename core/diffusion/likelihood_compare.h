#pragma once
// The likelihood view (issue 5, docs/math.md §3.6): a point's log-density through
// the probability-flow ODE's instantaneous change of variables, next to the
// exact log-density of the target mixture, for one clicked point or for a
// seeded batch of the target's own samples (where the flow is well posed: in
// the empty space between modes log p ~ -100 and float scores cannot follow
// the knife-edge flow, likelihood_test.cpp).
#include <Eigen/Core>
#include <memory>
#include <mutex>
#include <vector>

#include "core/diffusion/likelihood.h"
#include "core/job/job.h"
#include "core/mixture/gaussian_mixture.h"

namespace kx::core::diffusion {

/// Start of the ODE's integral: at t = 0 a learned score is never trained
/// (DSM draws t from 1e-3 up), and the noised density at 1e-3 differs from
/// the data's by ~1e-3 nats for the presets (alphaBar^2 s^2 + betaBar^2 vs s^2).
constexpr double kLikelihoodT0 = 1e-3;
/// RK4 steps from t0 to 1: the field is stiff near narrow modes (1/v ~ 100);
/// 200 steps keep the ODE's error near 1e-2 nats on the ring (likelihood_test).
constexpr int kLikelihoodSteps = 200;

struct LikelihoodSample {
  Eigen::Vector2d x = Eigen::Vector2d::Zero();
  double ode = 0;    ///< log N(x_1; 0, I) + integral of div f: the model's log-density
  double exact = 0;  ///< log p_t0(x) of the noised target mixture, t0 = kLikelihoodT0
};

/// Both log-densities of one point; a message when the score is not finite
/// along the path (a diverged network).
Result<LikelihoodSample> compareLikelihood(const ScoreSource& source, const ContinuousSchedule& schedule,
                                           const mixture::GaussianMixture& target, const Eigen::Vector2d& x,
                                           int steps = kLikelihoodSteps);

struct LikelihoodFrame : Frame {
  std::vector<LikelihoodSample> samples;  ///< those computed so far, in order
  int total = 0;
};

/// compareLikelihood over a list of points, a few per chunk (a frame after
/// each, progress = done / total). Points are independent: each result
/// depends only on its point, not on the chunking or the thread.
class LikelihoodJob : public Job {
 public:
  LikelihoodJob(std::shared_ptr<const ScoreSource> source, const ContinuousSchedule& schedule, mixture::GaussianMixture target,
                std::vector<Eigen::Vector2d> points, int steps = kLikelihoodSteps);

  bool runChunk(const CancelToken& cancel) override;
  std::shared_ptr<const Frame> frame() const override;
  double progress() const override;
  std::string failure() const override;

 private:
  std::shared_ptr<const ScoreSource> m_source;
  ContinuousSchedule m_schedule;
  mixture::GaussianMixture m_target;
  std::vector<Eigen::Vector2d> m_points;
  int m_steps;
  std::vector<LikelihoodSample> m_done;

  mutable std::mutex m_mutex;
  std::shared_ptr<const LikelihoodFrame> m_frame;
  std::string m_failure;
};

}  // namespace kx::core::diffusion
