#include "core/phase/phase_job.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/phase/equilibria.h"
#include "core/phase/phase_field.h"

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;

std::string number(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4g", v);
  return text;
}

std::string at(const Vec2& p) {
  char text[64];
  std::snprintf(text, sizeof text, "(%.4g, %.4g)", p(0), p(1));
  return text;
}

// Cuts a trajectory at its first non-finite state and says so, or says where
// it stopped short of tEnd (the field blew up or the step size underflowed).
void checkTrajectory(Trajectory& tr, const Vec2& seed, double tEnd, std::vector<std::string>& warnings) {
  std::size_t finite = 0;
  while (finite < tr.x.size() && tr.x[finite].allFinite()) ++finite;
  const bool cut = finite < tr.x.size();
  tr.x.resize(finite);
  tr.t.resize(finite);
  if (!cut && (tr.t.empty() || tr.t.back() >= tEnd * (1 - 1e-9))) return;
  std::string message = "the trajectory from ";
  message += at(seed);
  message += " stops at t = ";
  message += number(tr.t.empty() ? 0.0 : tr.t.back());
  message += ": the field is not finite or grows without bound near ";
  message += at(tr.x.empty() ? seed : tr.x.back());
  warnings.push_back(std::move(message));
}

// The same orbit found twice (from two starts): equal periods and the one's
// start on the other's samples.
bool sameOrbit(const PeriodicOrbit& a, const PeriodicOrbit& b, double scale) {
  if (std::abs(a.period - b.period) > 1e-6 * a.period) return false;
  for (const auto& p : b.points)
    if ((p - a.points.front()).norm() < 1e-2 * scale) return true;
  return false;
}

}  // namespace

std::unique_ptr<Job> PhaseJob::make(PhaseInputs inputs) {
  auto model = PlanarModel::compile(inputs.model);
  if (!model) return std::make_unique<FailedJob>(model.error());
  if (inputs.values.empty()) inputs.values = model->defaults();
  if (inputs.values.size() != inputs.model.parameters.size())
    return std::make_unique<FailedJob>("the model has " + std::to_string(inputs.model.parameters.size()) +
                                       " parameters but " + std::to_string(inputs.values.size()) +
                                       " values were given");
  for (std::size_t i = 0; i < inputs.values.size(); ++i) {
    const auto& p = inputs.model.parameters[i];
    if (!(inputs.values[i] >= p.min && inputs.values[i] <= p.max))
      return std::make_unique<FailedJob>("parameter '" + p.name + "' outside [min, max]");
  }
  PlanarSystem system = model->bind(inputs.values);
  return std::unique_ptr<Job>(new PhaseJob(std::move(inputs), std::move(*model), std::move(system)));
}

bool PhaseJob::runChunk(const CancelToken& cancel) {
  const auto& in = m_inputs;
  const PlaneRect& w = in.window;
  if (m_stage == 0) {
    auto frame = std::make_shared<PhaseFrame>();
    frame->inputs = in;
    frame->equilibria = findEquilibria(m_system, w);
    frame->nullclines = contourNullclines(m_system, w);
    if (cancel.cancelled()) return false;
    const PlanarField f = m_system.field();
    for (const auto& e : frame->equilibria) {
      if (cancel.cancelled()) return false;
      if (e.type != EquilibriumType::Saddle) continue;
      const Eigen::Matrix2d j = m_system.jacobian(e.x);
      for (auto& c : saddleManifold(f, j, e.x, w, true)) frame->stableManifolds.push_back(std::move(c));
      for (auto& c : saddleManifold(f, j, e.x, w, false)) frame->unstableManifolds.push_back(std::move(c));
    }
    const int down = std::max(2, static_cast<int>(std::lround(in.arrowsAcross * w.height() / w.width())));
    frame->arrows = samplePhaseField(m_system, w, in.arrowsAcross, down);
    for (const auto& seed : in.seeds) {
      if (cancel.cancelled()) return false;
      frame->trajectories.push_back(integrateTrajectory(f, seed, in.tEnd, in.integrator, 2000));
      checkTrajectory(frame->trajectories.back(), seed, in.tEnd, frame->warnings);
    }
    m_frame = frame;
    m_stage = 1;
    return true;
  }
  // Stage 2: an orbit round each equilibrium that can have one: forwards from
  // a repelling point (an attracting orbit round it), in reversed time from an
  // attracting focus (a repelling orbit round it), and the closed orbit
  // through a point next to a centre (docs/math.md §7.7).
  auto frame = std::make_shared<PhaseFrame>(*m_frame);
  const double scale = std::max(w.width(), w.height());
  for (const auto& e : frame->equilibria) {
    if (cancel.cancelled()) return false;
    const bool repels = e.type == EquilibriumType::UnstableFocus || e.type == EquilibriumType::UnstableNode;
    if (!repels && e.type != EquilibriumType::StableFocus && e.type != EquilibriumType::Centre) continue;
    OrbitSearch search;
    search.reverse = e.type == EquilibriumType::StableFocus;
    search.cancel = cancel;
    const Vec2 start = e.x + Vec2(1e-2 * w.width(), 0);
    auto orbit = findPeriodicOrbit(m_system, start, w, search);
    if (!orbit) continue;  // none round this point: nothing to draw
    const bool known = std::any_of(frame->orbits.begin(), frame->orbits.end(),
                                   [&](const PhaseOrbit& o) { return sameOrbit(o.orbit, *orbit, scale); });
    if (!known) frame->orbits.push_back({*orbit, typeName(e.type) + " " + e.name});
  }
  if (cancel.cancelled()) return false;  // a search cut short: no partial frame
  m_frame = frame;
  m_stage = 2;
  return false;
}

}  // namespace kx::core
