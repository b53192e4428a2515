// Equations the user types (dx/dt, dy/dt; docs/math.md §7.1): each input line
// is parsed or refused with a message that names a column inside the line;
// whatever parses is differentiated, compiled and evaluated, and the block
// program gives the point program's bits.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/phase/expression.h"
#include "core/phase/program.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kx::core;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const std::string line = text.substr(0, text.find('\n'));
  Expr pool;
  const auto root = parseExpression(line, {"x", "y", "a"}, pool);
  if (!root) {
    const auto at = root.error().rfind(" at column ");
    if (at != std::string::npos && std::stoul(root.error().substr(at + 11)) > line.size() + 1) __builtin_trap();
    return 0;
  }
  const int dx = differentiate(pool, *root, 0), dy = differentiate(pool, *root, 1);
  Expr bound;
  const Program program(bound, bindVariables(pool, {*root, dx, dy}, 2, {1.5}, bound));
  constexpr std::size_t n = Program::kBlock + 3;
  double x[n], y[n], out[3][n];
  for (std::size_t i = 0; i < n; ++i) x[i] = -2.0 + 0.05 * i, y[i] = 1.0 - 0.03 * i;
  double* outputs[3] = {out[0], out[1], out[2]};
  program.evalBlock(x, y, n, outputs);
  for (std::size_t i = 0; i < n; ++i) {
    double point[3];
    program.evalPoint(x[i], y[i], point);
    for (int k = 0; k < 3; ++k)
      if (std::bit_cast<std::uint64_t>(point[k]) != std::bit_cast<std::uint64_t>(out[k][i])) __builtin_trap();
  }
  return 0;
}
