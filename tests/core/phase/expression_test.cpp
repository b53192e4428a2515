// The expression compiler of docs/math.md §7.1: grammar, errors with their
// column, exact derivatives, and the block program against the point program.
#include "core/phase/expression.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/phase/program.h"

namespace kx::core {
namespace {

const std::vector<std::string> kNames{"x", "y", "k"};

// Parses `text`, binds k and evaluates at (x, y).
double eval(const std::string& text, double x, double y, double k = 2.0) {
  Expr pool, bound;
  auto root = parseExpression(text, kNames, pool);
  if (!root) throw std::runtime_error(root.error());
  double out;
  Program(bound, bindVariables(pool, {*root}, 2, {k}, bound)).evalPoint(x, y, &out);
  return out;
}

std::string errorOf(const std::string& text) {
  Expr pool;
  auto root = parseExpression(text, kNames, pool);
  return root ? std::string("no error") : root.error();
}

TEST(Expression, PrecedenceAndAssociativity) {
  EXPECT_EQ(eval("-2^2", 0, 0), -4.0);       // ^ binds tighter than unary minus
  EXPECT_EQ(eval("2^3^2", 0, 0), 512.0);     // right-associative
  EXPECT_EQ(eval("2^-1", 0, 0), 0.5);        // a signed exponent
  EXPECT_EQ(eval("1 - 2 - 3", 0, 0), -4.0);  // left-associative
  EXPECT_EQ(eval("8/2/2", 0, 0), 2.0);
  EXPECT_EQ(eval("1 + 2*3", 0, 0), 7.0);
  EXPECT_EQ(eval("(1 + 2)*3", 0, 0), 9.0);
  EXPECT_EQ(eval("--x", 5, 0), 5.0);
  EXPECT_EQ(eval("1.5e2 + .5", 0, 0), 150.5);
  EXPECT_EQ(eval("max(x, y) - min(x, y)", 3, 7), 4.0);
  EXPECT_EQ(eval("k*x", 3, 0, 4.0), 12.0);  // a bound parameter
}

// Every function against the standard library at a point where each is defined.
TEST(Expression, FunctionsMatchTheStandardLibrary) {
  const double x = 0.7, y = -1.3, k = 2.0;
  const double expected = std::exp(x) + std::log(k + x) + std::sqrt(x) + std::sin(y) * std::cos(x) + std::tanh(y) +
                          std::abs(y) + std::pow(x, 1.5) - y * y * y;
  const double got = eval("exp(x) + log(k + x) + sqrt(x) + sin(y)*cos(x) + tanh(y) + abs(y) + x^1.5 - y^3", x, y);
  EXPECT_NEAR(got, expected, 1e-15 * std::abs(expected));
}

TEST(Expression, ErrorsNameTheProblemAndItsColumn) {
  EXPECT_EQ(errorOf("x + z*y"), "unknown name 'z' at column 5");
  EXPECT_EQ(errorOf("x*(y + 1"), "expected ')' at column 9");
  EXPECT_EQ(errorOf("foo(x)"), "unknown function 'foo' at column 1");
  EXPECT_EQ(errorOf("x +"), "unexpected end of expression at column 4");
  EXPECT_EQ(errorOf("   "), "empty expression");
  EXPECT_EQ(errorOf("1..2"), "invalid number at column 1");
  EXPECT_EQ(errorOf("2x"), "invalid number at column 1");
  EXPECT_EQ(errorOf("x y"), "unexpected 'y' at column 3");
  EXPECT_EQ(errorOf("min(x)"), "min takes 2 arguments: expected ',' at column 6");
  EXPECT_EQ(errorOf("exp(x, y)"), "exp takes 1 argument at column 1");
  EXPECT_EQ(errorOf("sin + 1"), "function 'sin' needs '(' after it at column 1");
  EXPECT_EQ(errorOf("x # y"), "unexpected '#' at column 3");
  EXPECT_EQ(errorOf(std::string(3000, '(') + "x" + std::string(3000, ')')).rfind("expression nested too deeply", 0),
            0u);
  EXPECT_EQ(errorOf(std::string(20000, '1')), "expression longer than 10000 characters");
}

// d/dx and d/dy of a polynomial are exact; of a transcendental expression
// they match central differences to their O(h^2) + O(eps/h) error.
TEST(Expression, DerivativesAreExact) {
  auto partial = [](const std::string& text, int var, double x, double y) {
    Expr pool, bound;
    const int d = differentiate(pool, *parseExpression(text, kNames, pool), var);
    double out;
    Program(bound, bindVariables(pool, {d}, 2, {2.0}, bound)).evalPoint(x, y, &out);
    return out;
  };
  EXPECT_EQ(partial("x^3*y - k*x", 0, 3, 5), 3 * 9 * 5 - 2.0);
  EXPECT_EQ(partial("x^3*y - k*x", 1, 3, 5), 27.0);
  EXPECT_EQ(partial("x/y", 1, 3, 2), -0.75);
  const std::string text =
      "exp(-x*y)*sin(x) + sqrt(1 + y^2)/tanh(x) + log(2 + cos(y)) + x^y + abs(x - y) + max(x*y, 1) - min(x, y^2)";
  const double x = 0.9, y = 1.7, h = 1e-5;
  for (int var : {0, 1}) {
    const double dx = var == 0 ? h : 0, dy = var == 1 ? h : 0;
    const double central = (eval(text, x + dx, y + dy) - eval(text, x - dx, y - dy)) / (2 * h);
    EXPECT_NEAR(partial(text, var, x, y), central, 1e-8) << "variable " << var;
  }
}

// The block program runs the same scalar operation per lane as the point
// program, so both give the same bits, for a partial last block too.
TEST(Program, BlocksGiveThePointProgramsBits) {
  Expr pool, bound;
  const int f = *parseExpression("k*x*(1 - x/3) - x*y/(1 + x) + exp(-y^2)", kNames, pool);
  const int g = *parseExpression("y*(x - 1) + max(x, y)", kNames, pool);
  const Program program(bound, bindVariables(pool, {f, g}, 2, {2.5}, bound));
  const std::size_t n = 3 * Program::kBlock + 17;
  std::vector<double> x(n), y(n), u(n), v(n);
  std::mt19937_64 rng(3);
  std::uniform_real_distribution<double> uniform(-4, 4);
  for (std::size_t i = 0; i < n; ++i) x[i] = uniform(rng), y[i] = uniform(rng);
  double* out[2] = {u.data(), v.data()};
  program.evalBlock(x.data(), y.data(), n, out);
  for (std::size_t i = 0; i < n; ++i) {
    double point[2];
    program.evalPoint(x[i], y[i], point);
    ASSERT_EQ(u[i], point[0]) << i;
    ASSERT_EQ(v[i], point[1]) << i;
    EXPECT_EQ(v[i], y[i] * (x[i] - 1) + std::max(x[i], y[i]));
  }
}

// Random text from the grammar's alphabet (the fuzz target's check without
// libFuzzer): every input parses or fails with a column inside the text, and
// whatever parses differentiates and compiles.
TEST(Expression, RandomInputsParseOrFailWithAColumn) {
  const std::string alphabet = "xyk0123456789.e+-*/^() ,sincoexplgqrtmahbz";
  std::mt19937_64 rng(11);
  int parsed = 0;
  for (int trial = 0; trial < 20000; ++trial) {
    std::string text(rng() % 24, ' ');
    for (auto& c : text) c = alphabet[rng() % alphabet.size()];
    Expr pool;
    auto root = parseExpression(text, kNames, pool);
    if (root) {
      ++parsed;
      Expr bound;
      const int d = differentiate(pool, *root, 0);
      const Program p(bound, bindVariables(pool, {*root, d}, 2, {1.0}, bound));
      double out[2];
      p.evalPoint(0.5, 0.25, out);
      continue;
    }
    const auto& message = root.error();
    const auto at = message.rfind(" at column ");
    if (at == std::string::npos) {
      EXPECT_EQ(message, "empty expression") << text;
      continue;
    }
    const int column = std::stoi(message.substr(at + 11));
    EXPECT_GE(column, 1) << text;
    EXPECT_LE(column, static_cast<int>(text.size()) + 1) << text;
  }
  EXPECT_GT(parsed, 100);  // the alphabet does reach valid expressions
}

}  // namespace
}  // namespace kx::core
