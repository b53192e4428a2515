#pragma once
// The learned score of the diffusion lab (issue 5; docs/benchmarks.md W3
// `learned`): an MLP epsilon-network eps_theta(x, t) (input x and a
// sinusoidal embedding of t, 3 x 128 ReLU, output the noise), trained by
// denoising score matching on the target (docs/math.md §3.8): minimise
// E ||eps - eps_theta(alphaBar x0 + betaBar eps, t)||^2, then score =
// -eps_theta / betaBar. Time is that of the continuous VP schedule.
#include <memory>
#include <random>
#include <vector>

#include "core/diffusion/schedule.h"
#include "core/diffusion/score_source.h"
#include "core/mixture/gaussian_mixture.h"
#include "core/nn/mlp.h"
#include "core/nn/optimizers.h"
#include "core/nn/tape.h"

namespace kx::core::diffusion {

/// Sine and cosine of t at this many frequencies each.
inline constexpr int kTimeFrequencies = 8;
inline constexpr int kNetworkInputs = 2 + 2 * kTimeFrequencies;

/// Rows (x, y, sin(w_k t), cos(w_k t)) with w_k = 1000 / 10000^(k/8)
/// (the Transformer embedding of 1000 t, as DDPM embeds its step index).
nn::Mat<float> networkInput(const float* x, const float* y, int n, double time);

class EpsilonNetwork {
 public:
  EpsilonNetwork(std::uint64_t seed, int hidden = 128, int hiddenLayers = 3);
  nn::Mlp<float>& mlp() { return *m_mlp; }
  /// Forward pass without a tape (plain products): safe from many threads.
  nn::Mat<float> predict(const nn::Mat<float>& input) const;

 private:
  std::unique_ptr<nn::Mlp<float>> m_mlp;
};

/// A network as a ScoreSource: eps = eps_theta, score = -eps_theta / betaBar.
/// A level off the VP circle (VE: alphaBar = 1, betaBar = sigma, docs/math.md
/// §3.9) is answered at the VP level of the same betaBar/alphaBar on the
/// schedule the network was trained on, with x scaled by 1/sqrt(alphaBar^2 + betaBar^2).
class LearnedScore : public ScoreSource {
 public:
  explicit LearnedScore(std::shared_ptr<const EpsilonNetwork> network, ScheduleKind trainedOn = ScheduleKind::Linear)
      : m_network(std::move(network)), m_trainedOn{trainedOn} {}
  void evaluate(const float* x, const float* y, int n, const NoiseLevel& level, ScoreOutput what, float* outX,
                float* outY) const override;
  std::string name() const override { return "learned"; }

 private:
  std::shared_ptr<const EpsilonNetwork> m_network;
  ContinuousSchedule m_trainedOn;
};

struct DsmSettings {
  ScheduleKind schedule = ScheduleKind::Linear;
  int batch = 512;
  double learningRate = 1e-3;
  double minTime = 1e-3;  ///< t ~ U(minTime, 1), the samplers' range
  std::uint64_t seed = 1;
};

/// Denoising score matching with Adam; every batch is a pure function of
/// (seed, step).
class DsmTrainer {
 public:
  DsmTrainer(const mixture::GaussianMixture& target, const DsmSettings& settings);
  /// One Adam step; the loss, or a message when it is not finite (diverged).
  Result<float> step();
  int steps() const { return m_steps; }
  const DsmSettings& settings() const { return m_settings; }
  const std::vector<float>& losses() const { return m_losses; }
  /// A copy of the current network, for sampling while training goes on.
  std::shared_ptr<const EpsilonNetwork> snapshot() const;

 private:
  mixture::GaussianMixture m_target;
  DsmSettings m_settings;
  ContinuousSchedule m_schedule;
  std::shared_ptr<EpsilonNetwork> m_network;
  std::unique_ptr<nn::Adam<float>> m_adam;
  nn::Tape<float> m_tape;
  int m_steps = 0;
  std::vector<float> m_losses;
};

/// Mean over n forward-process samples at `level` of ||eps_a - eps_b||^2
/// (the learned-versus-exact error the lab maps and the test bounds).
double epsilonError(const ScoreSource& a, const ScoreSource& b, const mixture::GaussianMixture& target,
                    const NoiseLevel& level, int n, std::uint64_t seed);

}  // namespace kx::core::diffusion
