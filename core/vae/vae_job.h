#pragma once
// The VAE lab's training as a Job (core/job/job.h): a few Adam steps per
// chunk; after every epoch the held-out evaluation is published as a frame
// (curves of loss/recon/KL, KL per dimension, active units, latent codes).
#include <mutex>

#include "core/job/job.h"
#include "core/vae/vae_params.h"

namespace kx::core::vae {

struct VaeFrame : Frame {
  int epoch = 0, epochs = 0;
  std::vector<double> trainLoss, heldLoss, heldRecon, heldKl;  ///< per epoch, index 0 = before training
  Evaluation latest;
  std::vector<std::uint8_t> heldLabels;
  int latent = 0;
};

/// Trained weights in VaeModel::state() order: what a job can start from
/// instead of the seed's initialisation (sessions keep a trained model).
using VaeWeights = std::vector<nn::Mat<float>>;

/// The model's state() values, in order.
VaeWeights weightsOf(VaeModel& model);
/// Fails, changing nothing, when the weights do not fit the model's shapes.
Status setWeights(VaeModel& model, const VaeWeights& weights);

class VaeJob : public Job {
 public:
  /// `start`, when given, must fit the model (create() checks it).
  VaeJob(const VaeParams& params, std::shared_ptr<const ImageSet> data,
         std::shared_ptr<const VaeWeights> start = nullptr);
  /// Validates the values, that the data set has more images than are held
  /// out, and that `start` (if any) fits the model the values describe.
  static Result<std::unique_ptr<VaeJob>> create(const ParamValues& values, std::shared_ptr<const ImageSet> data,
                                                std::shared_ptr<const VaeWeights> start = nullptr);

  bool runChunk(const CancelToken& cancel) override;
  std::shared_ptr<const Frame> frame() const override;
  double progress() const override;
  std::string failure() const override;

  VaeTrainer& trainer() { return m_trainer; }  ///< only between chunks, on the job's thread

 private:
  void publish();

  VaeParams m_params;
  VaeTrainer m_trainer;
  std::vector<double> m_trainLoss, m_heldLoss, m_heldRecon, m_heldKl;
  mutable std::mutex m_mutex;
  std::shared_ptr<const VaeFrame> m_frame;
  std::string m_failure;
  double m_progress = 0;
};

}  // namespace kx::core::vae
