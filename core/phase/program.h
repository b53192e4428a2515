#pragma once
// A compiled expression set (docs/math.md §7.1): a straight-line register
// program over x and y, evaluated either at one point or over blocks of
// kBlock points, where each instruction is one loop over the block's lanes
// (contiguous arrays the compiler vectorises) instead of one interpreted
// tree walk per point.
#include <cstddef>
#include <vector>

#include "core/phase/expression.h"

namespace kx::core {

class Program {
 public:
  static constexpr int kBlock = 64;

  Program() = default;
  /// Compiles `roots` of `pool`, whose only variables are 0 (x) and 1 (y).
  Program(const Expr& pool, const std::vector<int>& roots);

  int outputs() const { return static_cast<int>(m_outputs.size()); }
  int instructions() const { return static_cast<int>(m_code.size()); }

  /// out[k] = output k at (x, y).
  void evalPoint(double x, double y, double* out) const;
  /// out[k][i] = output k at (x[i], y[i]) for i < n.
  void evalBlock(const double* x, const double* y, std::size_t n, double* const* out) const;

 private:
  struct Instr {
    Op op;
    int dst, a, b, n;
  };
  template <int W>
  void run(double* registers) const;
  template <int W>
  void fillConstants(double* registers) const;

  int m_registers = 2;  ///< x, y, then constants, then one per instruction
  std::vector<std::pair<int, double>> m_constants;
  std::vector<Instr> m_code;
  std::vector<int> m_outputs;
};

}  // namespace kx::core
