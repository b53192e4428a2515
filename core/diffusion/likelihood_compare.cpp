#include "core/diffusion/likelihood_compare.h"

#include <algorithm>

#include "core/diffusion/mixture_score.h"

namespace kx::core::diffusion {
namespace {

/// Points per chunk: ~8 x 200 RK4 steps x 4 stages, a few ms with the exact score.
constexpr std::size_t kPointsPerChunk = 8;

}  // namespace

Result<LikelihoodSample> compareLikelihood(const ScoreSource& source, const ContinuousSchedule& c,
                                           const mixture::GaussianMixture& target, const Eigen::Vector2d& x,
                                           int steps) {
  if (!x.allFinite()) return fail("the likelihood needs a finite point");
  auto r = odeLogLikelihood(source, c, x, kLikelihoodT0, 1.0, steps);
  if (!r) return fail(r.error());
  const NoiseLevel level{kLikelihoodT0, c.alphaBar(kLikelihoodT0), c.betaBar(kLikelihoodT0)};
  return LikelihoodSample{
      .x = x, .ode = r->logLikelihood, .exact = mixture::logDensity(noisedMixture(target, level), x)};
}

LikelihoodJob::LikelihoodJob(std::shared_ptr<const ScoreSource> source, const ContinuousSchedule& schedule,
                             mixture::GaussianMixture target, std::vector<Eigen::Vector2d> points, int steps)
    : m_source(std::move(source)),
      m_schedule(schedule),
      m_target(std::move(target)),
      m_points(std::move(points)),
      m_steps(steps) {}

bool LikelihoodJob::runChunk(const CancelToken& cancel) {
  const std::size_t to = std::min(m_points.size(), m_done.size() + kPointsPerChunk);
  while (m_done.size() < to) {
    if (cancel.cancelled()) return false;
    auto s = compareLikelihood(*m_source, m_schedule, m_target, m_points[m_done.size()], m_steps);
    if (!s) {
      std::lock_guard lock(m_mutex);
      m_failure = s.error();
      return false;
    }
    m_done.push_back(*s);
  }
  auto f = std::make_shared<LikelihoodFrame>();
  f->samples = m_done;
  f->total = int(m_points.size());
  std::lock_guard lock(m_mutex);
  m_frame = std::move(f);
  return m_done.size() < m_points.size();
}

std::shared_ptr<const Frame> LikelihoodJob::frame() const {
  std::lock_guard lock(m_mutex);
  return m_frame;
}

double LikelihoodJob::progress() const {
  std::lock_guard lock(m_mutex);
  return m_points.empty() ? 1.0 : double(m_frame ? m_frame->samples.size() : 0) / double(m_points.size());
}

std::string LikelihoodJob::failure() const {
  std::lock_guard lock(m_mutex);
  return m_failure;
}

}  // namespace kx::core::diffusion
