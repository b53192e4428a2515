#include "core/vae/vae_job.h"

#include <stdexcept>

namespace kx::core::vae {

VaeWeights weightsOf(VaeModel& model) {
  VaeWeights out;
  for (const auto* p : model.state()) out.push_back(p->value);
  return out;
}

Status setWeights(VaeModel& model, const VaeWeights& weights) {
  const auto state = model.state();
  if (state.size() != weights.size())
    return fail("the weights hold " + std::to_string(weights.size()) + " tensors, the model has " +
                std::to_string(state.size()));
  for (std::size_t k = 0; k < state.size(); ++k)
    if (state[k]->value.rows() != weights[k].rows() || state[k]->value.cols() != weights[k].cols())
      return fail("the weights' tensor " + state[k]->name + " is " + std::to_string(weights[k].rows()) + " x " +
                  std::to_string(weights[k].cols()) + ", the model's is " + std::to_string(state[k]->value.rows()) +
                  " x " + std::to_string(state[k]->value.cols()));
  for (std::size_t k = 0; k < state.size(); ++k) state[k]->value = weights[k];
  return Ok{};
}

VaeJob::VaeJob(const VaeParams& params, std::shared_ptr<const ImageSet> data, std::shared_ptr<const VaeWeights> start)
    : m_params(params), m_trainer(params.model, params.train, std::move(data)) {
  if (start) {
    // create() has checked the shapes; a misfit here is a programming error.
    if (auto s = setWeights(m_trainer.model(), *start); !s) throw std::invalid_argument(s.error());
  }
  m_trainLoss.push_back(0);
  publish();  // the untrained model: the starting point of the curves
  m_trainLoss.front() = m_heldLoss.front();
}

Result<std::unique_ptr<VaeJob>> VaeJob::create(const ParamValues& values, std::shared_ptr<const ImageSet> data,
                                               std::shared_ptr<const VaeWeights> start) {
  auto p = vaeParamsFrom(values);
  if (!p) return fail(p.error());
  if (!data || data->count < p->train.heldOut + p->train.batch)
    return fail("the data set has " + std::to_string(data ? data->count : 0) + " images: it needs more than the " +
                std::to_string(p->train.heldOut) + " held out plus one batch of " + std::to_string(p->train.batch));
  VaeParams params = *p;
  params.model.input = data->pixelsPerImage();
  if (start) {
    VaeModel probe(params.model);
    if (auto s = setWeights(probe, *start); !s) return fail("the saved model does not fit: " + s.error());
  }
  return std::make_unique<VaeJob>(params, std::move(data), std::move(start));
}

void VaeJob::publish() {
  Evaluation e = m_trainer.evaluate();
  m_heldLoss.push_back(e.loss);
  m_heldRecon.push_back(e.recon);
  m_heldKl.push_back(e.kl);
  auto f = std::make_shared<VaeFrame>();
  f->epoch = m_trainer.epoch();
  f->epochs = m_params.epochs;
  f->trainLoss = m_trainLoss;
  f->heldLoss = m_heldLoss;
  f->heldRecon = m_heldRecon;
  f->heldKl = m_heldKl;
  f->latent = m_params.model.latent;
  const ImageSet& d = m_trainer.data();
  f->heldLabels.assign(d.labels.begin() + m_trainer.trainCount(), d.labels.end());
  f->latest = std::move(e);
  std::lock_guard lock(m_mutex);
  m_frame = std::move(f);
}

bool VaeJob::runChunk(const CancelToken& cancel) {
  if (!m_failure.empty() || m_trainer.epoch() >= m_params.epochs) return false;
  for (int k = 0; k < 8 && !cancel.cancelled(); ++k) {
    const int epoch = m_trainer.epoch();
    if (auto s = m_trainer.step(); !s) {
      std::lock_guard lock(m_mutex);
      m_failure = s.error();
      return false;
    }
    if (m_trainer.epoch() != epoch) {
      m_trainLoss.push_back(m_trainer.lastEpochLoss());
      publish();
      break;
    }
  }
  std::lock_guard lock(m_mutex);
  m_progress = (m_trainer.epoch() + double(m_trainer.stepInEpoch()) / m_trainer.stepsPerEpoch()) / m_params.epochs;
  return m_trainer.epoch() < m_params.epochs;
}

std::shared_ptr<const Frame> VaeJob::frame() const {
  std::lock_guard lock(m_mutex);
  return m_frame;
}

double VaeJob::progress() const {
  std::lock_guard lock(m_mutex);
  return m_progress;
}

std::string VaeJob::failure() const {
  std::lock_guard lock(m_mutex);
  return m_failure;
}

}  // namespace kx::core::vae
