#pragma once
// The VAE lab's job: core/vae's VaeJob (training, a frame per epoch) plus,
// per epoch and still on the worker thread, everything the lab draws that
// needs the model — the 2D projection of the held-out codes (PCA for a latent
// of more than 2 dimensions), originals' reconstructions, the manifold grid
// (2D latent) and a snapshot of the model for decoding interpolations on
// another thread. Nothing is built on the GUI thread: the embedded digits,
// the model and its first evaluation are made in the first chunk.
#include <memory>
#include <mutex>

#include "core/job/job.h"
#include "core/params/param_schema.h"
#include "core/vae/vae_job.h"
#include "widgets/labs/vae/vae_latent.h"

namespace kx::widgets {

/// Side of the manifold grid (side x side decoded images, 2D latent only).
inline constexpr int kVaeManifoldSide = 15;

struct VaeLabFrame : core::Frame {
  std::shared_ptr<const core::vae::VaeFrame> train;  ///< curves, evaluation, codes, labels
  std::shared_ptr<const core::vae::ImageSet> data;   ///< held-out image i is data->image(heldBegin + i)
  int heldBegin = 0;
  vae::LatentProjection projection;                  ///< of train->latest.codes
  std::vector<int> reconIndices;                     ///< held-out indices of the reconstructed originals
  core::nn::Mat<float> reconstructions;              ///< one row of pixels per reconIndices entry
  core::nn::Mat<float> manifold;                     ///< kVaeManifoldSide^2 rows (empty unless the latent is 2D)
  std::shared_ptr<const core::vae::VaeModel> model;  ///< a copy: decode on any thread from a copy of it

  int imageRows() const { return data ? data->rows : 0; }
  int imageCols() const { return data ? data->cols : 0; }
  const std::uint8_t* heldImage(int i) const { return data->image(heldBegin + i); }
};

class VaeLabJob : public core::Job {
 public:
  /// `data` null: the embedded digits. `start`: weights to start from.
  VaeLabJob(core::ParamValues values, std::shared_ptr<const core::vae::ImageSet> data,
            std::shared_ptr<const core::vae::VaeWeights> start);

  bool runChunk(const core::CancelToken& cancel) override;
  std::shared_ptr<const core::Frame> frame() const override;
  double progress() const override;
  std::string failure() const override;

 private:
  void publish();

  core::ParamValues m_values;
  std::shared_ptr<const core::vae::ImageSet> m_data;
  std::shared_ptr<const core::vae::VaeWeights> m_start;
  std::unique_ptr<core::vae::VaeJob> m_job;
  std::shared_ptr<const core::Frame> m_lastTrain;
  mutable std::mutex m_mutex;
  std::shared_ptr<const VaeLabFrame> m_frame;
  std::string m_failure;
  double m_progress = 0;
};

/// One held-out index per class, in class order (the first image of each
/// label present), then further images up to `count`.
std::vector<int> reconstructionPicks(const std::vector<std::uint8_t>& labels, int count);

}  // namespace kx::widgets
