#pragma once
// The jobs the walk lab hands to its JobRunner. PacedWalkJob runs a shared
// WalkJob (the lab keeps the other reference, to scrub with frameAt) and, when
// a speed is set, waits after each chunk so the walk plays at that many steps
// per second: the animation's speed control.
#include <atomic>
#include <memory>
#include <string>

#include "core/job/job.h"
#include "core/walk/walk_job.h"

namespace kx::widgets {

/// Steps per second of the animation; 0 or less: as fast as the cores go.
using WalkSpeed = std::shared_ptr<std::atomic<double>>;

class PacedWalkJob : public core::Job {
 public:
  PacedWalkJob(std::shared_ptr<core::walk::WalkJob> job, WalkSpeed speed)
      : m_job(std::move(job)), m_speed(std::move(speed)) {}

  bool runChunk(const core::CancelToken& cancel) override;
  std::shared_ptr<const core::Frame> frame() const override { return m_job->frame(); }
  double progress() const override { return m_job->progress(); }
  std::string failure() const override { return m_job->failure(); }

 private:
  std::shared_ptr<core::walk::WalkJob> m_job;
  WalkSpeed m_speed;
};

}  // namespace kx::widgets
