#pragma once
// The operations of a typed expression (docs/math.md §7.1), defined once: the
// constant folder, the one-point program and the block program all evaluate
// an operation through opValue<op>, so they agree to the bit.
#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace kx::core {

/// Sign is internal: it appears only in derivatives of abs, min and max.
enum class Op : std::uint8_t {
  Const,
  Var,
  Neg,
  Add,
  Sub,
  Mul,
  Div,
  Pow,
  PowInt,
  Exp,
  Log,
  Sqrt,
  Sin,
  Cos,
  Tanh,
  Abs,
  Sign,
  Min,
  Max
};

/// op applied to operands a, b (b unused by unary ops); n is PowInt's exponent.
template <Op op>
inline double opValue(double a, [[maybe_unused]] double b, [[maybe_unused]] int n) {
  if constexpr (op == Op::Const || op == Op::Var)
    return a;
  else if constexpr (op == Op::Neg)
    return -a;
  else if constexpr (op == Op::Add)
    return a + b;
  else if constexpr (op == Op::Sub)
    return a - b;
  else if constexpr (op == Op::Mul)
    return a * b;
  else if constexpr (op == Op::Div)
    return a / b;
  else if constexpr (op == Op::Pow)
    return std::pow(a, b);
  else if constexpr (op == Op::PowInt) {
    // Binary powering: x^2 is exactly x * x, as a hand-written model has it
    // (1 * b is b exactly, so starting from 1 costs no rounding).
    double result = 1, base = a;
    for (unsigned m = static_cast<unsigned>(std::abs(n)); m != 0; m >>= 1) {
      if (m & 1u) result *= base;
      if (m > 1) base *= base;
    }
    return n < 0 ? 1 / result : result;
  } else if constexpr (op == Op::Exp)
    return std::exp(a);
  else if constexpr (op == Op::Log)
    return std::log(a);
  else if constexpr (op == Op::Sqrt)
    return std::sqrt(a);
  else if constexpr (op == Op::Sin)
    return std::sin(a);
  else if constexpr (op == Op::Cos)
    return std::cos(a);
  else if constexpr (op == Op::Tanh)
    return std::tanh(a);
  else if constexpr (op == Op::Abs)
    return std::abs(a);
  else if constexpr (op == Op::Sign)
    return a > 0 ? 1.0 : a < 0 ? -1.0 : a;  // 0 and NaN pass through
  else if constexpr (op == Op::Min)
    return std::fmin(a, b);
  else
    return std::fmax(a, b);
}

/// Calls visit.template operator()<op>() for the run-time `op`: one switch
/// shared by everything that evaluates operations.
template <typename Visit>
inline decltype(auto) visitOp(Op op, Visit&& visit) {
  // clang-format off
  switch (op) {
#define KX_OP_CASE(name) case Op::name: return visit.template operator()<Op::name>();
    KX_OP_CASE(Const) KX_OP_CASE(Var) KX_OP_CASE(Neg) KX_OP_CASE(Add) KX_OP_CASE(Sub) KX_OP_CASE(Mul)
    KX_OP_CASE(Div) KX_OP_CASE(Pow) KX_OP_CASE(PowInt) KX_OP_CASE(Exp) KX_OP_CASE(Log) KX_OP_CASE(Sqrt)
    KX_OP_CASE(Sin) KX_OP_CASE(Cos) KX_OP_CASE(Tanh) KX_OP_CASE(Abs) KX_OP_CASE(Sign) KX_OP_CASE(Min)
#undef KX_OP_CASE
    case Op::Max: break;
  }
  // clang-format on
  return visit.template operator()<Op::Max>();
}

inline double applyOp(Op op, double a, double b, int n) {
  return visitOp(op, [&]<Op o>() { return opValue<o>(a, b, n); });
}

}  // namespace kx::core
