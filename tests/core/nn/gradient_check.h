#pragma once
// Finite-difference checks of the tape's first and second derivatives, in double.
//
// A function f of some input matrices is reduced to the scalar
// L = sum(f(x) .* R) with fixed random weights R, so every output entry's
// gradient is exercised (a plain sum would only test the all-ones seed).
// Second order: L2 = sum_k sum(dL/dx_k .* S_k), differentiated through the
// recorded backward pass (createGraph) and compared with central differences
// of the first-order gradient.
//
// Tolerance: central differences with step h have truncation error ~h^2 |f'''|
// and rounding error ~eps |L| / h. With h = 1e-5, eps = 2.2e-16 and inputs,
// outputs and derivatives of order 1-10, both are below ~1e-9; agreement to
// 1e-6 relative (or absolute below 1) leaves 1000x margin, while a wrong rule
// (a missing factor, a wrong sign, a dropped broadcast sum) is off by O(1).
#include <gtest/gtest.h>

#include <functional>
#include <random>
#include <vector>

#include "core/nn/ops.h"

namespace kx::core::nn::testing {

using MatD = Mat<double>;
using Fn = std::function<Var<double>(Tape<double>&, const std::vector<Var<double>>&)>;

inline MatD randomMatrix(Eigen::Index rows, Eigen::Index cols, std::mt19937_64& rng, double lo = -1, double hi = 1) {
  std::uniform_real_distribution<double> u(lo, hi);
  MatD m(rows, cols);
  for (Eigen::Index k = 0; k < m.size(); ++k) m.data()[k] = u(rng);
  return m;
}

/// Random values with |x| in [0.2, 1.5]: away from the kinks of relu and abs.
inline MatD awayFromZero(Eigen::Index rows, Eigen::Index cols, std::mt19937_64& rng) {
  MatD m = randomMatrix(rows, cols, rng, 0.2, 1.5);
  std::bernoulli_distribution sign(0.5);
  for (Eigen::Index k = 0; k < m.size(); ++k)
    if (sign(rng)) m.data()[k] = -m.data()[k];
  return m;
}

class GradientChecker {
 public:
  GradientChecker(Fn f, std::vector<MatD> inputs, std::uint64_t seed = 7) : m_f(std::move(f)), m_x(std::move(inputs)) {
    std::mt19937_64 rng(seed);
    Tape<double> tape;
    const MatD out = forward(tape, m_x).value();
    m_r = randomMatrix(out.rows(), out.cols(), rng);
    for (const auto& x : m_x) m_s.push_back(randomMatrix(x.rows(), x.cols(), rng));
  }

  /// L(x) as a number.
  double loss(const std::vector<MatD>& x) const {
    Tape<double> tape;
    return (forward(tape, x).value().array() * m_r.array()).sum();
  }

  /// dL/dx_k from the tape, first order only.
  std::vector<MatD> gradient(const std::vector<MatD>& x) const {
    Tape<double> tape;
    auto vars = inputs(tape, x);
    const auto grads = tape.gradient(lossVar(tape, vars), vars);
    std::vector<MatD> out;
    for (const auto& g : grads) out.push_back(g.value());
    return out;
  }

  double secondLoss(const std::vector<MatD>& x) const {
    const auto g = gradient(x);
    double l2 = 0;
    for (std::size_t k = 0; k < g.size(); ++k) l2 += (g[k].array() * m_s[k].array()).sum();
    return l2;
  }

  /// dL2/dx_k through the recorded backward pass.
  std::vector<MatD> secondGradient(const std::vector<MatD>& x) const {
    Tape<double> tape;
    auto vars = inputs(tape, x);
    const auto grads = tape.gradient(lossVar(tape, vars), vars, /*createGraph=*/true);
    Var<double> l2 = sum(grads[0] * tape.constant(m_s[0]));
    for (std::size_t k = 1; k < grads.size(); ++k) l2 = l2 + sum(grads[k] * tape.constant(m_s[k]));
    std::vector<MatD> out;
    for (const auto& g : tape.gradient(l2, vars)) out.push_back(g.value());
    return out;
  }

  /// Compares an analytic gradient with central differences of a scalar function.
  void expectMatches(const std::vector<MatD>& analytic, const std::function<double(const std::vector<MatD>&)>& fn,
                     const char* what) const {
    const double h = 1e-5;
    for (std::size_t k = 0; k < m_x.size(); ++k) {
      for (Eigen::Index i = 0; i < m_x[k].size(); ++i) {
        auto plus = m_x, minus = m_x;
        plus[k].data()[i] += h;
        minus[k].data()[i] -= h;
        const double numeric = (fn(plus) - fn(minus)) / (2 * h);
        const double a = analytic[k].data()[i];
        EXPECT_NEAR(a, numeric, 1e-6 * std::max({1.0, std::abs(a), std::abs(numeric)}))
            << what << ": input " << k << " entry " << i;
      }
    }
  }

  void checkFirstOrder() const {
    expectMatches(
        gradient(m_x), [this](const auto& x) { return loss(x); }, "first order");
  }
  void checkSecondOrder() const {
    expectMatches(
        secondGradient(m_x), [this](const auto& x) { return secondLoss(x); }, "second order");
  }
  void checkBoth() const {
    checkFirstOrder();
    checkSecondOrder();
  }

 private:
  Var<double> forward(Tape<double>& tape, const std::vector<MatD>& x) const { return m_f(tape, inputs(tape, x)); }
  static std::vector<Var<double>> inputs(Tape<double>& tape, const std::vector<MatD>& x) {
    std::vector<Var<double>> vars;
    for (const auto& m : x) vars.push_back(tape.input(m));
    return vars;
  }
  Var<double> lossVar(Tape<double>& tape, const std::vector<Var<double>>& vars) const {
    return sum(m_f(tape, vars) * tape.constant(m_r));
  }

  Fn m_f;
  std::vector<MatD> m_x;
  MatD m_r;
  std::vector<MatD> m_s;
};

}  // namespace kx::core::nn::testing
