#pragma once
// The bifurcation diagram as a job (docs/math.md §7.8): the phase-plane lab
// runs it on a worker of its own, so a slider drag never waits for it.
#include <memory>

#include "core/job/job.h"
#include "core/phase/bifurcation.h"
#include "core/phase/planar_model.h"

namespace kx::core {

struct BifurcationInputs {
  PlanarModelSpec model;
  std::vector<double> values;  ///< one per parameter; the swept one is replaced
  BifurcationRange range;
  PlaneRect window;
};

struct BifurcationFrame : Frame {
  BifurcationInputs inputs;
  BifurcationDiagram diagram;
};

class BifurcationJob : public Job {
 public:
  bool runChunk(const CancelToken& cancel) override;
  std::shared_ptr<const Frame> frame() const override { return m_frame; }

  /// The job, or a FailedJob naming what is wrong with the model or the range.
  static std::unique_ptr<Job> make(BifurcationInputs inputs);

 private:
  BifurcationJob(BifurcationInputs inputs, PlanarModel model)
      : m_inputs(std::move(inputs)), m_model(std::move(model)) {}
  BifurcationInputs m_inputs;
  PlanarModel m_model;
  std::shared_ptr<const BifurcationFrame> m_frame;
};

}  // namespace kx::core
