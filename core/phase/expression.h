#pragma once
// Expressions a user types for dx/dt and dy/dt (docs/math.md §7.1): a DAG of
// nodes in one pool, children before parents, identical subexpressions shared,
// so the two right-hand sides and their four derivatives compile into one
// program without repeated work.
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "core/phase/ops.h"
#include "core/util/result.h"

namespace kx::core {

struct ExprNode {
  Op op = Op::Const;
  int a = -1, b = -1;  ///< operand nodes
  double value = 0;    ///< Const
  int index = 0;       ///< Var: variable index; PowInt: the exponent
};

/// A node pool with constant folding and a few exact simplifications
/// (x + 0, x * 1, x * 0, --x, integer powers). Folding evaluates the same
/// operation the program would, so the result is bit-identical.
class Expr {
 public:
  int constant(double value);
  int variable(int index);
  int unary(Op op, int a);
  int binary(Op op, int a, int b);

  const ExprNode& node(int i) const { return m_nodes[static_cast<std::size_t>(i)]; }
  int size() const { return static_cast<int>(m_nodes.size()); }
  bool isConstant(int i, double value) const { return node(i).op == Op::Const && node(i).value == value; }

 private:
  int intern(const ExprNode& n);
  std::vector<ExprNode> m_nodes;
  std::map<std::tuple<Op, int, int, double, int>, int> m_index;
};

/// Parses `text` into `pool`, with `names[i]` the name of variable i. Grammar:
/// sums and differences of products and quotients of signed powers (^ binds
/// tighter than unary minus and is right-associative), numbers, names, and
/// exp log sqrt sin cos tanh abs (one argument), min max (two). An error names
/// what is wrong and its 1-based column, e.g. "unknown name 'z' at column 7".
Result<int> parseExpression(const std::string& text, const std::vector<std::string>& names, Expr& pool);

/// d(root)/d(variable var), built in the same pool (docs/math.md §7.1).
int differentiate(Expr& pool, int root, int var);

/// A copy of the subgraph under `roots` with variables i >= firstBound
/// replaced by values[i - firstBound] and folded; returns the new roots.
std::vector<int> bindVariables(const Expr& from, const std::vector<int>& roots, int firstBound,
                               const std::vector<double>& values, Expr& to);

}  // namespace kx::core
