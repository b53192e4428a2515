#include "widgets/labs/competition/competition_lab.h"

#include <QJsonArray>
#include <QTextStream>
#include <cmath>

#include "core/phase/gallery.h"
#include "core/phase/phase_lab_schema.h"
#include "widgets/canvas/figure_export.h"
#include "widgets/charts/chart_support.h"
#include "widgets/labs/competition/bifurcation_chart.h"
#include "widgets/labs/competition/competition_scene.h"
#include "widgets/labs/competition/competition_view.h"
#include "widgets/labs/competition/model_json.h"
#include "widgets/labs/competition/model_names.h"
#include "widgets/labs/competition/outcome_map.h"
#include "widgets/labs/competition/phase_scene.h"

namespace kx::widgets {
namespace {

constexpr int kMaxTrajectories = 64;

// Marked for lupdate; the shell shows it translated in the lab class's context (live).
const char* kAbout = QT_TRANSLATE_NOOP("kx::widgets::CompetitionLab", R"(
<h3>Two-species competition</h3>
<p>Two populations share one habitat. Alone each grows logistically; when they meet each slows the other:</p>
<p style="margin-left:1em">dx₁/dt = r₁x₁(1 − x₁/N₁) − a₁x₁x₂<br>dx₂/dt = r₂x₂(1 − x₂/N₂) − a₂x₁x₂</p>
<p>The <b>phase plane</b> shows the direction field (arrows of equal length), the flow as a texture
coloured by speed |F|, the nullclines (dashed: blue where dx₁/dt = 0, red where dx₂/dt = 0) and the four
equilibria, each classified from the eigenvalues λ of the Jacobian J = ∂F/∂x:
(0, 0), (N₁, 0), (0, N₂) and the coexistence point E*.</p>
<p>With σ₁ = a₁N₂/r₁ and σ₂ = a₂N₁/r₂: both below 1 → coexistence at
E* = (N₁(1−σ₁), N₂(1−σ₂)) / (1 − σ₁σ₂); σ₂ &gt; 1 &gt; σ₁ → species 1 wins; σ₁ &gt; 1 &gt; σ₂ → species 2 wins;
both above 1 → bistable, and the separatrix (stable manifold of the saddle E*) splits the two basins.</p>
<p><b>Click</b> to start a trajectory (click its start again to select it, right-click to remove it); drag to pan,
wheel to zoom, double-click to reset the view. The charts show the selected trajectory's x₁(t), x₂(t) with the
equilibrium values dashed, and the error of the chosen integrator against a Dormand–Prince reference at
tolerance 10⁻¹²: Euler is a plain RNN cell (x ← x + hF(x)) with error O(h); RK4 is O(h⁴).</p>
<p>Defaults (r₁ = 0.1, 1/N₁ = 0.002, a₁ = 0.0001, r₂ = 0.3, 1/N₂ = 0.003, a₂ = 0.0002, start (100, 150)) are the essay's;
x₁ → 375 and x₂ → 250.</p>
<p><b>Other models.</b> The Model chooser above the plane also offers Lotka–Volterra predator–prey,
Rosenzweig–MacArthur, mutualism, SIR and Custom (type dx/dt and dy/dt in x, y and parameters you list). For
them the plane shows every branch of both nullclines, the stable and unstable manifolds of every saddle and the
periodic orbits with their period; the Bifurcation tab plots the equilibria against one parameter, coloured by
stability, with Hopf and zero-eigenvalue points marked.</p>
<p>Sources: <a href="https://kexue.fm/archives/3120">kexue.fm/archives/3120</a> (the model) and
<a href="https://kexue.fm/archives/5643">kexue.fm/archives/5643</a> (RNNs as ODE solvers).</p>
)");

QJsonArray pointJson(const Eigen::Vector2d& x) { return {x(0), x(1)}; }

// Where a model's first trajectory starts: the essay's initial state, or a
// point inside another model's window, off its axes (which are often invariant).
Eigen::Vector2d firstSeed(const core::PlanarModelSpec& spec) {
  if (spec.id == "competition") return {100, 150};
  const auto& w = spec.window;
  return {w.xMin + 0.3 * w.width(), w.yMin + 0.3 * w.height()};
}

// The bifurcation sweep: the swept parameter over its whole range at 200
// values; bisection then places each mark (docs/math.md §7.8), so a finer
// grid would only cost time.
constexpr int kSweepValues = 200;

}  // namespace

CompetitionLab::CompetitionLab(QObject* parent)
    : Lab({"competition", tr("Competition"), kAbout, core::competitionLabSchema()}, parent),
      m_spec(core::galleryModel("competition")) {
  resetState();
  m_timeChart = makeChart(QString(), QString(), QString());
  m_x1 = addLineSeries(m_timeChart, "x₁(t)", QColor(0, 90, 200));
  m_x2 = addLineSeries(m_timeChart, "x₂(t)", QColor(200, 40, 40));
  m_x1Star = addLineSeries(m_timeChart, "x₁*", QColor(0, 90, 200), 1.2, Qt::DashLine);
  m_x2Star = addLineSeries(m_timeChart, "x₂*", QColor(200, 40, 40), 1.2, Qt::DashLine);
  for (auto* guide : {m_x1Star, m_x2Star}) showInLegend(m_timeChart, guide, false);
  m_errorChart = makeChart(QString(), QString(), QString(), true);
  m_error = addLineSeries(m_errorChart, QString(), QColor(40, 40, 40));
  m_errorChart->legend()->hide();
  m_bifurcationChart = makeBifurcationChart();
  setChartTexts();
  connect(&m_bifurcationRunner, &JobRunner::frameReady, this, [this](const FramePtr& frame) {
    if (auto typed = std::dynamic_pointer_cast<const core::BifurcationFrame>(frame)) {
      m_bifurcation = std::move(typed);
      showBifurcation(m_bifurcationChart, *m_bifurcation);
      emit displayed();
    }
  });
  connect(&m_bifurcationRunner, &JobRunner::finished, this, [this](const QString& failure) {
    if (!failure.isEmpty()) emit message(failure);
  });
}

void CompetitionLab::setChartTexts() {
  m_timeChart->setTitle(tr("Selected trajectory"));
  m_errorChart->setTitle(tr("Integrator error"));
  m_error->setName(tr("error"));
  for (QChart* chart : {m_timeChart, m_errorChart}) chart->axes(Qt::Horizontal).first()->setTitleText(tr("time t"));
  m_timeChart->axes(Qt::Vertical).first()->setTitleText(tr("population"));
  m_errorChart->axes(Qt::Vertical).first()->setTitleText(tr("|x − x_ref|"));
}

void CompetitionLab::retranslateFigures() {
  setChartTexts();
  if (m_frame) m_scene = std::make_shared<const PlotScene>(competitionScene(*m_frame));
  if (m_phase) m_scene = std::make_shared<const PlotScene>(phaseScene(*m_phase));
  if (m_frame || m_phase) updateCharts();
  if (m_bifurcation) showBifurcation(m_bifurcationChart, *m_bifurcation);
  Lab::retranslateFigures();
}

CompetitionLab::~CompetitionLab() {
  stopJob();
  m_bifurcationRunner.cancel();
  delete m_timeChart;
  delete m_errorChart;
  delete m_bifurcationChart;
}

void CompetitionLab::resetState() {
  m_inputs.window = m_spec.window;
  m_inputs.seeds = {firstSeed(m_spec)};
  m_inputs.selected = 0;
}

core::Result<core::ParamSchema> CompetitionLab::schemaFor(const QJsonObject& model) const {
  auto spec = widgets::modelSpec(model);
  if (!spec) return core::fail(spec.error());
  if (auto compiled = core::PlanarModel::compile(*spec); !compiled) return core::fail(compiled.error());
  return core::phaseLabSchema(*spec);
}

core::Status CompetitionLab::chooseModel(const core::PlanarModelSpec& spec) {
  return setModel(modelJson(spec), {}, [id = spec.id] { return tr("Model: %1").arg(modelTitle(id)); });
}

void CompetitionLab::modelChanged() {
  // Lab::setModel accepted the model, so it reads.
  m_spec = widgets::modelSpec(model()).value();
  m_sweep = 0;
  resetState();
  // The old model's diagram goes at once; the new one's follows (startBifurcation).
  m_bifurcationRunner.cancel();
  m_bifurcation.reset();
  m_bifurcationChart->removeAllSeries();
}

void CompetitionLab::setSweep(int index) {
  if (index < 0 || index >= static_cast<int>(m_spec.parameters.size()) || index == m_sweep) return;
  m_sweep = index;
  startBifurcation();
}

void CompetitionLab::startBifurcation() {
  if (m_spec.parameters.empty()) return;  // a typed model without parameters: nothing to sweep
  core::BifurcationInputs in{.model = m_spec, .window = m_spec.window};
  for (const auto& p : m_spec.parameters) in.values.push_back(values().at(p.name));
  const auto& swept = m_spec.parameters[static_cast<std::size_t>(m_sweep)];
  in.range = {.parameter = m_sweep, .from = swept.min, .to = swept.max, .count = kSweepValues};
  // The swept parameter's own value changes nothing in the diagram.
  in.values[static_cast<std::size_t>(m_sweep)] = swept.value;
  const auto& last = m_bifurcationInputs;
  const bool same = last.model == in.model && last.values == in.values && last.range.parameter == m_sweep;
  if (same && (m_bifurcation || m_bifurcationRunner.busy())) return;  // shown, or on its way
  m_bifurcationInputs = in;
  m_bifurcationRunner.start(core::BifurcationJob::make(std::move(in)));
}

std::unique_ptr<core::Job> CompetitionLab::makeJob() {
  startBifurcation();
  if (m_spec.id != "competition") {
    auto read = core::phaseInputsFrom(m_spec, values());
    if (!read) return std::make_unique<core::FailedJob>(read.error());
    core::PhaseInputs inputs = std::move(read).value();
    inputs.window = m_inputs.window;
    inputs.seeds = m_inputs.seeds;
    inputs.selected = m_inputs.selected;
    return core::PhaseJob::make(std::move(inputs));
  }
  auto read = core::CompetitionInputs::from(values());
  // values() passed the schema already; only a programming error gets here.
  if (!read) return std::make_unique<core::FailedJob>(read.error());
  core::CompetitionInputs inputs = std::move(read).value();
  inputs.window = m_inputs.window;
  inputs.seeds = m_inputs.seeds;
  inputs.selected = m_inputs.selected;
  return std::make_unique<core::CompetitionJob>(std::move(inputs));
}

void CompetitionLab::showFrame(const FramePtr& frame) {
  if (auto essay = std::dynamic_pointer_cast<const core::CompetitionFrame>(frame)) {
    m_frame = std::move(essay);
    m_phase.reset();
    m_scene = std::make_shared<const PlotScene>(competitionScene(*m_frame));
  } else if (auto typed = std::dynamic_pointer_cast<const core::PhaseFrame>(frame)) {
    m_phase = std::move(typed);
    m_frame.reset();
    m_scene = std::make_shared<const PlotScene>(phaseScene(*m_phase));
    for (const auto& warning : m_phase->warnings) emit message(QString::fromStdString(warning));
  } else {
    return;  // a frame of another type: a programming error
  }
  updateCharts();
  emit displayed();
}

void CompetitionLab::updateCharts() {
  // The essay's frame or another model's: the same trajectories and equilibria.
  const auto& trajectories = m_frame ? m_frame->trajectories : m_phase->trajectories;
  const auto& equilibria = m_frame ? m_frame->equilibria : m_phase->equilibria;
  const int selected = m_frame ? m_frame->inputs.selected : m_phase->inputs.selected;
  const double tEnd = m_frame ? m_frame->inputs.tEnd : m_phase->inputs.tEnd;
  m_x1->setName(m_frame ? "x₁(t)" : "x(t)");
  m_x2->setName(m_frame ? "x₂(t)" : "y(t)");
  QList<QPointF> x1, x2, err;
  if (selected >= 0 && selected < static_cast<int>(trajectories.size())) {
    const auto& tr = trajectories[static_cast<std::size_t>(selected)];
    for (std::size_t i = 0; i < tr.t.size(); ++i) {
      x1.append({tr.t[i], tr.x[i](0)});
      x2.append({tr.t[i], tr.x[i](1)});
    }
  }
  if (m_frame)
    for (std::size_t i = 0; i < m_frame->errorTime.size(); ++i)
      if (m_frame->errorNorm[i] > 0 && std::isfinite(m_frame->errorNorm[i]))
        err.append({m_frame->errorTime[i], m_frame->errorNorm[i]});
  m_x1->replace(x1);
  m_x2->replace(x2);
  m_error->replace(err);
  // Dashed guides at the stable equilibrium's values (the essay's 375 and 250).
  QList<QPointF> s1, s2;
  for (const auto& e : equilibria)
    if (e.type == core::EquilibriumType::StableNode && e.x.minCoeff() >= 0) {
      s1 = {{0, e.x(0)}, {tEnd, e.x(0)}};
      s2 = {{0, e.x(1)}, {tEnd, e.x(1)}};
      break;
    }
  m_x1Star->replace(s1);
  m_x2Star->replace(s2);
  fitAxes(m_timeChart);
  fitAxes(m_errorChart);
  if (!m_frame) return;  // the error is measured for the essay's model only (the view hides its chart)
  const auto& integrator = m_frame->inputs.integrator;
  const char* method[] = {"Euler", "RK4", "Dormand–Prince"};
  m_errorChart->setTitle(integrator.method == core::Integrator::DormandPrince
                             ? tr("Error of %1 (rtol %2) vs reference").arg(method[2]).arg(integrator.tol.rtol)
                             : tr("Error of %1 (h = %2) vs reference")
                                   .arg(method[static_cast<int>(integrator.method)])
                                   .arg(integrator.step));
}

QWidget* CompetitionLab::createView(QWidget* parent) { return new CompetitionView(this, parent); }

void CompetitionLab::clickAt(const Eigen::Vector2d& x, double pickRadius) {
  for (std::size_t k = 0; k < m_inputs.seeds.size(); ++k)
    if ((m_inputs.seeds[k] - x).norm() <= pickRadius) {
      m_inputs.selected = static_cast<int>(k);
      return recompute();
    }
  if (static_cast<int>(m_inputs.seeds.size()) >= kMaxTrajectories) {
    emit message(tr("At most %1 trajectories; the oldest was removed.").arg(kMaxTrajectories));
    m_inputs.seeds.erase(m_inputs.seeds.begin());
  }
  m_inputs.seeds.push_back(x);
  m_inputs.selected = static_cast<int>(m_inputs.seeds.size()) - 1;
  recompute();
}

void CompetitionLab::removeNear(const Eigen::Vector2d& x, double pickRadius) {
  for (std::size_t k = 0; k < m_inputs.seeds.size(); ++k)
    if ((m_inputs.seeds[k] - x).norm() <= pickRadius) {
      m_inputs.seeds.erase(m_inputs.seeds.begin() + static_cast<long>(k));
      m_inputs.selected = m_inputs.seeds.empty() ? -1 : static_cast<int>(m_inputs.seeds.size()) - 1;
      return recompute();
    }
}

void CompetitionLab::clearTrajectories() {
  m_inputs.seeds.clear();
  m_inputs.selected = -1;
  recompute();
}

void CompetitionLab::setWindow(const core::PlaneRect& window) {
  if (!(window.width() > 0 && window.height() > 0) || window == m_inputs.window) return;
  m_inputs.window = window;
  recompute();
}

QJsonObject CompetitionLab::saveState() const {
  QJsonArray seeds;
  for (const auto& s : m_inputs.seeds) seeds.append(pointJson(s));
  const auto& w = m_inputs.window;
  return {{"window", QJsonArray{w.xMin, w.xMax, w.yMin, w.yMax}}, {"seeds", seeds}, {"selected", m_inputs.selected}};
}

core::Status CompetitionLab::restoreState(const QJsonObject& state) {
  auto finiteNumbers = [](const QJsonArray& a, int n) {
    if (a.size() != n) return false;
    for (const auto& v : a)
      if (!v.isDouble() || !std::isfinite(v.toDouble())) return false;
    return true;
  };
  core::CompetitionInputs next = m_inputs;
  if (state.contains("window")) {
    const QJsonArray w = state.value("window").toArray();
    if (!finiteNumbers(w, 4) || !(w[1].toDouble() > w[0].toDouble()) || !(w[3].toDouble() > w[2].toDouble()))
      return core::fail("state.window must be [xmin, xmax, ymin, ymax] with xmin < xmax and ymin < ymax");
    next.window = {w[0].toDouble(), w[1].toDouble(), w[2].toDouble(), w[3].toDouble()};
  }
  if (state.contains("seeds")) {
    const QJsonArray seeds = state.value("seeds").toArray();
    if (seeds.size() > kMaxTrajectories) return core::fail("state.seeds holds more than 64 starting points");
    next.seeds.clear();
    for (const auto& s : seeds) {
      if (!finiteNumbers(s.toArray(), 2)) return core::fail("each of state.seeds must be [x1, x2] with finite numbers");
      next.seeds.push_back({s.toArray()[0].toDouble(), s.toArray()[1].toDouble()});
    }
  }
  const int selected = state.value("selected").toInt(next.seeds.empty() ? -1 : 0);
  if (selected < -1 || selected >= static_cast<int>(next.seeds.size()))
    return core::fail("state.selected must index one of state.seeds (or be -1)");
  next.selected = selected;
  m_inputs = next;
  recompute();
  return core::Ok{};
}

void CompetitionLab::paintFigure(QPainter& painter, const QRectF& rect, qreal pixelRatio) const {
  painter.fillRect(rect, Qt::white);
  if (!m_scene) return;
  // Phase plane above; time series, integrator error and outcome map below
  // (another model: time series and bifurcation diagram).
  const double top = rect.height() * 0.64;
  paintSceneFigure(painter, QRectF(rect.topLeft(), QSizeF(rect.width(), top)), *m_scene, pixelRatio);
  const double y = rect.top() + top, h = rect.height() - top;
  if (!m_frame) {
    // The diagram comes from a job of its own: a headless export, which
    // computes only the lab's job, has none, and the time series takes the row.
    const double timeWidth = m_bifurcation ? rect.width() / 2 : rect.width();
    paintChart(painter, m_timeChart, QRectF(rect.left(), y, timeWidth, h));
    if (m_bifurcation) paintChart(painter, m_bifurcationChart, QRectF(rect.left() + timeWidth, y, timeWidth, h));
    return;
  }
  const double mapWidth = std::min(h * 1.1, rect.width() * 0.22);
  const double chartWidth = (rect.width() - mapWidth) / 2;
  paintChart(painter, m_timeChart, QRectF(rect.left(), y, chartWidth, h));
  paintChart(painter, m_errorChart, QRectF(rect.left() + chartWidth, y, chartWidth, h));
  paintOutcomeMap(painter, QRectF(rect.right() - mapWidth, y, mapWidth, h).adjusted(6, 6, -6, -6),
                  m_frame->inputs.model.sigma1(), m_frame->inputs.model.sigma2());
}

QString CompetitionLab::csvData() const {
  QString out;
  QTextStream csv(&out);
  csv.setRealNumberPrecision(10);
  csv << "kind,index,t,x1,x2,value\n";
  if (!m_frame && !m_phase) return out;
  const auto& equilibria = m_frame ? m_frame->equilibria : m_phase->equilibria;
  const auto& trajectories = m_frame ? m_frame->trajectories : m_phase->trajectories;
  for (std::size_t k = 0; k < equilibria.size(); ++k) {
    const auto& e = equilibria[k];
    csv << "equilibrium," << k << ",," << e.x(0) << ',' << e.x(1) << ','
        << QString::fromStdString(core::typeName(e.type)) << '\n';
  }
  for (std::size_t k = 0; k < trajectories.size(); ++k) {
    const auto& tr = trajectories[k];
    for (std::size_t i = 0; i < tr.t.size(); ++i)
      csv << "trajectory," << k << ',' << tr.t[i] << ',' << tr.x[i](0) << ',' << tr.x[i](1) << ",\n";
  }
  if (!m_frame) {
    // A periodic orbit's samples, its period in the value column.
    for (std::size_t k = 0; k < m_phase->orbits.size(); ++k)
      for (const auto& x : m_phase->orbits[k].orbit.points)
        csv << "orbit," << k << ",," << x(0) << ',' << x(1) << ',' << m_phase->orbits[k].orbit.period << '\n';
    return out;
  }
  for (std::size_t i = 0; i < m_frame->errorTime.size(); ++i)
    csv << "error," << m_frame->inputs.selected << ',' << m_frame->errorTime[i] << ",,," << m_frame->errorNorm[i]
        << '\n';
  return out;
}

std::unique_ptr<Lab> makeCompetitionLab() { return std::make_unique<CompetitionLab>(); }

}  // namespace kx::widgets
