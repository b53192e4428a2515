// W1 `phase` (docs/benchmarks.md): 4096 competition-model trajectories
// with adaptive Dormand–Prince, and the 1024 x 1024 field sample; the
// `typed-` variants run the same model typed as text (the gallery's
// competition model, docs/math.md §7.3) through the compiled program.
#include <QJsonArray>
#include <atomic>
#include <cmath>
#include <mutex>

#include "app/bench/workloads.h"
#include "core/ode/competition_model.h"
#include "core/ode/vector_field.h"
#include "core/phase/batch_dormand_prince.h"
#include "core/phase/gallery.h"
#include "core/phase/phase_field.h"
#include "core/util/stopwatch.h"
#include "core/util/threads.h"

namespace kx::bench {
namespace {

using Vec2 = Eigen::Vector2d;

core::ParamSchema competitionModelSchema() { return core::ParamSchema(core::competitionModelSpecs()); }

// `field(x)` is dx/dt: the hand-coded model or the typed one.
template <typename Field>
Vec2 endPoint(const Field& field, const Vec2& x0, double tEnd, core::Tolerances tol, long* accepted) {
  Vec2 last = x0;
  const auto stats = core::integrateDormandPrince<2>(
      [&field](double, const Vec2& x) { return field(x); }, 0.0, tEnd, x0, tol, [&](const core::DenseStep<2>& step) {
        last = step.at(step.t0 + step.h);
        return true;
      });
  if (accepted) *accepted = stats.accepted;
  return last;
}

QJsonArray equilibriaJson(const core::CompetitionParams& p) {
  QJsonArray list;
  for (const auto& e : core::competitionEquilibria(p)) {
    QJsonArray eig;
    for (const auto& v : e.eigenvalues) eig.append(QJsonArray{v.real(), v.imag()});
    list.append(QJsonObject{{"x", QJsonArray{e.x(0), e.x(1)}},
                            {"eigenvalues", eig},
                            {"type", QString::fromStdString(core::typeName(e.type))}});
  }
  return list;
}

template <typename Field>
core::Result<QJsonObject> runTrajectories(const core::CompetitionParams& p, const Field& field, bool small) {
  const int n = small ? 16 : 64;
  const double tEnd = 400.0;
  const core::Tolerances tol{1e-8, 1e-10};
  auto start = [n](int k) { return 1.0 + (k % n) * 599.0 / (n - 1); };
  auto startY = [n](int k) { return 1.0 + (k / n) * 499.0 / (n - 1); };
  std::vector<Vec2> ends(static_cast<std::size_t>(n) * n);
  std::vector<long> accepted(ends.size());

  core::Stopwatch clock;
  core::parallelChunks(static_cast<std::size_t>(n), [&](std::size_t row) {
    for (int i = 0; i < n; ++i) {
      const int k = static_cast<int>(row) * n + i;
      ends[k] = endPoint(field, {start(k), startY(k)}, tEnd, tol, &accepted[k]);
    }
  });
  const double seconds = clock.seconds();

  const auto equilibria = core::competitionEquilibria(p);
  const Vec2 interior = equilibria.back().name == "E*" ? equilibria.back().x : Vec2::Constant(NAN);
  double maxErrEquilibrium = 0;
  long totalSteps = 0;
  for (std::size_t k = 0; k < ends.size(); ++k) {
    maxErrEquilibrium = std::max(maxErrEquilibrium, (ends[k] - interior).norm());
    totalSteps += accepted[k];
  }
  double maxErrReference = 0;
  for (int d = 0; d < n; ++d) {
    const int k = d * n + d;
    const Vec2 ref = endPoint(field, {start(k), startY(k)}, tEnd, {1e-12, 1e-14}, nullptr);
    maxErrReference = std::max(maxErrReference, (ends[k] - ref).norm());
  }
  return QJsonObject{{"seconds", seconds},
                     {"throughput", ends.size() / seconds},
                     {"unit", "trajectories/s"},
                     {"trajectories", static_cast<int>(ends.size())},
                     {"accepted_steps", static_cast<double>(totalSteps)},
                     {"max_err_equilibrium", maxErrEquilibrium},
                     {"max_err_reference", maxErrReference},
                     {"equilibria", equilibriaJson(p)}};
}

// The typed model's trajectories integrated together over blocks
// (docs/math.md §7.10), 8 rows of starts (512 trajectories) a chunk: measured
// against 1, 4 and 32 rows, the fastest.
core::Result<QJsonObject> runTypedTrajectories(const core::CompetitionParams& p, const core::PlanarSystem& typed,
                                               bool small) {
  const int n = small ? 16 : 64;
  const double tEnd = 400.0;
  const core::Tolerances tol{1e-8, 1e-10};
  std::vector<double> x(static_cast<std::size_t>(n) * n), y(x.size());
  for (int k = 0; k < n * n; ++k) x[k] = 1.0 + (k % n) * 599.0 / (n - 1), y[k] = 1.0 + (k / n) * 499.0 / (n - 1);
  const std::vector<double> x0 = x, y0 = y;
  std::vector<long> accepted(x.size());
  constexpr int rows = 8;
  core::Stopwatch clock;
  core::parallelChunks(static_cast<std::size_t>((n + rows - 1) / rows), [&](std::size_t chunk) {
    const std::size_t first = chunk * rows * n, count = std::min<std::size_t>(rows * n, x.size() - first);
    core::integrateDormandPrinceBatch(typed, x.data() + first, y.data() + first, count, tEnd, tol, accepted.data() + first);
  });
  const double seconds = clock.seconds();
  const auto equilibria = core::competitionEquilibria(p);
  const Vec2 interior = equilibria.back().name == "E*" ? equilibria.back().x : Vec2::Constant(NAN);
  double maxErrEquilibrium = 0, maxErrReference = 0;
  long totalSteps = 0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    maxErrEquilibrium = std::max(maxErrEquilibrium, (Vec2(x[k], y[k]) - interior).norm());
    totalSteps += accepted[k];
  }
  for (int d = 0; d < n; ++d) {
    const int k = d * n + d;
    const Vec2 ref = endPoint([&p](const Vec2& q) { return p.rhs(q); }, {x0[k], y0[k]}, tEnd, {1e-12, 1e-14}, nullptr);
    maxErrReference = std::max(maxErrReference, (Vec2(x[k], y[k]) - ref).norm());
  }
  return QJsonObject{{"seconds", seconds},
                     {"throughput", x.size() / seconds},
                     {"unit", "trajectories/s"},
                     {"trajectories", static_cast<int>(x.size())},
                     {"accepted_steps", static_cast<double>(totalSteps)},
                     {"max_err_equilibrium", maxErrEquilibrium},
                     {"max_err_reference", maxErrReference}};
}

template <typename Sample>
core::Result<QJsonObject> runField(const Sample& sample, bool small) {
  const int n = small ? 256 : 1024;
  core::Stopwatch clock;
  const core::FieldGrid grid = sample(core::PlaneRect{1, 600, 1, 500}, n);
  const double seconds = clock.seconds();
  return QJsonObject{{"seconds", seconds},
                     {"throughput", double(n) * n / seconds},
                     {"unit", "samples/s"},
                     {"grid", n},
                     {"max_speed", static_cast<double>(grid.speed.maxCoeff())}};
}

}  // namespace

