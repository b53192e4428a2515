#include "core/gan/f_divergence.h"

#include <cmath>
#include <cstddef>
#include <limits>

#include "core/nn/ops.h"

namespace kx::core::gan {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kLog2 = std::log(2.0);

/// log(1 + e^x) without overflow; nn::softplus is its tape counterpart.
double softplus(double x) { return x > 0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x)); }

}  // namespace

const ConjugatePair& conjugatePair(FDivergence kind) {
  // The rows of docs/math.md §4.10, in the order of FDivergence. Pearson and
  // Neyman are named as in Nowozin et al. (2016): Pearson χ² = ∫ (p − q)²/q has
  // f = (u − 1)². The essay's table swaps the two names.
  static const std::array<ConjugatePair, kFDivergences.size()> rows = {{
      // f' at u = 1 is the middle of the subdifferential [−½, ½].
      {"total variation", [](double u) { return 0.5 * std::abs(u - 1); }, [](double t) { return t; },
       [](double u) { return u == 1 ? 0.0 : std::copysign(0.5, u - 1); }, -0.5, 0.5},
      {"KL", [](double u) { return u * std::log(u); }, [](double t) { return std::exp(t - 1); },
       [](double u) { return 1 + std::log(u); }, -kInf, kInf},
      {"reverse KL", [](double u) { return -std::log(u); }, [](double t) { return -1 - std::log(-t); },
       [](double u) { return -1 / u; }, -kInf, 0},
      {"Pearson χ²", [](double u) { return (u - 1) * (u - 1); }, [](double t) { return t * t / 4 + t; },
       [](double u) { return 2 * (u - 1); }, -2, kInf},
      {"Neyman χ²", [](double u) { return (1 - u) * (1 - u) / u; }, [](double t) { return 2 - 2 * std::sqrt(1 - t); },
       [](double u) { return 1 - 1 / (u * u); }, -kInf, 1},
      {"squared Hellinger", [](double u) { return (std::sqrt(u) - 1) * (std::sqrt(u) - 1); },
       [](double t) { return t / (1 - t); }, [](double u) { return 1 - 1 / std::sqrt(u); }, -kInf, 1},
      {"Jensen–Shannon", [](double u) { return -(u + 1) / 2 * std::log((1 + u) / 2) + u / 2 * std::log(u); },
       [](double t) { return -0.5 * std::log(2 - std::exp(2 * t)); },
       [](double u) { return 0.5 * std::log(2 * u / (1 + u)); }, -kInf, kLog2 / 2},
  }};
  return rows[static_cast<std::size_t>(kind)];
}

// Unqualified exp, tanh and softplus: std:: and the helper above for doubles,
// core/nn's ops (found by argument-dependent lookup) for tape variables.
template <typename X>
X outputActivation(FDivergence kind, X v) {
  using std::exp, std::tanh;
  switch (kind) {
    case FDivergence::TotalVariation:
      return 0.5 * tanh(v);
    case FDivergence::Kl:
      return v;
    case FDivergence::ReverseKl:
      return -exp(v);
    case FDivergence::Pearson:
      return exp(v) - 2.0;
    case FDivergence::Neyman:
    case FDivergence::Hellinger:
      return 1.0 - exp(v);
    case FDivergence::JensenShannon:
      return kLog2 / 2 - 0.5 * softplus(-v);
  }
  return v;
}

template <typename X>
X conjugateOfActivation(FDivergence kind, X v) {
  using std::exp, std::tanh;
  switch (kind) {
    case FDivergence::TotalVariation:
      return 0.5 * tanh(v);  // g(t) = t
    case FDivergence::Kl:
      return exp(v - 1.0);
    case FDivergence::ReverseKl:
      return -1.0 - v;  // −1 − log(e^v)
    case FDivergence::Pearson:
      return exp(v * 2.0) * 0.25 - 1.0;  // t²/4 + t = (t + 2)²/4 − 1
    case FDivergence::Neyman:
      return 2.0 - 2.0 * exp(v * 0.5);  // 2 − 2√(e^v)
    case FDivergence::Hellinger:
      return exp(-v) - 1.0;  // (1 − e^v)/e^v
    case FDivergence::JensenShannon:
      // e^{2t} = 2σ(v), so 2 − e^{2t} = 2σ(−v) and −½ log(2σ(−v)) = ½ softplus(v) − ½ log 2.
      return 0.5 * softplus(v) - kLog2 / 2;
  }
  return v;
}

template double outputActivation<double>(FDivergence, double);
template double conjugateOfActivation<double>(FDivergence, double);
template nn::Var<float> outputActivation<nn::Var<float>>(FDivergence, nn::Var<float>);
template nn::Var<float> conjugateOfActivation<nn::Var<float>>(FDivergence, nn::Var<float>);
template nn::Var<double> outputActivation<nn::Var<double>>(FDivergence, nn::Var<double>);
template nn::Var<double> conjugateOfActivation<nn::Var<double>>(FDivergence, nn::Var<double>);

const std::vector<DesignedGan>& designedGans() {
  // Each ψ carries the constant that makes ψ(ω(1)) = 0 (Conclusion 1 of §4.11).
  static const std::vector<DesignedGan> rows = {
      {"original GAN, t = log r", [](double t) { return -softplus(t); }, [](double t) { return kLog2 - softplus(-t); },
       [](double r) { return std::log(r); }, [](double r) { return r * std::log(2 * r) - (1 + r) * std::log(1 + r); },
       -kInf, kInf},
      {"original GAN, t = r/(1 + r)", [](double t) { return std::log(1 - t); },
       [](double t) { return std::log(2 * t); }, [](double r) { return r / (1 + r); },
       [](double r) { return r * std::log(2 * r) - (1 + r) * std::log(1 + r); }, 0, 1},
      {"exponential, t = ½ log r", [](double t) { return -std::exp(t); }, [](double t) { return 1 - std::exp(-t); },
       [](double r) { return 0.5 * std::log(r); }, [](double r) { return r - 2 * std::sqrt(r); }, -kInf, kInf},
      // LSGAN: ω = (a + b r)/(1 + r), φ = −(t − a)², ψ = −(t − b)² + ((b − a)/2)².
      {"LSGAN, a = −1, b = 1", [](double t) { return -(t + 1) * (t + 1); },
       [](double t) { return 1 - (t - 1) * (t - 1); }, [](double r) { return (r - 1) / (r + 1); },
       [](double r) { return r * (r - 3) / (r + 1); }, -1, 1},
  };
  return rows;
}

}  // namespace kx::core::gan
