// CompetitionLab's animation: the phase portrait with its trajectories
// growing from their starts, all on one clock, so a faster solution visibly
// runs ahead (docs/math.md §1.8).
#include <algorithm>
#include <cmath>

#include "core/ode/trajectory.h"
#include "widgets/canvas/figure_export.h"
#include "widgets/labs/competition/competition_lab.h"
#include "widgets/labs/competition/competition_scene.h"
#include "widgets/labs/competition/phase_scene.h"

namespace kx::widgets {
namespace {

/// Frames of the growth: four seconds at 30 frames per second.
constexpr int kGrowthFrames = 120;

double longestTime(const std::vector<core::Trajectory>& trajectories) {
  double longest = 0;
  for (const auto& tr : trajectories)
    if (!tr.t.empty()) longest = std::max(longest, std::abs(tr.t.back()));
  return longest;
}

/// A copy of `frame` whose trajectories stop at the share `progress` of the
/// longest one's time (each in its own direction of time).
template <class Frame>
Frame grown(const Frame& frame, double progress) {
  Frame copy = frame;
  const double clock = progress * longestTime(frame.trajectories);
  for (auto& tr : copy.trajectories)
    if (!tr.t.empty()) tr = core::truncatedAt(tr, tr.t.back() < 0 ? -clock : clock);
  return copy;
}

template <class Frame, class MakeScene>
Animation growthOf(std::shared_ptr<const Frame> frame, MakeScene makeScene) {
  Animation animation{"competition", kGrowthFrames, true, {}};
  animation.frameAt = [frame, makeScene](double progress) -> FramePainter {
    auto scene = std::make_shared<const PlotScene>(makeScene(grown(*frame, progress)));
    return [scene](QPainter& painter, const QRectF& rect) { paintSceneFigure(painter, rect, *scene, 1.0); };
  };
  return animation;
}

}  // namespace

core::Result<Animation> CompetitionLab::animation() const {
  const double longest = m_frame   ? longestTime(m_frame->trajectories)
                         : m_phase ? longestTime(m_phase->trajectories)
                                   : 0.0;
  if (longest <= 0)
    return core::fail(tr("no trajectories yet: click in the phase plane to start one").toStdString());
  if (m_frame) return growthOf(m_frame, [](const core::CompetitionFrame& f) { return competitionScene(f); });
  return growthOf(m_phase, [](const core::PhaseFrame& f) { return phaseScene(f); });
}

}  // namespace kx::widgets
