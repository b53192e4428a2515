#pragma once
// Trains an FVaeModel<float> with Adam as VaeTrainer trains the VAE (same
// batches, TrainConfig and noise streams; the noise u is n x input here) and
// evaluates the held-out negative ELBO of docs/math.md §5.7 with fixed noise.
#include <memory>

#include "core/nn/optimizers.h"
#include "core/util/result.h"
#include "core/vae/fvae_model.h"
#include "core/vae/training_schedule.h"
#include "core/vae/vae_trainer.h"

namespace kx::core::vae {

struct FVaeEvaluation {
  double loss = 0, recon = 0, kl = 0;  ///< nats per held-out image (one u per image)
  double sigma1 = 0, sigma2 = 0;       ///< the trained scalars
};

class FVaeTrainer {
 public:
  FVaeTrainer(const FVaeConfig& model, const TrainConfig& train, std::shared_ptr<const ImageSet> data);

  /// One Adam step on the next batch; fails (and changes nothing more) when the loss is not finite.
  Status step();
  int epoch() const { return m_schedule.epoch(); }  ///< completed epochs
  double lastEpochLoss() const { return m_schedule.lastEpochLoss(); }

  /// Changes nothing: fixed evaluation noise.
  FVaeEvaluation evaluate() const;
  const FVaeModel<float>& model() const { return m_model; }

 private:
  FVaeModel<float> m_model;
  TrainConfig m_config;
  std::shared_ptr<const ImageSet> m_data;
  nn::Adam<float> m_adam;
  nn::Tape<float> m_tape;
  int m_train;
  TrainingSchedule m_schedule;
};

}  // namespace kx::core::vae
