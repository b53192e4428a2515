#pragma once
// The VAE lab's trained model inside a session: a core/nn weights file of the
// model's state (weights, VAE+BN theta and running statistics) in base64,
// plus the values that fix its shapes (image size, hidden width, latent size,
// VAE+BN), so the weights are checked on reading, before anything is applied.
#include <QJsonObject>

#include "core/vae/vae_job.h"

namespace kx::widgets {

struct VaeSavedModel {
  core::vae::VaeWeights weights;
  int input = 0, width = 0, latent = 0;
  bool batchNorm = false;
};

/// The model's state as a weights file in base64, with its shapes.
core::Result<QJsonObject> vaeWeightsToJson(core::vae::VaeModel model);
/// Fails with the weights file's own message (truncated, corrupt, misfit...).
core::Result<VaeSavedModel> vaeWeightsFromJson(const QJsonObject& json);

}  // namespace kx::widgets
