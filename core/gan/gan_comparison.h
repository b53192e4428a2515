#pragma once
// Comparison runs of the GAN lab (issue 16): variants of one setting — every
// loss, or three generator optimisers on the energy GAN — trained one after
// another on the same data, seed and networks for the same number of
// generator steps, with the lab's quality readout (gan_quality.h) recorded
// against the step. One job trains them all in bounded chunks, so a runner
// (docs/architecture.md, "Threads") shows the curves as they grow and cancels
// between any two updates.
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/gan/gan_quality.h"

namespace kx::core::gan {

struct ComparisonVariant {
  std::string key;  ///< names the variant in CSV files: the loss's key, or the optimiser's
  GanParams params;
};

/// Every loss of lossKeys() in its order on `base`: the same data, seed,
/// networks, optimisers and steps, and the same loss settings where a loss
/// reads them (λ, GAN-QP's distance, the energy GAN's λ₂).
std::vector<ComparisonVariant> lossVariants(const GanParams& base);

/// The energy GAN (docs/math.md §4.9) on `base` with three generator
/// optimisers: Adam β₁ = 0.5 (momentum), Adam β₁ = 0 (none) and plain SGD
/// (no momentum, at kSgdRatePerAdamRate times `base`'s generator rate): the
/// energy essay's claim that momentum overshoots the pits and collapses modes
/// (§4.1). The discriminator keeps `base`'s optimiser.
std::vector<ComparisonVariant> optimiserVariants(const GanParams& base);

/// Plain SGD's generator learning rate in optimiserVariants per unit of the
/// Adam rate: one over the generator's typical gradient (see the .cpp).
inline constexpr double kSgdRatePerAdamRate = 2000;

struct ComparisonCurve {
  std::vector<double> step, sw1, modes, hq;
  std::string failure;  ///< the divergence message, if the variant stopped on one
};

struct ComparisonFrame : Frame {
  /// One per variant, in order; a variant's curve is empty until its turn.
  std::vector<ComparisonCurve> curves;
  int targetModes = 0;      ///< 0 for a point cloud (no modes, GanFrame)
  std::size_t trained = 0;  ///< variants finished (trained to the end or stopped on divergence)
};

class ComparisonJob : public Job {
 public:
  /// `target` must pass mixture::validateTarget(). Each variant trains for its
  /// params.steps generator steps and is measured at step 0, every
  /// `measureEvery` steps and at its last step.
  ComparisonJob(std::vector<ComparisonVariant> variants, mixture::GaussianMixture target, int measureEvery);

  bool runChunk(const CancelToken& cancel) override;
  std::shared_ptr<const Frame> frame() const override;
  double progress() const override;

  std::shared_ptr<const ComparisonFrame> comparisonFrame() const;

 private:
  void startVariant();
  void measure();
  void publish();

  const std::vector<ComparisonVariant> m_variants;
  const mixture::GaussianMixture m_target;
  const int m_every;
  long m_totalSteps = 0;
  std::unique_ptr<GanTrainer> m_trainer;  // the current variant's, built by a chunk (constructors only copy)
  FrameInputs m_inputs;
  std::vector<ComparisonCurve> m_curves;
  std::size_t m_current = 0;
  long m_stepsDone = 0;        ///< generator steps of the finished variants
  mutable std::mutex m_mutex;  // guards the members below
  std::shared_ptr<const ComparisonFrame> m_frame;
  double m_progress = 0;
};

}  // namespace kx::core::gan
