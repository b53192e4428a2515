#pragma once
// The phase plane of a typed model (docs/math.md §7): what a lab shows for
// any model. Stage 1 publishes the analysis (equilibria, nullclines, every
// saddle's manifolds, the direction field, the clicked trajectories); stage 2
// adds the periodic orbits, which take longer.
#include <Eigen/Core>
#include <memory>
#include <string>
#include <vector>

#include "core/job/job.h"
#include "core/ode/equilibrium.h"
#include "core/ode/saddle_manifold.h"
#include "core/ode/trajectory.h"
#include "core/ode/vector_field.h"
#include "core/phase/nullclines.h"
#include "core/phase/periodic_orbit.h"
#include "core/phase/planar_model.h"

namespace kx::core {

struct PhaseInputs {
  PlanarModelSpec model;
  std::vector<double> values;  ///< one per parameter; empty: the defaults
  PlaneRect window;
  IntegratorSettings integrator;
  double tEnd = 200;
  int arrowsAcross = 28;
  std::vector<Eigen::Vector2d> seeds;
};

struct PhaseOrbit {
  PeriodicOrbit orbit;
  std::string from;  ///< where the search started, e.g. "unstable focus (0.6667, 1.389)"
};

struct PhaseFrame : Frame {
  PhaseInputs inputs;
  std::vector<Equilibrium> equilibria;
  std::vector<NullclineBranch> nullclines;
  std::vector<Curve> stableManifolds, unstableManifolds;  ///< two branches per saddle
  FieldGrid arrows;
  std::vector<Trajectory> trajectories;  ///< one per seed, cut at the first non-finite state
  std::vector<PhaseOrbit> orbits;        ///< stage 2
  /// What the user must hear about, e.g. a trajectory stopped by a division by zero.
  std::vector<std::string> warnings;
};

class PhaseJob : public Job {
 public:
  bool runChunk(const CancelToken& cancel) override;
  std::shared_ptr<const Frame> frame() const override { return m_frame; }
  double progress() const override { return m_stage / 2.0; }

  /// The job, or a FailedJob whose failure is the model's error (the caller
  /// keeps its last valid model).
  static std::unique_ptr<Job> make(PhaseInputs inputs);

 private:
  PhaseJob(PhaseInputs inputs, PlanarModel model, PlanarSystem system)
      : m_inputs(std::move(inputs)), m_model(std::move(model)), m_system(std::move(system)) {}
  PhaseInputs m_inputs;
  PlanarModel m_model;
  PlanarSystem m_system;
  std::shared_ptr<const PhaseFrame> m_frame;
  int m_stage = 0;
};

}  // namespace kx::core
