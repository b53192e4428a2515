#pragma once
// Where a sampler's score comes from (issue 5: "samplers written once,
// generic in where the score comes from"): the exact score of the noised
// mixture, or a learned noise-prediction network. Both answer for a chunk of
// particles in structure-of-arrays form, from several threads at once.
#include <string>

namespace kx::core::diffusion {

/// A noise level of the VP process: p(x_t | x_0) = N(alphaBar x_0, betaBar^2 I)
/// (docs/math.md §3.0), and the time in [0, 1] that a network is conditioned on.
struct NoiseLevel {
  double time = 0;
  double alphaBar = 1;
  double betaBar = 0;
};

/// What evaluate() returns: the score grad log p_t(x), or the noise
/// prediction eps = -betaBar grad log p_t(x) (docs/math.md §3.4).
enum class ScoreOutput { Score, Epsilon };

class ScoreSource {
 public:
  virtual ~ScoreSource() = default;

  /// Fills outX/outY with the score or eps at the n points (x[i], y[i]).
  /// Must be safe to call concurrently on disjoint chunks. A learned source
  /// may return NaN; the samplers check and report it.
  virtual void evaluate(const float* x, const float* y, int n, const NoiseLevel& level, ScoreOutput what, float* outX,
                        float* outY) const = 0;

  /// div_x of the score at one point (the trace of its 2 x 2 Jacobian, for
  /// the likelihood of docs/math.md §3.6). The default differentiates evaluate()
  /// by central differences; the exact source overrides it in closed form.
  virtual double scoreDivergence(double x, double y, const NoiseLevel& level) const;

  virtual std::string name() const = 0;
};

}  // namespace kx::core::diffusion
