// Symbolic differentiation of an expression DAG (docs/math.md §7.1): the
// Jacobian of a typed model is exact, not a finite difference.
#include <cstddef>
#include <vector>

#include "core/phase/expression.h"

namespace kx::core {

int differentiate(Expr& e, int root, int var) {
  // Children precede parents, so one forward pass (no recursion, whatever the
  // depth of the expression) gives every node's derivative from its operands'.
  std::vector<int> d(static_cast<std::size_t>(root + 1), -1);
  const int zero = e.constant(0), one = e.constant(1), two = e.constant(2);
  auto add = [&](int a, int b) { return e.binary(Op::Add, a, b); };
  auto sub = [&](int a, int b) { return e.binary(Op::Sub, a, b); };
  auto mul = [&](int a, int b) { return e.binary(Op::Mul, a, b); };
  auto div = [&](int a, int b) { return e.binary(Op::Div, a, b); };
  for (int i = 0; i <= root; ++i) {
    const ExprNode n = e.node(i);  // a copy: the pool grows below
    const int da = n.a >= 0 ? d[static_cast<std::size_t>(n.a)] : zero;
    const int db = n.b >= 0 ? d[static_cast<std::size_t>(n.b)] : zero;
    int out = zero;
    switch (n.op) {
      case Op::Const:
        break;
      case Op::Var:
        out = n.index == var ? one : zero;
        break;
      case Op::Neg:
        out = e.unary(Op::Neg, da);
        break;
      case Op::Add:
        out = add(da, db);
        break;
      case Op::Sub:
        out = sub(da, db);
        break;
      case Op::Mul:
        out = add(mul(da, n.b), mul(n.a, db));
        break;
      case Op::Div:
        out = div(sub(mul(da, n.b), mul(n.a, db)), mul(n.b, n.b));
        break;
      case Op::PowInt:  // n a^(n-1) a'
        out = mul(mul(e.constant(n.index), e.binary(Op::Pow, n.a, e.constant(n.index - 1))), da);
        break;
      case Op::Pow:  // a^b (b' log a + b a'/a)
        out = mul(i, add(mul(db, e.unary(Op::Log, n.a)), div(mul(n.b, da), n.a)));
        break;
      case Op::Exp:
        out = mul(i, da);
        break;
      case Op::Log:
        out = div(da, n.a);
        break;
      case Op::Sqrt:
        out = div(da, mul(two, i));
        break;
      case Op::Sin:
        out = mul(e.unary(Op::Cos, n.a), da);
        break;
      case Op::Cos:
        out = e.unary(Op::Neg, mul(e.unary(Op::Sin, n.a), da));
        break;
      case Op::Tanh:
        out = mul(sub(one, mul(i, i)), da);
        break;
      case Op::Abs:
        out = mul(e.unary(Op::Sign, n.a), da);
        break;
      case Op::Sign:
        break;  // zero away from 0
      case Op::Min:
      case Op::Max: {
        // min, max = (a + b -+ |a - b|)/2, so their derivative is
        // (a' + b' -+ sign(a - b)(a' - b'))/2: the active operand's, and the
        // mean of both where they tie.
        const int jump = mul(e.unary(Op::Sign, sub(n.a, n.b)), sub(da, db));
        out = div(n.op == Op::Min ? sub(add(da, db), jump) : add(add(da, db), jump), two);
        break;
      }
    }
    d[static_cast<std::size_t>(i)] = out;
  }
  return d[static_cast<std::size_t>(root)];
}

}  // namespace kx::core
