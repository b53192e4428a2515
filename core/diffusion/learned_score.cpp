#include "core/diffusion/learned_score.h"

#include <cmath>

#include "core/diffusion/sampler.h"
#include "core/nn/losses.h"
#include "core/util/counter_rng.h"

namespace kx::core::diffusion {

nn::Mat<float> networkInput(const float* x, const float* y, int n, double time) {
  nn::Mat<float> in(n, kNetworkInputs);
  in.col(0) = Eigen::Map<const Eigen::VectorXf>(x, n);
  in.col(1) = Eigen::Map<const Eigen::VectorXf>(y, n);
  for (int k = 0; k < kTimeFrequencies; ++k) {
    const double w = 1000.0 / std::pow(10000.0, double(k) / kTimeFrequencies);
    in.col(2 + 2 * k).setConstant(float(std::sin(w * time)));
    in.col(3 + 2 * k).setConstant(float(std::cos(w * time)));
  }
  return in;
}

EpsilonNetwork::EpsilonNetwork(std::uint64_t seed, int hidden, int hiddenLayers) {
  std::mt19937_64 rng(seed);
  std::vector<Eigen::Index> widths{kNetworkInputs};
  for (int i = 0; i < hiddenLayers; ++i) widths.push_back(hidden);
  widths.push_back(2);
  m_mlp = std::make_unique<nn::Mlp<float>>(widths, nn::Activation::Relu, rng, "eps");
}

nn::Mat<float> EpsilonNetwork::predict(const nn::Mat<float>& input) const {
  auto& layers = m_mlp->layers();
  nn::Mat<float> h = input;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    nn::Mat<float> next = h * layers[i].weight().value;
    next.rowwise() += layers[i].bias().value.row(0);
    if (i + 1 < layers.size()) next = next.cwiseMax(0.0f);
    h = std::move(next);
  }
  return h;
}

void LearnedScore::evaluate(const float* x, const float* y, int n, const NoiseLevel& level, ScoreOutput what,
                            float* outX, float* outY) const {
  // p(x | x0) = N(a x0, b^2 I) scaled by c = 1/sqrt(a^2 + b^2) is the VP level
  // (c a, c b) with the same noise eps (docs/math.md §3.9): ask the network there.
  const double norm2 = level.alphaBar * level.alphaBar + level.betaBar * level.betaBar;
  nn::Mat<float> input;
  if (std::abs(norm2 - 1) <= 1e-9) {
    input = networkInput(x, y, n, level.time);
  } else {
    input = networkInput(x, y, n, m_trainedOn.timeOfRatio(level.betaBar / level.alphaBar));
    input.leftCols(2) *= float(1 / std::sqrt(norm2));
  }
  const nn::Mat<float> eps = m_network->predict(input);
  // score = -eps / betaBar (docs/math.md §3.4); at betaBar = 0 it is undefined, and
  // the infinity reaches the sampler's finiteness check.
  const float scale = what == ScoreOutput::Epsilon ? 1.0f : float(-1.0 / level.betaBar);
  for (int i = 0; i < n; ++i) {
    outX[i] = scale * eps(i, 0);
    outY[i] = scale * eps(i, 1);
  }
}

DsmTrainer::DsmTrainer(const mixture::GaussianMixture& target, const DsmSettings& settings)
    : m_target(target),
      m_settings(settings),
      m_schedule{settings.schedule},
      m_network(std::make_shared<EpsilonNetwork>(settings.seed)),
      m_adam(std::make_unique<nn::Adam<float>>(m_network->mlp().parameters(), float(settings.learningRate))) {}

Result<float> DsmTrainer::step() {
  const int n = m_settings.batch;
  const std::uint64_t s = mix64(m_settings.seed * kGolden + std::uint64_t(m_steps));
  const mixture::Points x0 = mixture::sample(m_target, n, s);
  const mixture::Points eps = initialNoise(n, s ^ 0x5DEECE66Dull);
  // One time per example: t = minTime + (1 - minTime) u.
  const std::uint64_t key = blockKey(s, 7);
  nn::Mat<float> input(n, kNetworkInputs);
  for (int i = 0; i < n; ++i) {
    const double t = m_settings.minTime + (1 - m_settings.minTime) * unitOpen(std::uint32_t(streamWord(key, i)));
    const float a = float(m_schedule.alphaBar(t)), b = float(m_schedule.betaBar(t));
    const float xt = a * x0(i, 0) + b * eps(i, 0), yt = a * x0(i, 1) + b * eps(i, 1);
    input.row(i) = networkInput(&xt, &yt, 1, t).row(0);
  }
  m_tape.clear();
  auto prediction = m_network->mlp().forward(m_tape, m_tape.constant(input));
  auto loss = nn::mseLoss(prediction, m_tape.constant(nn::Mat<float>(eps)));
  const float value = loss.value()(0, 0);
  if (!std::isfinite(value))
    return fail("training diverged at step " + std::to_string(m_steps + 1) +
                ": the loss is not a finite number (lower the learning rate)");
  m_adam->zeroGrad();
  m_tape.backward(loss);
  m_adam->step();
  ++m_steps;
  m_losses.push_back(value);
  return value;
}

std::shared_ptr<const EpsilonNetwork> DsmTrainer::snapshot() const {
  auto copy = std::make_shared<EpsilonNetwork>(m_settings.seed);
  auto from = m_network->mlp().parameters(), to = copy->mlp().parameters();
  for (std::size_t i = 0; i < from.size(); ++i) to[i]->value = from[i]->value;
  return copy;
}

double epsilonError(const ScoreSource& a, const ScoreSource& b, const mixture::GaussianMixture& target,
                    const NoiseLevel& level, int n, std::uint64_t seed) {
  const mixture::Points x0 = mixture::sample(target, n, seed);
  const mixture::Points xt = float(level.alphaBar) * x0 + float(level.betaBar) * initialNoise(n, seed + 1);
  mixture::Points ea(n, 2), eb(n, 2);
  a.evaluate(xt.col(0).data(), xt.col(1).data(), n, level, ScoreOutput::Epsilon, ea.col(0).data(), ea.col(1).data());
  b.evaluate(xt.col(0).data(), xt.col(1).data(), n, level, ScoreOutput::Epsilon, eb.col(0).data(), eb.col(1).data());
  return double((ea - eb).rowwise().squaredNorm().mean());
}

}  // namespace kx::core::diffusion
