#pragma once
// A one-parameter bifurcation diagram (docs/math.md §7.8): the equilibria in
// the view at evenly spaced values of one parameter, joined into branches by
// continuation, each point classified; where along a branch an eigenvalue
// pair crosses the imaginary axis (Hopf) or an eigenvalue crosses zero
// (transcritical), and where two branches meet and vanish (saddle-node), the
// point is located by bisection.
#include <Eigen/LU>
#include <vector>

#include "core/ode/equilibrium.h"
#include "core/phase/planar_model.h"
#include "core/util/cancel_token.h"
#include "core/util/plane_rect.h"

namespace kx::core {

struct BifurcationPoint {
  double parameter = 0;
  Equilibrium equilibrium;
};

enum class BifurcationKind { Hopf, ZeroEigenvalue };

struct BifurcationMark {
  BifurcationKind kind;
  double parameter = 0;
  Eigen::Vector2d x;
};

/// A periodic orbit round a focus of a branch: its extent in x is the
/// diagram's limit-cycle amplitude.
struct BifurcationCycle {
  double parameter = 0;
  double xMin = 0, xMax = 0;
  double period = 0;
  double multiplier = 1;
};

struct BifurcationDiagram {
  std::vector<std::vector<BifurcationPoint>> branches;
  std::vector<BifurcationMark> marks;
  std::vector<BifurcationCycle> cycles;
};

struct BifurcationRange {
  int parameter = 0;  ///< index into the model's parameters
  double from = 0, to = 1;
  int count = 500;  ///< parameter values, ends included
  /// Look for a periodic orbit round the foci at every cycleEvery-th value
  /// (0: never); each search costs milliseconds, so not at every value.
  int cycleEvery = 10;
};

/// The diagram of `model` at `values` (one per parameter) with the chosen one
/// swept over `range`; empty when cancelled.
BifurcationDiagram bifurcationDiagram(const PlanarModel& model, const std::vector<double>& values,
                                      const BifurcationRange& range, const PlaneRect& window,
                                      const CancelToken& cancel = {});

}  // namespace kx::core
