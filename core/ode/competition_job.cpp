#include "core/ode/competition_job.h"

#include <cmath>

#include "core/ode/line_integral_convolution.h"
#include "core/ode/saddle_manifold.h"

namespace kx::core {
namespace {

using Vec2 = Eigen::Vector2d;

std::vector<Nullcline> nullclines(const CompetitionParams& p, const PlaneRect& w) {
  // dx1/dt = 0 on x1 = 0 and on the line x2 = (r1/a1)(1 - x1/N1); likewise for
  // species 2 with the roles swapped (docs/math.md §1.1). With a = 0 the line is
  // x = N, parallel to the other axis.
  std::vector<Nullcline> lines{{{0, w.yMin}, {0, w.yMax}, 1, true}, {{w.xMin, 0}, {w.xMax, 0}, 2, true}};
  if (p.a1 > 0) lines.push_back({{w.xMin, p.r1 / p.a1 * (1 - w.xMin / p.N1)}, {w.xMax, p.r1 / p.a1 * (1 - w.xMax / p.N1)}, 1});
  else lines.push_back({{p.N1, w.yMin}, {p.N1, w.yMax}, 1});
  if (p.a2 > 0) lines.push_back({{p.r2 / p.a2 * (1 - w.yMin / p.N2), w.yMin}, {p.r2 / p.a2 * (1 - w.yMax / p.N2), w.yMax}, 2});
  else lines.push_back({{w.xMin, p.N2}, {w.xMax, p.N2}, 2});
  return lines;
}

}  // namespace

ParamSchema competitionLabSchema() {
  auto specs = competitionModelSpecs();
  specs.push_back({.key = "integrator", .label = "Integrator",
                   .description = "How trajectories are integrated: Euler (the 'RNN' of the ODE essay), classical "
                                  "RK4, or adaptive Dormand–Prince 5(4) with dense output.",
                   .kind = ParamKind::Choice, .defaultValue = 2, .choices = {"euler", "rk4", "dopri"},
                   .choiceNames = {"Euler", "RK4", "Dormand–Prince 5(4)"}});
  specs.push_back({.key = "h", .label = "Step h", .unit = "time",
                   .description = "Step size of Euler and RK4 (the essay's RNN uses h = 0.1).",
                   .min = 0.001, .max = 10.0, .defaultValue = 0.1, .decimals = 3, .logScale = true});
  specs.push_back({.key = "rtol", .label = "Tolerance",
                   .description = "Relative tolerance of Dormand–Prince (absolute tolerance is 1e-3 of it).",
                   .min = 1e-12, .max = 1e-2, .defaultValue = 1e-6, .decimals = 12, .logScale = true});
  specs.push_back({.key = "t_end", .label = "Duration", .unit = "time",
                   .description = "How long each trajectory is integrated.",
                   .min = 1.0, .max = 2000.0, .defaultValue = 200.0, .decimals = 1, .logScale = true});
  specs.push_back({.key = "arrows", .label = "Arrows across",
                   .description = "Number of direction-field arrows along the x₁ axis.",
                   .kind = ParamKind::Integer, .min = 8, .max = 64, .defaultValue = 28});
  specs.push_back({.key = "flow", .label = "Flow texture",
                   .description = "Line-integral convolution: a dense picture of the flow, coloured by speed.",
                   .kind = ParamKind::Toggle, .defaultValue = 1});
  return ParamSchema(std::move(specs));
}

Result<CompetitionInputs> CompetitionInputs::from(const ParamValues& values) {
  auto read = ParamReader::read(competitionLabSchema(), values, "the competition lab");
  if (!read) return fail(read.error());
  const ParamReader& v = *read;
  CompetitionInputs in;
  in.model = CompetitionParams::from(v);
  in.integrator.method = v.choice<Integrator>("integrator");
  in.integrator.step = v.real("h");
  in.integrator.tol = {v.real("rtol"), v.real("rtol") * 1e-3};
  in.tEnd = v.real("t_end");
  in.arrowsAcross = v.integer("arrows");
  in.flow = v.flag("flow");
  return in;
}

std::vector<std::vector<Vec2>> stableManifold(const CompetitionParams& p, const Equilibrium& saddle,
                                              const PlaneRect& window) {
  return saddleManifold([&p](const Vec2& x) { return p.rhs(x); }, p.jacobian(saddle.x), saddle.x, window, true);
}

bool CompetitionJob::runChunk(const CancelToken& cancel) {
  const auto& in = m_inputs;
  const PlanarField f = [p = in.model](const Vec2& x) { return p.rhs(x); };
  if (m_stage == 0) {
    auto frame = std::make_shared<CompetitionFrame>();
    frame->inputs = in;
    frame->equilibria = competitionEquilibria(in.model);
    frame->outcome = competitionOutcome(in.model.sigma1(), in.model.sigma2());
    frame->nullclines = nullclines(in.model, in.window);
    const int across = in.arrowsAcross;
    const int down = std::max(2, static_cast<int>(std::lround(across * in.window.height() / in.window.width())));
    frame->arrows = sampleVectorField(f, in.window, across, down);
    const int fineDown = std::max(2, static_cast<int>(std::lround(in.flowPixels * in.window.height() / in.window.width())));
    frame->flowField = sampleVectorField(f, in.window, in.flowPixels, fineDown);
    for (const auto& seed : in.seeds) {
      if (cancel.cancelled()) return false;
      frame->trajectories.push_back(integrateTrajectory(f, seed, in.tEnd, in.integrator, 2000));
    }
    if (in.selected >= 0 && in.selected < static_cast<int>(frame->trajectories.size())) {
      const auto& tr = frame->trajectories[in.selected];
      const auto reference = solveDense(f, in.seeds[in.selected], in.tEnd, {1e-12, 1e-12});
      if (!reference.empty())
        for (std::size_t i = 0; i < tr.t.size(); ++i) {
          frame->errorTime.push_back(tr.t[i]);
          frame->errorNorm.push_back((tr.x[i] - reference.at(tr.t[i])).norm());
        }
    }
    if (frame->outcome == CompetitionOutcome::Bistable)
      for (const auto& e : frame->equilibria)
        if (e.name == "E*" && e.type == EquilibriumType::Saddle)
          frame->separatrices = stableManifold(in.model, e, in.window);
    m_frame = frame;
    m_stage = 1;
    return in.flow;
  }
  auto texture = lineIntegralConvolution(m_frame->flowField, in.flowPixels / 24, 7, cancel);
  if (texture.empty()) return false;  // cancelled
  auto frame = std::make_shared<CompetitionFrame>(*m_frame);
  frame->flowTexture = std::move(texture);
  m_frame = frame;
  m_stage = 2;
  return false;
}

}  // namespace kx::core
