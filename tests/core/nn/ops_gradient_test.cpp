// Every op's gradient (and gradient of gradient) against finite differences.
#include <gtest/gtest.h>

#include "core/nn/ops.h"
#include "tests/core/nn/gradient_check.h"

namespace kx::core::nn::testing {
namespace {

using V = Var<double>;
using Inputs = const std::vector<V>&;

struct OpCase {
  std::string name;
  std::function<V(Inputs)> f;  // the inputs carry their tape
  std::vector<std::pair<Eigen::Index, Eigen::Index>> shapes;
  bool positive = false;  // inputs in [0.5, 2] (log, sqrt, divisors)
};

std::ostream& operator<<(std::ostream& os, const OpCase& c) { return os << c.name; }

class OpGradient : public ::testing::TestWithParam<OpCase> {};

TEST_P(OpGradient, MatchesFiniteDifferencesToSecondOrder) {
  const OpCase& c = GetParam();
  std::mt19937_64 rng(42);
  std::vector<MatD> inputs;
  for (auto [r, cols] : c.shapes)
    inputs.push_back(c.positive ? randomMatrix(r, cols, rng, 0.5, 2.0) : awayFromZero(r, cols, rng));
  GradientChecker checker([f = c.f](Tape<double>&, Inputs x) { return f(x); }, inputs);
  checker.checkBoth();
}

// Binary ops in each broadcasting arrangement: same shape, a row, a column, a scalar, on either side.
std::vector<OpCase> binaryCases() {
  const std::vector<std::pair<std::string, std::function<V(V, V)>>> ops = {
      {"add", [](V a, V b) { return a + b; }},
      {"sub", [](V a, V b) { return a - b; }},
      {"mul", [](V a, V b) { return a * b; }},
      {"div", [](V a, V b) { return a / b; }},
  };
  const std::vector<std::pair<std::string, std::vector<std::pair<Eigen::Index, Eigen::Index>>>> shapes = {
      {"Same", {{4, 3}, {4, 3}}},     {"Row", {{4, 3}, {1, 3}}},     {"Col", {{4, 3}, {4, 1}}},
      {"Scalar", {{4, 3}, {1, 1}}},   {"RowLeft", {{1, 3}, {4, 3}}}, {"ColLeft", {{4, 1}, {4, 3}}},
      {"RowByCol", {{1, 3}, {4, 1}}},
  };
  std::vector<OpCase> cases;
  for (const auto& [name, op] : ops)
    for (const auto& [shapeName, s] : shapes)
      cases.push_back({name + shapeName, [op](Inputs x) { return op(x[0], x[1]); }, s, name == "div"});
  return cases;
}

std::vector<OpCase> otherCases() {
  using S = std::vector<std::pair<Eigen::Index, Eigen::Index>>;
  const S one = {{5, 3}};
  std::vector<OpCase> c = {
      {"scale", [](Inputs x) { return x[0] * 2.5; }, one},
      {"addScalar", [](Inputs x) { return 1.5 - x[0]; }, one},
      {"relu", [](Inputs x) { return relu(x[0]); }, one},
      {"leakyRelu", [](Inputs x) { return leakyRelu(x[0], 0.2); }, one},
      {"tanh", [](Inputs x) { return tanh(x[0]); }, one},
      {"sigmoid", [](Inputs x) { return sigmoid(x[0]); }, one},
      {"softplus", [](Inputs x) { return softplus(x[0] * 8.0); }, one},  // both tails of log1p(e^-|x|)
      {"exp", [](Inputs x) { return exp(x[0]); }, one},
      {"log", [](Inputs x) { return log(x[0]); }, one, true},
      {"square", [](Inputs x) { return square(x[0]); }, one},
      {"sqrt", [](Inputs x) { return sqrt(x[0]); }, one, true},
      {"abs", [](Inputs x) { return abs(x[0]); }, one},
      {"sum", [](Inputs x) { return sum(square(x[0])); }, one},
      {"mean", [](Inputs x) { return mean(square(x[0])); }, one},
      {"rowSums", [](Inputs x) { return rowSums(square(x[0])); }, one},
      {"rowMeans", [](Inputs x) { return rowMeans(square(x[0])); }, one},
      {"colSums", [](Inputs x) { return colSums(square(x[0])); }, one},
      {"colMeans", [](Inputs x) { return colMeans(square(x[0])); }, one},
      {"broadcastRow", [](Inputs x) { return square(broadcastTo(x[0], 4, 3)); }, {{1, 3}}},
      {"broadcastCol", [](Inputs x) { return square(broadcastTo(x[0], 4, 3)); }, {{4, 1}}},
      {"broadcastScalar", [](Inputs x) { return square(broadcastTo(x[0], 4, 3)); }, {{1, 1}}},
      {"sumToRow", [](Inputs x) { return square(sumTo(x[0], 1, 3)); }, {{4, 3}}},
      {"concatCols",
       [](Inputs x) {
         return square(concatCols<double>({x[0], x[1], x[0]}));
       },
       {{4, 2}, {4, 3}}},
      {"sliceCols", [](Inputs x) { return square(sliceCols(x[0], 1, 2)); }, {{4, 4}}},
      {"concatRows",
       [](Inputs x) {
         return square(concatRows<double>({x[0], x[1]}));
       },
       {{2, 3}, {4, 3}}},
      {"sliceRows", [](Inputs x) { return square(sliceRows(x[0], 1, 2)); }, {{4, 3}}},
      {"permuteCols",
       [](Inputs x) {
         return square(permuteCols(x[0], {2, 0, 3, 1}));
       },
       {{3, 4}}},
      {"matmul", [](Inputs x) { return matmul(x[0], x[1]); }, {{4, 3}, {3, 2}}},
      {"matmulTA", [](Inputs x) { return matmul(x[0], x[1], true, false); }, {{3, 4}, {3, 2}}},
      {"matmulTB", [](Inputs x) { return matmul(x[0], x[1], false, true); }, {{4, 3}, {2, 3}}},
      {"matmulTT", [](Inputs x) { return matmul(x[0], x[1], true, true); }, {{3, 4}, {2, 3}}},
      // Squared so the second derivative of the product is not trivially zero.
      {"matmulSquared", [](Inputs x) { return square(matmul(x[0], x[1])); }, {{4, 3}, {3, 2}}},
  };
  return c;
}

INSTANTIATE_TEST_SUITE_P(Binary, OpGradient, ::testing::ValuesIn(binaryCases()),
                         [](const auto& info) { return info.param.name; });
INSTANTIATE_TEST_SUITE_P(Other, OpGradient, ::testing::ValuesIn(otherCases()),
                         [](const auto& info) { return info.param.name; });

TEST(OpShapes, MismatchedShapesThrow) {
  Tape<double> tape;
  const V a = tape.input(MatD::Zero(4, 3)), b = tape.input(MatD::Zero(3, 3));
  EXPECT_THROW(a + b, std::invalid_argument);
  EXPECT_THROW(matmul(a, a), std::invalid_argument);
  EXPECT_THROW(sliceCols(a, 2, 2), std::invalid_argument);
  EXPECT_THROW(permuteCols(a, {0, 0, 1}), std::invalid_argument);
}

TEST(OpValues, SoftplusIsFiniteAndAccurateInBothTails) {
  Tape<double> tape;
  MatD x(1, 3);
  x << -800, 0, 800;
  const MatD y = softplus(tape.constant(x)).value();
  EXPECT_NEAR(y(0), 0.0, 1e-300);  // e^-800 underflows to 0, the exact value is below 1e-347
  EXPECT_NEAR(y(1), std::log(2.0), 1e-15);
  EXPECT_EQ(y(2), 800.0);  // log1p(e^-800) = 0 in double
}

}  // namespace
}  // namespace kx::core::nn::testing