BenchWorkload phaseWorkload() {
  return {.name = "phase",
          .variants = {"trajectories", "field", "typed-trajectories", "typed-field"},
          .run = [](const std::string& variant, const BenchOptions& options) {
            auto values = valuesWithSets(competitionModelSchema(), options);
            if (!values) return core::Result<QJsonObject>(core::fail(values.error()));
            auto read = core::ParamReader::read(competitionModelSchema(), *values, "the phase workload");
            if (!read) return core::Result<QJsonObject>(core::fail(read.error()));
            const auto p = core::CompetitionParams::from(*read);
            const auto hand = [&p](const Vec2& x) { return p.rhs(x); };
            if (variant == "trajectories") return runTrajectories(p, hand, options.small);
            if (variant == "field")
              return runField([&](const core::PlaneRect& r, int n) { return core::sampleVectorField(hand, r, n, n); },
                              options.small);
            // The gallery's parameters are the schema's keys, in its order.
            const auto model = core::PlanarModel::compile(core::galleryModel("competition"));
            if (!model) return core::Result<QJsonObject>(core::fail(model.error()));
            const core::PlanarSystem typed = model->bind({p.r1, p.N1, p.a1, p.r2, p.N2, p.a2});
            if (variant == "typed-field")
              return runField([&](const core::PlaneRect& r, int n) { return core::samplePhaseField(typed, r, n, n); },
                              options.small);
            return runTypedTrajectories(p, typed, options.small);
          }};
}

}  // namespace kx::bench
