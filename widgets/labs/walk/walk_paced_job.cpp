#include "widgets/labs/walk/walk_paced_job.h"

namespace kx::widgets {

bool PacedWalkJob::runChunk(const core::CancelToken& cancel) {
  const auto start = core::JobControl::Clock::now();
  const int before = m_job->computedSteps();
  const bool more = m_job->runChunk(cancel);
  if (more) m_control->waitOut(start, m_job->computedSteps() - before, cancel);
  return more;
}

}  // namespace kx::widgets
