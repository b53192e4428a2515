#pragma once
// The job the walk lab hands to its JobRunner. PacedWalkJob runs a shared
// WalkJob (the lab keeps the other reference, to scrub with frameAt) and
// paces it by the lab's JobControl: the control's pace, in steps per second,
// is the animation's speed.
#include <memory>
#include <string>

#include "core/job/job.h"
#include "core/job/job_control.h"
#include "core/walk/walk_job.h"

namespace kx::widgets {

class PacedWalkJob : public core::Job {
 public:
  PacedWalkJob(std::shared_ptr<core::walk::WalkJob> job, std::shared_ptr<const core::JobControl> control)
      : m_job(std::move(job)), m_control(std::move(control)) {}

  bool runChunk(const core::CancelToken& cancel) override;
  std::shared_ptr<const core::Frame> frame() const override { return m_job->frame(); }
  double progress() const override { return m_job->progress(); }
  std::string failure() const override { return m_job->failure(); }

 private:
  std::shared_ptr<core::walk::WalkJob> m_job;
  std::shared_ptr<const core::JobControl> m_control;
};

}  // namespace kx::widgets
