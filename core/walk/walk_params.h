#pragma once
// Parameters of the random-walk lab (issue 4, docs/math.md §2): the schema the
// panel, session files, CLI --set and the bench read, and the validated
// struct the engine runs on.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/params/param_schema.h"
#include "core/util/result.h"

namespace kx::core::walk {

enum class WalkKind { Lattice1D, Gaussian1D, Uniform1D, Cauchy1D, Lattice2D, Gaussian2D, OrnsteinUhlenbeck1D };
enum class BarrierKind { None, Absorbing, Reflecting };

/// Walkers per block: the unit of work, of random streams and of
/// determinism (results never depend on how blocks are spread over threads).
inline constexpr int kBlockSize = 512;
/// Largest number of steps: lattice positions are 16-bit and |S_n| <= n.
inline constexpr int kMaxSteps = 30000;
inline constexpr int kMaxWalkers1D = 1000000;
inline constexpr int kMaxWalkers2D = 100000;
/// Scrubbing back replays at most this many steps from a checkpoint.
inline constexpr int kMaxReplaySteps = 256;
/// Default memory the checkpoints of one walk may use.
inline constexpr std::size_t kDefaultMemoryBudget = std::size_t{256} << 20;

struct WalkParams {
  WalkKind kind = WalkKind::Lattice1D;
  int walkers = 100000;
  int steps = 1000;
  double p = 0.5;      ///< lattice: probability of a +1 step (2D: of a move along +x / +y on its axis)
  double scale = 1.0;  ///< continuous steps: Gaussian sd, uniform half-width, Cauchy scale
  double drift = 0.0;  ///< continuous steps: added to every step (x only in 2D)
  double rate = 0.01;  ///< Ornstein–Uhlenbeck walk: k in dx = −k x dt + scale dW (per step)
  /// ω of the potential V = ω² x² / 2 that the path-integral panel weights
  /// paths with (docs/math.md §2.8); the walkers do not feel it.
  double potential = 0.0;
  BarrierKind barrier = BarrierKind::None;
  double barrierAt = 20.0;  ///< the barrier is the line x = barrierAt (start at 0)
  int trails = 5;           ///< highlighted walkers whose whole path is kept
  std::uint64_t seed = 1;

  bool is2D() const { return kind == WalkKind::Lattice2D || kind == WalkKind::Gaussian2D; }
  bool isLattice() const { return kind == WalkKind::Lattice1D || kind == WalkKind::Lattice2D; }
  int dimensions() const { return is2D() ? 2 : 1; }
  /// Bytes of one snapshot of one walker's position.
  std::size_t bytesPerWalker() const;
  /// Mean and variance of one step along x (infinite variance for Cauchy;
  /// for the Ornstein–Uhlenbeck walk its noise, α = scale², per unit time).
  double stepMean() const;
  double stepVariance() const;
};

/// Key, label, unit, range, default and meaning of every parameter.
std::vector<ParamSpec> walkSpecs();
ParamSchema walkSchema();
std::string kindName(WalkKind kind);

/// Reads and checks values of walkSchema(): ranges, combinations (lattice walks
/// drift through p, 2D walker limit, barrier not at the start) and the memory
/// the checkpoints need against `memoryBudget` bytes. Messages are for users.
Result<WalkParams> walkParamsFrom(const ParamValues& values, std::size_t memoryBudget = kDefaultMemoryBudget);
/// The same checks on an already filled struct.
Status validateWalk(const WalkParams& params, std::size_t memoryBudget = kDefaultMemoryBudget);

/// Steps between stored snapshots of all walkers: as small as the memory
/// budget allows (at most ~1024 snapshots), never above kMaxReplaySteps.
int checkpointInterval(const WalkParams& params, std::size_t memoryBudget = kDefaultMemoryBudget);

}  // namespace kx::core::walk
