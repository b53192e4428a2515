#pragma once
// Trains a BiGanQpModel<float> as the author's code does (docs/math.md §5.8):
// per step, criticSteps Adam updates of T, then one of E and G together, all
// on the same real batch (training_schedule.h) with fresh noise z ~ N(0, I)
// for each update from the counter streams, so a run depends only on the
// seed. Evaluates the held-out reconstructions G(E(x)): their mean squared
// pixel error and their sharpness (meanGradientMagnitude).
#include <memory>

#include "core/nn/optimizers.h"
#include "core/util/result.h"
#include "core/vae/biganqp_model.h"
#include "core/vae/training_schedule.h"
#include "core/vae/vae_trainer.h"

namespace kx::core::vae {

struct BiGanQpTraining {
  TrainConfig train{.learningRate = 2e-4};  ///< the author's Adam learning rate; batch 100, 1,000 held out
  double adamBeta1 = 0.5;                   ///< the author's (GAN-QP's) momentum; beta2 stays 0.999
  int criticSteps = 2;                      ///< T updates per E, G update (the author's)
};

struct BiGanQpEvaluation {
  double reconstructionMse = 0;  ///< mean over held-out images and pixels of (x - G(E(x)))^2
  double sharpness = 0;          ///< meanGradientMagnitude of the reconstructions
  double dataSharpness = 0;      ///< the same of the held-out images themselves, for scale
};

/// The sharpness of docs/math.md §5.8: each row a rows x cols image
/// (row-major), the magnitude sqrt(gx^2 + gy^2) of its forward differences
/// gx = I(r, c+1) - I(r, c), gy = I(r+1, c) - I(r, c) at the (rows-1) x (cols-1)
/// pixels that have both, averaged over those pixels and the images.
double meanGradientMagnitude(const nn::Mat<float>& images, int rows, int cols);

class BiGanQpTrainer {
 public:
  BiGanQpTrainer(const BiGanQpConfig& model, const BiGanQpTraining& training, std::shared_ptr<const ImageSet> data);

  /// criticSteps critic updates and one E, G update on the next batch; fails
  /// (and changes nothing more) when a loss is not finite.
  Status step();
  int epoch() const { return m_schedule.epoch(); }  ///< completed epochs
  /// Mean E, G loss (adversarial + guides) of the last completed epoch.
  double lastEpochLoss() const { return m_schedule.lastEpochLoss(); }
  /// The critic's loss at its last update (minus GAN-QP's objective, §4.2).
  double lastCriticLoss() const { return m_criticLoss; }

  /// Changes nothing.
  BiGanQpEvaluation evaluate() const;
  const BiGanQpModel<float>& model() const { return m_model; }

 private:
  Status checkFinite(double loss, const char* what) const;

  BiGanQpModel<float> m_model;
  BiGanQpTraining m_training;
  std::shared_ptr<const ImageSet> m_data;
  nn::Adam<float> m_criticAdam, m_generatorAdam;
  nn::Tape<float> m_tape;
  int m_train;
  TrainingSchedule m_schedule;
  double m_criticLoss = 0;
};

}  // namespace kx::core::vae
