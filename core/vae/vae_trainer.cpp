#include "core/vae/vae_trainer.h"

#include <algorithm>
#include <cmath>

#include "core/util/counter_rng.h"

namespace kx::core::vae {

VaeTrainer::VaeTrainer(const VaeConfig& model, const TrainConfig& train, std::shared_ptr<const ImageSet> data)
    : m_model(model),
      m_config(train),
      m_data(std::move(data)),
      m_adam(m_model.parameters(), float(train.learningRate)),
      m_train(m_data->count - train.heldOut),
      m_schedule(m_train, train.batch, model.seed) {}

Status VaeTrainer::step() {
  const std::vector<int> idx = m_schedule.batch();
  const auto noise = standardNormals(blockKey(m_model.config().seed, kTrainNoiseStreams + m_schedule.stepIndex()),
                                     Eigen::Index(idx.size()), m_model.config().latent);
  m_tape.clear();
  auto pass = m_model.forward(m_tape, imagesAsMatrix(*m_data, idx), noise, true);
  const double loss = pass.loss.value()(0, 0);
  if (!std::isfinite(loss))
    return fail("training diverged at epoch " + std::to_string(epoch() + 1) + ", step " +
                std::to_string(stepInEpoch() + 1) + " (the loss is " + std::to_string(loss) +
                "): lower the learning rate or the KL weight");
  m_adam.zeroGrad();
  m_tape.backward(pass.loss);
  m_adam.step();
  m_schedule.advance(loss);
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
