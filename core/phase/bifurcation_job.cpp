#include "core/phase/bifurcation_job.h"

namespace kx::core {

std::unique_ptr<Job> BifurcationJob::make(BifurcationInputs inputs) {
  auto model = PlanarModel::compile(inputs.model);
  if (!model) return std::make_unique<FailedJob>(model.error());
  const int n = static_cast<int>(inputs.model.parameters.size());
  if (inputs.range.parameter < 0 || inputs.range.parameter >= n)
    return std::make_unique<FailedJob>("the model has no parameter to sweep");
  if (!(inputs.range.to > inputs.range.from) || inputs.range.count < 2)
    return std::make_unique<FailedJob>("the sweep needs from < to and at least two values");
  if (inputs.values.size() != static_cast<std::size_t>(n)) inputs.values = model->defaults();
  return std::unique_ptr<Job>(new BifurcationJob(std::move(inputs), std::move(*model)));
}

bool BifurcationJob::runChunk(const CancelToken& cancel) {
  auto frame = std::make_shared<BifurcationFrame>();
  frame->inputs = m_inputs;
  frame->diagram = bifurcationDiagram(m_model, m_inputs.values, m_inputs.range, m_inputs.window, cancel);
  if (cancel.cancelled()) return false;  // a superseded sweep publishes nothing
  m_frame = frame;
  return false;
}

}  // namespace kx::core
