#include "core/walk/walk_params.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

#include "core/params/param_reader.h"

namespace kx::core::walk {
namespace {

const std::vector<std::string> kKindKeys = {"lattice1d", "gauss1d", "uniform1d", "cauchy1d", "lattice2d", "gauss2d", "ou1d"};

std::string megabytes(double bytes) {
  std::ostringstream out;
  out.precision(3);
  out << bytes / double(1 << 20) << " MB";
  return out.str();
}

}  // namespace

std::size_t WalkParams::bytesPerWalker() const {
  const std::size_t perAxis = isLattice() ? sizeof(std::int16_t) : sizeof(float);
  return perAxis * static_cast<std::size_t>(dimensions());
}

double WalkParams::stepMean() const {
  switch (kind) {
    case WalkKind::Lattice1D:
      return 2 * p - 1;
    case WalkKind::Lattice2D:
      return (2 * p - 1) / 2;  // the x axis is chosen half the time
    default:
      return drift;  // the Cauchy location: it has no mean, drift is its centre
  }
}

double WalkParams::stepVariance() const {
  switch (kind) {
    case WalkKind::Lattice1D:
      return 4 * p * (1 - p);
    case WalkKind::Lattice2D:
      return 0.5 - std::pow((2 * p - 1) / 2, 2);
    case WalkKind::Gaussian1D:
    case WalkKind::Gaussian2D:
    case WalkKind::OrnsteinUhlenbeck1D:
      return scale * scale;
    case WalkKind::Uniform1D:
      return scale * scale / 3;
    case WalkKind::Cauchy1D:
      return std::numeric_limits<double>::infinity();
  }
  return 0;
}

std::string kindName(WalkKind kind) { return kKindKeys[static_cast<std::size_t>(kind)]; }

std::vector<ParamSpec> walkSpecs() {
  using K = ParamKind;
  return {
      {.key = "kind",
       .label = "Walk",
       .description = "Lattice +-1 steps, continuous steps (Gaussian, uniform, heavy-tailed Cauchy), an "
                      "Ornstein–Uhlenbeck walk pulled towards 0, or a 2D walk",
       .kind = K::Choice,
       .defaultValue = 0,
       .choices = kKindKeys,
       .choiceNames = {"Lattice ±1 (1D)", "Gaussian steps (1D)", "Uniform steps (1D)", "Cauchy steps (1D)",
                       "Lattice (2D)", "Gaussian steps (2D)", "Ornstein–Uhlenbeck (1D)"}},
      {.key = "walkers",
       .label = "Walkers",
       .description = "Number of independent walkers (2D walks: at most 100,000)",
       .kind = K::Integer,
       .min = 1,
       .max = kMaxWalkers1D,
       .defaultValue = 100000,
       .logScale = true},
      {.key = "steps",
       .label = "Steps",
       .description = "Number of steps every walker takes",
       .kind = K::Integer,
       .min = 1,
       .max = kMaxSteps,
       .defaultValue = 1000,
       .logScale = true},
      {.key = "p",
       .label = "p(+1)",
       .description = "Lattice walks: probability of a +1 step (2D: of the positive direction on the chosen axis)",
       .kind = K::Real,
       .min = 0,
       .max = 1,
       .defaultValue = 0.5,
       .decimals = 3},
      {.key = "scale",
       .label = "Step scale",
       .description = "Continuous steps: Gaussian standard deviation, uniform half-width, Cauchy scale; "
                      "Ornstein–Uhlenbeck: the noise's standard deviation per step, √α",
       .kind = K::Real,
       .min = 0.01,
       .max = 100,
       .defaultValue = 1,
       .decimals = 3,
       .logScale = true},
      {.key = "drift",
       .label = "Drift",
       .unit = "per step",
       .description = "Continuous steps: added to every step along x (lattice walks drift through p)",
       .kind = K::Real,
       .min = -10,
       .max = 10,
       .defaultValue = 0,
       .decimals = 3},
      {.key = "rate",
       .label = "Pull k",
       .unit = "per step",
       .description = "Ornstein–Uhlenbeck walk: dx = −k·x·dt + scale·dW. The spread settles at scale²/(2k) "
                      "after a few 1/k steps; small k is nearly a free Gaussian walk",
       .kind = K::Real,
       .min = 0.0001,
       .max = 10,
       .defaultValue = 0.01,
       .decimals = 4,
       .logScale = true},
      {.key = "potential",
       .label = "Potential ω",
       .unit = "per step",
       .description = "Path integral with V = ω²x²/2: each path is weighted by exp(−∫V dt) and the composed "
                      "short-time kernels converge to Mehler's kernel (1D walks without drift or barrier; the "
                      "walkers themselves do not feel it). 0: the free path integral",
       .kind = K::Real,
       .min = 0,
       .max = 1,
       .defaultValue = 0,
       .decimals = 3},
      {.key = "barrier",
       .label = "Barrier",
       .description = "A wall on the line x = barrier_at: absorbing (walkers stop there) or reflecting",
       .kind = K::Choice,
       .defaultValue = 0,
       .choices = {"none", "absorbing", "reflecting"},
       .choiceNames = {"None", "Absorbing", "Reflecting"}},
      {.key = "barrier_at",
       .label = "Barrier at",
       .description = "Position of the barrier; walkers start at 0, so it must not be 0",
       .kind = K::Real,
       .min = -1000,
       .max = 1000,
       .defaultValue = 20,
       .decimals = 2},
      {.key = "trails",
       .label = "Trails",
       .description = "Highlighted walkers whose full path is drawn",
       .kind = K::Integer,
       .min = 0,
       .max = 16,
       .defaultValue = 5},
      {.key = "seed",
       .label = "Seed",
       .description = "Results depend only on the seed (not on the number of threads)",
       .kind = K::Integer,
       .min = 0,
       .max = 2147483647,
       .defaultValue = 1},
  };
}

ParamSchema walkSchema() { return ParamSchema(walkSpecs()); }

int checkpointInterval(const WalkParams& params, std::size_t memoryBudget) {
  const double snapshot = double(params.walkers) * double(params.bytesPerWalker());
  const double affordable = std::max(1.0, std::floor(double(memoryBudget) / snapshot));
  const double snapshots = std::min({affordable, 1024.0, double(params.steps)});
  return static_cast<int>(std::ceil(params.steps / snapshots));
}

Status validateWalk(const WalkParams& w, std::size_t memoryBudget) {
  if (w.walkers < 1) return fail("the number of walkers must be at least 1 (it is " + std::to_string(w.walkers) + ")");
  const int maxWalkers = w.is2D() ? kMaxWalkers2D : kMaxWalkers1D;
  if (w.walkers > maxWalkers)
    return fail("a " + kindName(w.kind) + " walk takes at most " + std::to_string(maxWalkers) + " walkers (asked for " +
                std::to_string(w.walkers) + ")");
  if (w.steps < 1 || w.steps > kMaxSteps)
    return fail("the number of steps must be between 1 and " + std::to_string(kMaxSteps));
  if (!(w.p >= 0 && w.p <= 1))
    return fail("p is a probability: it must be between 0 and 1 (it is " + std::to_string(w.p) + ")");
  if (!(w.scale > 0) || !std::isfinite(w.scale)) return fail("the step scale must be a positive number");
  if (!std::isfinite(w.drift)) return fail("the drift must be a finite number");
  if (w.isLattice() && w.drift != 0)
    return fail("a lattice walk drifts through p (mean step 2p-1), not through 'drift': set drift to 0");
  if (w.kind == WalkKind::OrnsteinUhlenbeck1D && w.drift != 0)
    return fail("an Ornstein–Uhlenbeck walk is pulled towards 0, it has no drift: set drift to 0");
  if (!(w.rate > 0) || !std::isfinite(w.rate)) return fail("the pull k must be a positive number");
  if (w.barrier != BarrierKind::None && !(w.barrierAt != 0 && std::isfinite(w.barrierAt)))
    return fail("the barrier must not be at the starting point 0");
  if (w.barrier != BarrierKind::None && w.isLattice() && w.barrierAt != std::round(w.barrierAt))
    return fail("on a lattice walk the barrier must sit on a lattice site (a whole number)");
  if (w.trails < 0 || w.trails > 16) return fail("trails must be between 0 and 16");

  // Scrubbing back keeps a snapshot of all walkers every `interval` steps.
  const double snapshot = double(w.walkers) * double(w.bytesPerWalker());
  const double needed = snapshot * (std::ceil(double(w.steps) / kMaxReplaySteps) + 2);
  if (needed > double(memoryBudget))
    return fail(std::to_string(w.walkers) + " walkers x " + std::to_string(w.steps) + " steps need about " +
                megabytes(needed) + " to keep every step reachable, more than the " + megabytes(double(memoryBudget)) +
                " budget: use fewer walkers or steps");
  return Ok{};
}

Result<WalkParams> walkParamsFrom(const ParamValues& values, std::size_t memoryBudget) {
  const ParamSchema schema = walkSchema();
  // Zero walkers and p outside [0, 1] deserve the lab's own wording.
  if (auto it = values.find("walkers"); it != values.end() && !(it->second >= 1))
    return fail("the number of walkers must be at least 1 (it is " + schema.format("walkers", it->second) + ")");
  if (auto it = values.find("p"); it != values.end() && !(it->second >= 0 && it->second <= 1))
    return fail("p is a probability: it must be between 0 and 1 (it is " + schema.format("p", it->second) + ")");
  auto in = ParamReader::read(schema, values, "the random-walk lab");
  if (!in) return fail(in.error());
  WalkParams w;
  w.kind = in->choice<WalkKind>("kind");
  w.walkers = in->integer("walkers");
  w.steps = in->integer("steps");
  w.p = in->real("p");
  w.scale = in->real("scale");
  w.drift = in->real("drift");
  w.barrier = in->choice<BarrierKind>("barrier");
  w.barrierAt = in->real("barrier_at");
  w.trails = in->integer("trails");
  w.seed = static_cast<std::uint64_t>(in->real("seed"));
  w.rate = in->real("rate");
  w.potential = in->real("potential");
  if (auto status = validateWalk(w, memoryBudget); !status) return fail(status.error());
  return w;
}

}  // namespace kx::core::walk
