#pragma once
// The GAN lab as a Job (core/job/job.h): trains in chunks of generator steps
// and publishes a GanFrame every frameEvery steps, at step 0 and at the end.
// The GUI can ask, through the lab's JobControl (core/job/job_control.h), for a
// single discriminator or generator update in place of the next chunk (the
// lab's "step D" / "step G", a SingleStep request), and change the frame
// spacing (slow motion) while it runs. With Langevin sampling on
// (GanParams::langevin), the finished training's energy is then sampled
// (GanSampler), a frame every kSamplingFrames-th of the sampler's steps.
#include <memory>
#include <mutex>

#include "core/gan/gan_frame.h"
#include "core/job/job_control.h"

namespace kx::core::gan {

enum class SingleStep { None = 0, Discriminator = 1, Generator = 2 };

/// Pictures of a Langevin run (more in slow motion, JobControl::frameEvery).
inline constexpr int kSamplingFrames = 100;

class GanJob : public Job {
 public:
  /// Validates `values` (ganSchema()) and builds the job on the preset they name.
  static Result<std::unique_ptr<GanJob>> create(const ParamValues& values);
  /// `target` must pass mixture::validateTarget() (a mixture or a point
  /// cloud, core/mixture/point_cloud.h); `start`, if given, replaces the
  /// seeded initial weights (it must fit the networks: checked in the first chunk).
  /// `trained`, if given, is the last frame of a finished training of the same
  /// training parameters (sameTraining()) and target: the job only samples it.
  GanJob(const GanParams& params, mixture::GaussianMixture target, std::shared_ptr<JobControl> control = {},
         std::shared_ptr<const GanWeights> start = {}, std::shared_ptr<const GanFrame> trained = {});

  bool runChunk(const CancelToken& cancel) override;
  std::shared_ptr<const Frame> frame() const override;
  double progress() const override;
  std::string failure() const override;

  std::shared_ptr<const GanFrame> ganFrame() const;

 private:
  bool train(const CancelToken& cancel);
  bool sample(const CancelToken& cancel);
  bool sampling() const;
  /// True while the job has work left after this chunk.
  bool more() const;
  double progressOf(long generatorSteps, long samplerSteps) const;
  void publish();
  void publishSample();
  void record();
  /// A failure the user reads; the job stops.
  bool stop(std::string failure);

  const std::uint64_t m_run;  ///< GanFrame::run of this job's frames
  GanParams m_params;
  mixture::GaussianMixture m_target;
  std::shared_ptr<JobControl> m_control;
  std::shared_ptr<const GanWeights> m_start;
  std::unique_ptr<GanTrainer> m_trainer;  // built by the first chunk (constructors only copy)
  /// The finished training's last frame: the sampler's weights and background.
  std::shared_ptr<const GanFrame> m_trained;
  std::unique_ptr<GanSampler> m_sampler;
  FrameInputs m_inputs;
  GanHistory m_history;
  double m_dSum = 0, m_gSum = 0;
  int m_summed = 0;
  mutable std::mutex m_mutex;  // guards the members below
  std::shared_ptr<const GanFrame> m_frame;
  std::string m_failure;
  double m_progress = 0;
};

}  // namespace kx::core::gan
