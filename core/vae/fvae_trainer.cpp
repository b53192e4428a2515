#include "core/vae/fvae_trainer.h"

#include <algorithm>
#include <cmath>

#include "core/util/counter_rng.h"

namespace kx::core::vae {

FVaeTrainer::FVaeTrainer(const FVaeConfig& model, const TrainConfig& train, std::shared_ptr<const ImageSet> data)
    : m_model(model),
      m_config(train),
      m_data(std::move(data)),
      m_adam(m_model.parameters(), float(train.learningRate)),
      m_train(m_data->count - train.heldOut),
      m_schedule(m_train, train.batch, model.seed) {}

Status FVaeTrainer::step() {
  const std::vector<int> idx = m_schedule.batch();
  const auto& c = m_model.config();
  const auto u =
      standardNormals(blockKey(c.seed, kTrainNoiseStreams + m_schedule.stepIndex()), Eigen::Index(idx.size()), c.input);
  m_tape.clear();
  auto pass = m_model.forward(m_tape, imagesAsMatrix(*m_data, idx), u);
  const double loss = pass.loss.value()(0, 0);
  if (!std::isfinite(loss))
    return fail("f-VAE training diverged at epoch " + std::to_string(epoch() + 1) + " (the loss is " +
                std::to_string(loss) + "): lower the learning rate");
  m_adam.zeroGrad();
  m_tape.backward(pass.loss);
  m_adam.step();
  m_schedule.advance(loss);
  return Ok{};
}

FVaeEvaluation FVaeTrainer::evaluate() const {
  FVaeEvaluation e;
  const int held = m_config.heldOut, d = m_model.config().input;
  for (int begin = 0, b = 0; begin < held; begin += m_config.batch, ++b) {
    const int n = std::min(m_config.batch, held - begin);
    // Fixed evaluation noise: the held-out loss changes only with the model.
    const auto u = standardNormals(blockKey(m_model.config().seed, kEvalNoiseStreams + std::uint64_t(b)), n, d);
    nn::Tape<float> tape;
    auto pass = m_model.forward(tape, imagesAsMatrix(*m_data, m_train + begin, n), u);
    e.recon += pass.recon.value().cast<double>().sum();
    e.kl += pass.kl.value().cast<double>().sum();
  }
  e.recon /= held;
  e.kl /= held;
  e.loss = e.recon + e.kl;
  e.sigma1 = m_model.sigma1();
  e.sigma2 = m_model.sigma2();
  return e;
}

}  // namespace kx::core::vae
