#pragma once
// The Competition lab's computation (docs/math.md §1): from parameters, a view
// window and clicked starting points to everything the figure shows.
#include <Eigen/Core>
#include <memory>
#include <vector>

#include "core/job/job.h"
#include "core/ode/competition_model.h"
#include "core/ode/trajectory.h"
#include "core/ode/vector_field.h"
#include "core/params/param_schema.h"
#include "core/util/plane_rect.h"
#include "core/util/result.h"

namespace kx::core {

/// The lab's full schema: the six model parameters plus integrator and view settings.
ParamSchema competitionLabSchema();

/// The essay's figure window (docs/math.md §1.6).
constexpr PlaneRect kCompetitionDefaultWindow{-100, 600, -100, 500};

struct CompetitionInputs {
  CompetitionParams model;
  IntegratorSettings integrator;
  double tEnd = 200;
  int arrowsAcross = 28;  ///< arrows along x; rows follow the window's aspect
  bool flow = true;       ///< compute the line-integral-convolution texture
  int flowPixels = 384;   ///< LIC texture width in pixels
  PlaneRect window = kCompetitionDefaultWindow;
  std::vector<Eigen::Vector2d> seeds;
  int selected = -1;  ///< index into seeds whose time series and error are shown

  /// Reads values of competitionLabSchema(); window, seeds and selection are set apart.
  static Result<CompetitionInputs> from(const ParamValues& values);
};

struct Nullcline {
  Eigen::Vector2d from, to;
  int species;          ///< 1: dx1/dt = 0, 2: dx2/dt = 0
  bool onAxis = false;  ///< the trivial branch x1 = 0 (species 1) or x2 = 0 (species 2)
};

struct CompetitionFrame : Frame {
  CompetitionInputs inputs;
  std::vector<Equilibrium> equilibria;
  CompetitionOutcome outcome = CompetitionOutcome::Coexistence;
  std::vector<Nullcline> nullclines;
  FieldGrid arrows;                      ///< coarse grid for the direction field
  FieldGrid flowField;                   ///< fine grid: speed heatmap
  std::vector<float> flowTexture;        ///< LIC of flowField, empty until computed
  std::vector<Trajectory> trajectories;  ///< one per seed, by the chosen integrator
  /// Selected trajectory: |x(t) - x_ref(t)| against a tight Dormand–Prince reference.
  std::vector<double> errorTime, errorNorm;
  /// Stable manifold of the interior saddle (bistable case), both branches.
  std::vector<std::vector<Eigen::Vector2d>> separatrices;
};

/// Stage 1 (analysis, arrows, trajectories, separatrix) is published first so
/// dragging a slider feels immediate; stage 2 adds the flow texture.
class CompetitionJob : public Job {
 public:
  explicit CompetitionJob(CompetitionInputs inputs) : m_inputs(std::move(inputs)) {}
  bool runChunk(const CancelToken& cancel) override;
  std::shared_ptr<const Frame> frame() const override { return m_frame; }
  double progress() const override { return m_inputs.flow ? m_stage / 2.0 : m_stage; }

 private:
  CompetitionInputs m_inputs;
  std::shared_ptr<const CompetitionFrame> m_frame;
  int m_stage = 0;
};

/// Both branches of the saddle's stable manifold, integrated backwards in time
/// from the saddle until they leave `window` (docs/math.md §1.5, bistable row).
std::vector<std::vector<Eigen::Vector2d>> stableManifold(const CompetitionParams& p, const Equilibrium& saddle,
                                                         const PlaneRect& window);

}  // namespace kx::core
