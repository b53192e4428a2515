#pragma once
// The f-GAN "production workshop" (docs/math.md §4.10, essay 6016) and the
// likelihood-ratio designs of "Designing GANs" (§4.11, essay 7210).
//
// Each f-divergence D_f(P‖Q) = ∫ q f(p/q) has a convex conjugate g, and
// D_f = max_T E_p[T] − E_q[g(T)], where T must stay in the domain of g. The
// critic's raw output v is mapped into that domain by an output activation.
// The activation and g∘activation are written once, as templates, for both
// doubles (plots, tests) and tape variables (the losses in gan_losses.cpp).
// That way the table and the losses cannot drift apart.
#include <array>
#include <string>
#include <vector>

namespace kx::core::gan {

enum class FDivergence { TotalVariation, Kl, ReverseKl, Pearson, Neyman, Hellinger, JensenShannon };

inline constexpr std::array<FDivergence, 7> kFDivergences = {
    FDivergence::TotalVariation, FDivergence::Kl,        FDivergence::ReverseKl,    FDivergence::Pearson,
    FDivergence::Neyman,         FDivergence::Hellinger, FDivergence::JensenShannon};

/// One row of the conjugate table (§4.10), on doubles.
struct ConjugatePair {
  std::string title;
  double (*f)(double u);          ///< convex, f(1) = 0; u = p/q > 0
  double (*conjugate)(double t);  ///< g(t) = sup_{u > 0} {t u − f(u)}, on (tMin, tMax)
  double (*fPrime)(double u);     ///< f'(u): the optimal critic T* = f'(p/q) and the maximiser of t u − g(t)
  double tMin, tMax;              ///< the domain of g, which is the range of the output activation
};

const ConjugatePair& conjugatePair(FDivergence kind);

/// T = activation(v): the critic's raw output v ∈ ℝ mapped into the domain of g.
/// X is double, nn::Var<float> or nn::Var<double>.
template <typename X>
X outputActivation(FDivergence kind, X v);

/// g(activation(v)), simplified per row so that it stays finite where the
/// composition would round to log 0 or ∞ − ∞ (e.g. JS: ½ softplus(v) − ½ log 2).
template <typename X>
X conjugateOfActivation(FDivergence kind, X v);

/// A likelihood-ratio design (§4.11): the critic maximises E_p[φ(t)] + E_q[ψ(t)]
/// over t ∈ Ω. Pointwise, at r = q/p, the maximiser is t = ω(r) and the value
/// is d(r) = φ(ω(r)) + r ψ(ω(r)), which is convex and minimal at r = 1.
struct DesignedGan {
  std::string title;
  double (*phi)(double t);
  double (*psi)(double t);  ///< shifted by a constant so that ψ(ω(1)) = 0
  double (*omega)(double r);
  double (*d)(double r);  ///< closed form of max_t φ(t) + r ψ(t)
  double tMin, tMax;      ///< Ω = ω((0, ∞))
};

/// The essay's examples: the original GAN in two parameterisations, the
/// exponential pair and LSGAN (a = −1, b = 1).
const std::vector<DesignedGan>& designedGans();

}  // namespace kx::core::gan
