#pragma once
// Trains a VaeModel on an image set with Adam, batch by batch (so a Job can
// run it in chunks), and evaluates it on the held-out images: the negative
// ELBO as W5 defines it (one z sample plus the exact KL, BN in inference
// mode), its reconstruction and KL parts, the KL of each latent dimension and
// the active units. Batches (training_schedule.h), noise and evaluation noise
// come from the counter-based generator (core/util/counter_rng.h): a run
// depends only on the seed.
#include <memory>

#include "core/nn/optimizers.h"
#include "core/util/result.h"
#include "core/vae/image_set.h"
#include "core/vae/training_schedule.h"
#include "core/vae/vae_model.h"

namespace kx::core::vae {

/// An active unit by docs/benchmarks.md W5 (docs/math.md §5.4): its KL averaged
/// over held-out data exceeds 0.01 nats. (The essays define no active unit;
/// docs/math.md §5.2 gives the floor gamma_mu^2 / 2 that the BN recipe puts under
/// each dimension's KL.)
inline constexpr double kActiveUnitKl = 0.01;
/// Burda, Grosse & Salakhutdinov (2016), "Importance weighted autoencoders",
/// §5.2: unit j is active when Cov_x(E[z_j|x]) > 0.01, i.e. its posterior
/// mean varies with the input. Reported beside the W5 count.
inline constexpr double kActiveUnitMeanVariance = 0.01;

struct TrainConfig {
  double learningRate = 1e-3;
  int batch = 100;
  int heldOut = 1000;  ///< the last heldOut images are held out (W5: 1000 of 10000)
};

struct Evaluation {
  double loss = 0, recon = 0, kl = 0;  ///< nats per held-out image
  std::vector<double> klPerDim;
  int activeUnits = 0;                     ///< klPerDim > kActiveUnitKl (W5)
  std::vector<double> meanVariancePerDim;  ///< Var over held-out x of E[z_j|x] (population variance)
  int activeUnitsByMeanVariance = 0;       ///< meanVariancePerDim > kActiveUnitMeanVariance (Burda et al.)
  nn::Mat<float> codes;                    ///< held-out posterior means, heldOut x latent
  nn::Mat<float> variances;                ///< held-out posterior variances, heldOut x latent
};

class VaeTrainer {
 public:
  VaeTrainer(const VaeConfig& model, const TrainConfig& train, std::shared_ptr<const ImageSet> data);

  /// One Adam step on the next batch; fails (and changes nothing more) when the loss is not finite.
  Status step();
  int epoch() const { return m_schedule.epoch(); }  ///< completed epochs
  int stepInEpoch() const { return m_schedule.stepInEpoch(); }
  int stepsPerEpoch() const { return m_schedule.stepsPerEpoch(); }
  /// Mean training loss of the batches of the current epoch so far.
  double epochLoss() const { return m_schedule.epochLoss(); }
  /// Mean training loss of the last completed epoch.
  double lastEpochLoss() const { return m_schedule.lastEpochLoss(); }

  /// Changes nothing: fixed evaluation noise, BN in inference mode.
  Evaluation evaluate() const;
  VaeModel& model() { return m_model; }
  const VaeModel& model() const { return m_model; }
  const ImageSet& data() const { return *m_data; }
  int trainCount() const { return m_train; }

 private:
  VaeModel m_model;
  TrainConfig m_config;
  std::shared_ptr<const ImageSet> m_data;
  nn::Adam<float> m_adam;
  nn::Tape<float> m_tape;
  int m_train;
  TrainingSchedule m_schedule;
};

}  // namespace kx::core::vae
