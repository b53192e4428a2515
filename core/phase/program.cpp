#include "core/phase/program.h"

#include <algorithm>

namespace kx::core {
namespace {

// One instruction over W lanes. Operands never alias the destination (every
// instruction writes a register of its own), so the loop vectorises.
template <int W, Op op>
inline void lanes(double* __restrict d, const double* __restrict a, const double* __restrict b, int n) {
  for (int i = 0; i < W; ++i) d[i] = opValue<op>(a[i], b[i], n);
}

}  // namespace

Program::Program(const Expr& pool, const std::vector<int>& roots) {
  int highest = -1;
  for (int r : roots) highest = std::max(highest, r);
  // Only the nodes the roots use, in pool order (children first).
  std::vector<char> used(static_cast<std::size_t>(highest + 1), 0);
  for (int r : roots) used[static_cast<std::size_t>(r)] = 1;
  for (int i = highest; i >= 0; --i) {
    if (!used[static_cast<std::size_t>(i)]) continue;
    const ExprNode& n = pool.node(i);
    if (n.a >= 0) used[static_cast<std::size_t>(n.a)] = 1;
    if (n.b >= 0) used[static_cast<std::size_t>(n.b)] = 1;
  }
  std::vector<int> reg(used.size(), -1);
  for (int i = 0; i <= highest; ++i) {
    if (!used[static_cast<std::size_t>(i)]) continue;
    const ExprNode& n = pool.node(i);
    int& r = reg[static_cast<std::size_t>(i)];
    if (n.op == Op::Var) {
      r = n.index;  // 0: x, 1: y (parameters were bound to constants before)
    } else if (n.op == Op::Const) {
      r = m_registers++;
      m_constants.emplace_back(r, n.value);
    } else {
      r = m_registers++;
      const int a = reg[static_cast<std::size_t>(n.a)];
      m_code.push_back({n.op, r, a, n.b >= 0 ? reg[static_cast<std::size_t>(n.b)] : a, n.index});
    }
  }
  for (int r : roots) m_outputs.push_back(reg[static_cast<std::size_t>(r)]);
}

template <int W>
void Program::fillConstants(double* registers) const {
  for (const auto& [r, value] : m_constants) std::fill_n(registers + static_cast<std::size_t>(r) * W, W, value);
}

template <int W>
void Program::run(double* registers) const {
  for (const Instr& in : m_code) {
    double* d = registers + static_cast<std::size_t>(in.dst) * W;
    const double* a = registers + static_cast<std::size_t>(in.a) * W;
    const double* b = registers + static_cast<std::size_t>(in.b) * W;
    visitOp(in.op, [&]<Op o>() { lanes<W, o>(d, a, b, in.n); });
  }
}

void Program::evalPoint(double x, double y, double* out) const {
  thread_local std::vector<double> registers;
  registers.resize(static_cast<std::size_t>(m_registers));
  registers[0] = x;
  registers[1] = y;
  fillConstants<1>(registers.data());
  run<1>(registers.data());
  for (std::size_t k = 0; k < m_outputs.size(); ++k) out[k] = registers[static_cast<std::size_t>(m_outputs[k])];
}

void Program::evalBlock(const double* x, const double* y, std::size_t n, double* const* out) const {
  constexpr int W = kBlock;
  thread_local std::vector<double> registers;
  registers.resize(static_cast<std::size_t>(m_registers) * W);
  double* r = registers.data();
  fillConstants<W>(r);  // once: instructions never write a constant's register
  for (std::size_t start = 0; start < n; start += W) {
    const std::size_t count = std::min<std::size_t>(W, n - start);
    // A short last block repeats its last point in the unused lanes.
    for (int i = 0; i < W; ++i) {
      const std::size_t k = start + std::min<std::size_t>(static_cast<std::size_t>(i), count - 1);
      r[i] = x[k];
      r[W + i] = y[k];
    }
    run<W>(r);
    for (std::size_t k = 0; k < m_outputs.size(); ++k)
      std::copy_n(r + static_cast<std::size_t>(m_outputs[k]) * W, count, out[k] + start);
  }
}

}  // namespace kx::core
