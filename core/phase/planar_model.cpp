#include "core/phase/planar_model.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

namespace kx::core {

Eigen::Vector2d PlanarSystem::rhs(const Eigen::Vector2d& p) const {
  Eigen::Vector2d out;
  m_field.evalPoint(p(0), p(1), out.data());
  return out;
}

Eigen::Matrix2d PlanarSystem::jacobian(const Eigen::Vector2d& p) const {
  double d[4];
  m_jacobian.evalPoint(p(0), p(1), d);
  Eigen::Matrix2d j;
  j << d[0], d[1], d[2], d[3];
  return j;
}

void PlanarSystem::rhsBlock(const double* x, const double* y, std::size_t n, double* u, double* v) const {
  double* out[2] = {u, v};
  m_field.evalBlock(x, y, n, out);
}

void PlanarSystem::jacobianBlock(const double* x, const double* y, std::size_t n, double* fx, double* fy, double* gx,
                                 double* gy) const {
  double* out[4] = {fx, fy, gx, gy};
  m_jacobian.evalBlock(x, y, n, out);
}

PlanarField PlanarSystem::field() const {
  return [program = m_field](const Eigen::Vector2d& p) {
    Eigen::Vector2d out;
    program.evalPoint(p(0), p(1), out.data());
    return out;
  };
}

namespace {

bool isIdentifier(const std::string& s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  return true;
}

Status checkParameters(const std::vector<ModelParameter>& parameters) {
  static const std::set<std::string> reserved{"x",   "y",    "exp", "log", "sqrt", "sin",
                                              "cos", "tanh", "abs", "min", "max"};
  std::set<std::string> seen;
  for (const auto& p : parameters) {
    if (!isIdentifier(p.name)) return fail("parameter name '" + p.name + "' is not a name (letters, digits, _)");
    if (reserved.count(p.name)) return fail("parameter name '" + p.name + "' is reserved");
    if (!seen.insert(p.name).second) return fail("parameter '" + p.name + "' is declared twice");
    if (!std::isfinite(p.min) || !std::isfinite(p.max) || !std::isfinite(p.value) || p.min > p.max)
      return fail("parameter '" + p.name + "' needs finite min <= max");
    if (p.value < p.min || p.value > p.max) return fail("parameter '" + p.name + "': default outside [min, max]");
  }
  return Ok{};
}

}  // namespace

Result<PlanarModel> PlanarModel::compile(PlanarModelSpec spec) {
  if (auto ok = checkParameters(spec.parameters); !ok) return fail(ok.error());
  const PlaneRect& w = spec.window;
  if (!(std::isfinite(w.xMin) && std::isfinite(w.xMax) && std::isfinite(w.yMin) && std::isfinite(w.yMax) &&
        w.width() > 0 && w.height() > 0))
    return fail("the view window needs finite bounds with min < max");
  std::vector<std::string> names{"x", "y"};
  for (const auto& p : spec.parameters) names.push_back(p.name);
  PlanarModel model;
  auto f = parseExpression(spec.dxdt, names, model.m_pool);
  if (!f) return fail("dx/dt: " + f.error());
  auto g = parseExpression(spec.dydt, names, model.m_pool);
  if (!g) return fail("dy/dt: " + g.error());
  model.m_field = {*f, *g};
  for (int root : model.m_field)
    for (int var : {0, 1}) model.m_jacobian.push_back(differentiate(model.m_pool, root, var));
  model.m_spec = std::move(spec);
  return model;
}

int PlanarModel::parameterIndex(const std::string& name) const {
  for (std::size_t i = 0; i < m_spec.parameters.size(); ++i)
    if (m_spec.parameters[i].name == name) return static_cast<int>(i);
  return -1;
}

std::vector<double> PlanarModel::defaults() const {
  std::vector<double> values;
  for (const auto& p : m_spec.parameters) values.push_back(p.value);
  return values;
}

PlanarSystem PlanarModel::bind(const std::vector<double>& given) const {
  std::vector<double> values = defaults();  // a parameter not given keeps its default
  std::copy_n(given.begin(), std::min(given.size(), values.size()), values.begin());
  Expr field, jacobian;
  return PlanarSystem(Program(field, bindVariables(m_pool, m_field, 2, values, field)),
                      Program(jacobian, bindVariables(m_pool, m_jacobian, 2, values, jacobian)));
}

}  // namespace kx::core
