#pragma once
// A planar model typed as text (docs/math.md §7.2): dx/dt and dy/dt in x, y
// and named parameters. PlanarModel holds the parsed expressions and their
// exact partial derivatives; bind() fixes the parameter values and compiles
// PlanarSystem, the numbers-only field and Jacobian every analysis uses.
#include <Eigen/Core>
#include <string>
#include <vector>

#include "core/ode/trajectory.h"
#include "core/phase/program.h"
#include "core/util/plane_rect.h"
#include "core/util/result.h"

namespace kx::core {

struct ModelParameter {
  std::string name;
  double value = 0, min = 0, max = 1;
  bool operator==(const ModelParameter&) const = default;
};

struct PlanarModelSpec {
  std::string id;  ///< gallery id ("competition", ...) or "custom"
  std::string dxdt, dydt;
  std::vector<ModelParameter> parameters;  ///< value = the default
  PlaneRect window;
  std::string note;  ///< one line: what the model describes
  bool operator==(const PlanarModelSpec&) const = default;
};

/// The field and its Jacobian at fixed parameter values.
class PlanarSystem {
 public:
  PlanarSystem(Program field, Program jacobian) : m_field(std::move(field)), m_jacobian(std::move(jacobian)) {}

  Eigen::Vector2d rhs(const Eigen::Vector2d& p) const;
  /// Exact: compiled from the symbolic derivatives.
  Eigen::Matrix2d jacobian(const Eigen::Vector2d& p) const;
  /// u[i], v[i] = F(x[i], y[i]) for i < n, in blocks.
  void rhsBlock(const double* x, const double* y, std::size_t n, double* u, double* v) const;
  /// The four partials ∂f/∂x, ∂f/∂y, ∂g/∂x, ∂g/∂y at n points.
  void jacobianBlock(const double* x, const double* y, std::size_t n, double* fx, double* fy, double* gx,
                     double* gy) const;
  /// The field as the trajectory integrators take it.
  PlanarField field() const;
  int instructions() const { return m_field.instructions(); }

 private:
  Program m_field, m_jacobian;
};

class PlanarModel {
 public:
  /// Parses and checks a spec: parameter names (identifiers, distinct, not x,
  /// y or a function) and ranges (finite, min <= value <= max), then both
  /// expressions, each error prefixed by the expression it is in.
  static Result<PlanarModel> compile(PlanarModelSpec spec);

  const PlanarModelSpec& spec() const { return m_spec; }
  /// Index of the parameter called `name`, or -1.
  int parameterIndex(const std::string& name) const;
  /// The defaults.
  std::vector<double> defaults() const;
  /// The system at `values` (one per parameter, in spec order; missing ones
  /// take their defaults, extra ones are ignored).
  PlanarSystem bind(const std::vector<double>& values) const;
  PlanarSystem bind() const { return bind(defaults()); }

 private:
  PlanarModel() = default;
  PlanarModelSpec m_spec;
  Expr m_pool;
  std::vector<int> m_field, m_jacobian;  ///< roots: (f, g) and (fx, fy, gx, gy)
};

}  // namespace kx::core
