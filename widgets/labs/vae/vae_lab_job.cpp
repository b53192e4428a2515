#include "widgets/labs/vae/vae_lab_job.h"

#include <algorithm>

#include "core/vae/digit_strokes.h"

namespace kx::widgets {
namespace {

constexpr int kReconstructions = 10;

}  // namespace

std::vector<int> reconstructionPicks(const std::vector<std::uint8_t>& labels, int count) {
  std::vector<int> picks;
  std::vector<bool> taken(labels.size(), false);
  for (int c = 0; c < core::vae::kClasses && int(picks.size()) < count; ++c)
    for (std::size_t i = 0; i < labels.size(); ++i)
      if (labels[i] == c) {
        picks.push_back(int(i));
        taken[i] = true;
        break;
      }
  for (std::size_t i = 0; i < labels.size() && int(picks.size()) < count; ++i)
    if (!taken[i]) picks.push_back(int(i));
  return picks;
}

VaeLabJob::VaeLabJob(core::ParamValues values, std::shared_ptr<const core::vae::ImageSet> data,
                     std::shared_ptr<const core::vae::VaeWeights> start)
    : m_values(std::move(values)), m_data(std::move(data)), m_start(std::move(start)) {}

bool VaeLabJob::runChunk(const core::CancelToken& cancel) {
  if (!m_job) {
    // The first chunk: data set, model and its evaluation before training.
    if (!m_data) m_data = core::vae::embeddedDigits();
    auto created = core::vae::VaeJob::create(m_values, m_data, m_start);
    if (!created) {
      std::lock_guard lock(m_mutex);
      m_failure = created.error();
      return false;
    }
    m_job = std::move(created).value();
    publish();
    return true;
  }
  const bool more = m_job->runChunk(cancel);
  if (m_job->frame() != m_lastTrain && !cancel.cancelled()) publish();
  std::lock_guard lock(m_mutex);
  m_progress = m_job->progress();
  if (!more) m_failure = m_job->failure();
  return more;
}

void VaeLabJob::publish() {
  m_lastTrain = m_job->frame();
  auto f = std::make_shared<VaeLabFrame>();
  f->train = std::dynamic_pointer_cast<const core::vae::VaeFrame>(m_lastTrain);
  f->data = m_data;
  f->heldBegin = m_job->trainer().trainCount();
  const auto& codes = f->train->latest.codes;
  f->projection = vae::projectCodes(codes);
  core::vae::VaeModel& model = m_job->trainer().model();
  f->reconIndices = reconstructionPicks(f->train->heldLabels, kReconstructions);
  core::nn::Mat<float> picked(Eigen::Index(f->reconIndices.size()), codes.cols());
  for (std::size_t k = 0; k < f->reconIndices.size(); ++k) picked.row(Eigen::Index(k)) = codes.row(f->reconIndices[k]);
  // Reconstruction from the posterior mean (the code the scatter shows).
  f->reconstructions = model.decode(picked);
  if (codes.cols() == 2) f->manifold = model.decode(vae::manifoldCodes(kVaeManifoldSide));
  f->model = std::make_shared<const core::vae::VaeModel>(model);
  std::lock_guard lock(m_mutex);
  m_frame = std::move(f);
}

std::shared_ptr<const core::Frame> VaeLabJob::frame() const {
  std::lock_guard lock(m_mutex);
  return m_frame;
}

double VaeLabJob::progress() const {
  std::lock_guard lock(m_mutex);
  return m_progress;
}

std::string VaeLabJob::failure() const {
  std::lock_guard lock(m_mutex);
  return m_failure;
}

}  // namespace kx::widgets
