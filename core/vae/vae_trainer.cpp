#include "core/vae/vae_trainer.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/util/counter_rng.h"

namespace kx::core::vae {
namespace {

// Streams blockKey(seed, kind + index): the batch order of epoch e, the noise
// of training step t, the noise of held-out batch b. Disjoint from the
// model's weight streams (vae_model.cpp).
constexpr std::uint64_t kShuffleStreams = 1ull << 40;
constexpr std::uint64_t kTrainNoiseStreams = 2ull << 40;
constexpr std::uint64_t kEvalNoiseStreams = 3ull << 40;

__extension__ typedef unsigned __int128 UInt128;  // GCC's, named without a -Wpedantic warning

/// Fisher–Yates with j = floor(w (i + 1) / 2^64) from 64-bit words (bias
/// ~ n / 2^64), unlike std::shuffle the same with every standard library.
void shuffleWith(std::vector<int>& v, std::uint64_t key) {
  for (std::size_t i = v.size(); i > 1; --i) {
    const auto j = std::size_t(UInt128(streamWord(key, i)) * i >> 64);
    std::swap(v[i - 1], v[j]);
  }
}

}  // namespace

VaeTrainer::VaeTrainer(const VaeConfig& model, const TrainConfig& train, std::shared_ptr<const ImageSet> data)
    : m_model(model),
      m_config(train),
      m_data(std::move(data)),
      m_adam(m_model.parameters(), float(train.learningRate)),
      m_train(m_data->count - train.heldOut),
      m_stepsPerEpoch(std::max(1, m_train / train.batch)) {
  m_order.resize(std::size_t(m_train));
  std::iota(m_order.begin(), m_order.end(), 0);
  shuffle();
}

// Each epoch shuffles the previous order again (any order is as good a start).
void VaeTrainer::shuffle() { shuffleWith(m_order, blockKey(m_model.config().seed, kShuffleStreams + m_epoch)); }

Status VaeTrainer::step() {
  const int n = std::min(m_config.batch, m_train);
  std::vector<int> idx(m_order.begin() + std::ptrdiff_t(m_step) * n, m_order.begin() + std::ptrdiff_t(m_step + 1) * n);
  const std::uint64_t t = std::uint64_t(m_epoch) * std::uint64_t(m_stepsPerEpoch) + std::uint64_t(m_step);
  const auto noise =
      standardNormals(blockKey(m_model.config().seed, kTrainNoiseStreams + t), n, m_model.config().latent);
  m_tape.clear();
  auto pass = m_model.forward(m_tape, imagesAsMatrix(*m_data, idx), noise, true);
  const double loss = pass.loss.value()(0, 0);
  if (!std::isfinite(loss))
    return fail("training diverged at epoch " + std::to_string(m_epoch + 1) + ", step " + std::to_string(m_step + 1) +
                " (the loss is " + std::to_string(loss) + "): lower the learning rate or the KL weight");
  m_adam.zeroGrad();
  m_tape.backward(pass.loss);
  m_adam.step();
  m_lossSum += loss;
  if (++m_step == m_stepsPerEpoch) {
    m_lastEpochLoss = m_lossSum / m_stepsPerEpoch;
    m_step = 0;
    m_lossSum = 0;
    ++m_epoch;
    shuffle();
  }
  return Ok{};
}

Evaluation VaeTrainer::evaluate() const {
  Evaluation e;
  const int held = m_config.heldOut, d = m_model.config().latent;
  e.klPerDim.assign(std::size_t(d), 0.0);
  e.codes.resize(held, d);
  e.variances.resize(held, d);
  for (int begin = 0, b = 0; begin < held; begin += m_config.batch, ++b) {
    const int n = std::min(m_config.batch, held - begin);
    // Fixed evaluation noise: the held-out loss changes only with the model.
    const auto noise = standardNormals(blockKey(m_model.config().seed, kEvalNoiseStreams + std::uint64_t(b)), n, d);
    nn::Tape<float> tape;
    auto pass = m_model.forward(tape, imagesAsMatrix(*m_data, m_train + begin, n), noise);
    e.recon += pass.recon.value().sum();
    for (int j = 0; j < d; ++j) e.klPerDim[std::size_t(j)] += pass.kl.value().col(j).sum();
    e.codes.middleRows(begin, n) = pass.mu.value();
    e.variances.middleRows(begin, n) = pass.var.value();
  }
  e.recon /= held;
  for (double& k : e.klPerDim) {
    k /= held;
    e.kl += k;
    e.activeUnits += k > kActiveUnitKl;
  }
  e.loss = e.recon + e.kl;
  // Burda et al.'s activity: the spread of the posterior mean over the data.
  const Eigen::MatrixXd codes = e.codes.cast<double>();
  const Eigen::RowVectorXd mean = codes.colwise().mean();
  for (int j = 0; j < d && held > 0; ++j) {
    const double v = (codes.col(j).array() - mean(j)).square().mean();
    e.meanVariancePerDim.push_back(v);
    e.activeUnitsByMeanVariance += v > kActiveUnitMeanVariance;
  }
  return e;
}

}  // namespace kx::core::vae
