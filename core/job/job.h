#pragma once
// A lab's computation, run in bounded chunks by a worker thread (widgets/) or
// straight through by the headless CLI and the bench. A job is built from an
// immutable copy of its inputs, so every frame it publishes comes from one
// consistent set of parameters.
#include <functional>
#include <memory>
#include <string>

#include "core/util/cancel_token.h"

namespace kx::core {

/// Base of the immutable results a job publishes; each lab derives its own.
struct Frame {
  virtual ~Frame() = default;
};

class Job {
 public:
  virtual ~Job() = default;

  /// Runs one bounded piece of work (a few tens of milliseconds at most) and
  /// returns true while there is more to do. Long loops inside a chunk poll
  /// `cancel` and return early when it fires.
  virtual bool runChunk(const CancelToken& cancel) = 0;

  /// The latest complete frame, or null before the first one.
  virtual std::shared_ptr<const Frame> frame() const = 0;

  /// Fraction done in [0, 1], or a negative value for open-ended jobs.
  virtual double progress() const { return -1.0; }

  /// Non-empty when the job stopped on a failure the user must hear about
  /// (e.g. training diverged); runChunk then returns false.
  virtual std::string failure() const { return {}; }
};

/// A job that does nothing but carry why its inputs make no job (for
/// combinations a schema cannot check alone); its failure is what the user
/// reads (an empty reason: the lab shows it another way).
class FailedJob : public Job {
 public:
  explicit FailedJob(std::string reason) : m_reason(std::move(reason)) {}
  bool runChunk(const CancelToken&) override { return false; }
  std::shared_ptr<const Frame> frame() const override { return nullptr; }
  double progress() const override { return 0; }
  std::string failure() const override { return m_reason; }

 private:
  std::string m_reason;
};

/// Runs a job to completion on the calling thread (CLI, bench, tests),
/// calling `afterChunk` after every chunk that leaves work to do (e.g. to
/// show each frame). Returns the failure message, empty on success.
inline std::string runToCompletion(Job& job, const CancelToken& cancel = {},
                                   const std::function<void()>& afterChunk = {}) {
  while (job.runChunk(cancel)) {
    if (cancel.cancelled()) return "cancelled";
    if (afterChunk) afterChunk();
  }
  return job.failure();
}

}  // namespace kx::core
