// Every layer of the f-VAE's flow and the whole flow (docs/math.md §5.7):
// the inverse undoes the forward map in float, and the log-determinant each
// returns is log|det| of the Jacobian found by central differences in double
// (dimension 6, every parameter random so no layer is the identity).
#include "core/vae/flow.h"

#include <gtest/gtest.h>

#include <Eigen/LU>
#include <algorithm>
#include <cmath>
#include <functional>
#include <random>

#include "core/util/counter_rng.h"

namespace kx::core::vae {
namespace {

constexpr Eigen::Index kDim = 6;

template <typename T>
using Mat = nn::Mat<T>;

/// The same values in float and double: drawn in double from one seed.
template <typename T>
void randomise(const nn::ParameterGroup<T>& group, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(-0.6, 0.6);
  for (auto* p : group)
    for (Eigen::Index k = 0; k < p->value.size(); ++k) p->value.data()[k] = T(u(rng));
}

template <typename T>
Mat<T> points(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::normal_distribution<double> n;
  Mat<T> m(5, kDim);
  for (Eigen::Index k = 0; k < m.size(); ++k) m.data()[k] = T(n(rng));
  return m;
}

/// A layer as two maps: y -> (z, log|det|) and z -> y, each on a fresh tape.
template <typename T>
struct Maps {
  std::function<FlowOutput<T>(nn::Tape<T>&, nn::Var<T>)> forward;
  std::function<nn::Var<T>(nn::Tape<T>&, nn::Var<T>)> inverse;
};

template <typename T, typename Layer>
Maps<T> maps(Layer& layer) {
  return {[&layer](nn::Tape<T>& t, nn::Var<T> y) { return layer.forward(t, y); },
          [&layer](nn::Tape<T>& t, nn::Var<T> z) { return layer.inverse(t, z); }};
}

void expectInverseUndoesForward(const Maps<float>& m) {
  const Mat<float> y = points<float>(11);
  nn::Tape<float> tape;
  const auto f = m.forward(tape, tape.constant(y));
  EXPECT_GT((f.z.value() - y).cwiseAbs().maxCoeff(), 1e-3) << "the layer should move the points";
  const Mat<float> back = m.inverse(tape, f.z).value();
  EXPECT_LE((back - y).cwiseAbs().maxCoeff(), 1e-5);
}

void expectLogDetIsTheJacobians(const Maps<double>& m) {
  const Mat<double> y = points<double>(12);
  nn::Tape<double> tape;
  const Mat<double> logDet = m.forward(tape, tape.constant(y)).logDet.value();
  ASSERT_EQ(logDet.rows(), y.rows());
  ASSERT_EQ(logDet.cols(), 1);
  const double h = 1e-6;
  for (Eigen::Index r = 0; r < y.rows(); ++r) {
    Eigen::MatrixXd jacobian(kDim, kDim);  // jacobian(i, j) = dz_i / dy_j
    for (Eigen::Index j = 0; j < kDim; ++j) {
      Mat<double> plus = y.row(r), minus = y.row(r);
      plus(0, j) += h;
      minus(0, j) -= h;
      nn::Tape<double> t;
      jacobian.col(j) =
          (m.forward(t, t.constant(plus)).z.value() - m.forward(t, t.constant(minus)).z.value()).transpose() / (2 * h);
    }
    EXPECT_NEAR(logDet(r, 0), std::log(std::abs(jacobian.partialPivLu().determinant())), 1e-7) << "row " << r;
  }
}

// Each check builds the layer in float and in double with the same parameters.
template <typename Check>
void forActNorm(Check check) {
  ActNorm<float> f(kDim, "a");
  ActNorm<double> d(kDim, "a");
  randomise(f.parameters(), 1);
  randomise(d.parameters(), 1);
  check(maps<float>(f), maps<double>(d));
}

template <typename Check>
void forCoupling(Check check) {
  AffineCoupling<float> f(kDim, 8, 1, 2, "c");
  AffineCoupling<double> d(kDim, 8, 1, 2, "c");
  randomise(f.net().parameters(), 2);  // the zero last layer too: otherwise the identity
  randomise(d.net().parameters(), 2);
  check(maps<float>(f), maps<double>(d));
}

template <typename Check>
void forPermutation(Check check) {
  Permutation<float> f(kDim, blockKey(1, 3));
  Permutation<double> d(kDim, blockKey(1, 3));
  check(maps<float>(f), maps<double>(d));
}

template <typename Check>
void forFlow(Check check) {
  Flow<float> f(kDim, 3, 8, 4);
  Flow<double> d(kDim, 3, 8, 4);
  randomise(f.parameters(), 4);
  randomise(d.parameters(), 4);
  check(maps<float>(f), maps<double>(d));
}

const auto inverseCheck = [](const Maps<float>& f, const Maps<double>&) { expectInverseUndoesForward(f); };
const auto logDetCheck = [](const Maps<float>&, const Maps<double>& d) { expectLogDetIsTheJacobians(d); };

TEST(FlowLayers, InverseUndoesForward) {
  forActNorm(inverseCheck);
  forCoupling(inverseCheck);
  forPermutation(inverseCheck);
  forFlow(inverseCheck);
}

TEST(FlowLayers, LogDeterminantIsTheNumericalJacobians) {
  forActNorm(logDetCheck);
  forCoupling(logDetCheck);
  forPermutation(logDetCheck);
  forFlow(logDetCheck);
}

TEST(FlowLayers, FreshFlowIsAPermutation) {
  // Actnorm at s = b = 0 and couplings with a zero last layer start as the
  // identity, so a new flow only permutes: it keeps norms, log|det| = 0.
  Flow<double> flow(kDim, 3, 8, 5);
  const Mat<double> y = points<double>(13);
  nn::Tape<double> tape;
  const auto f = flow.forward(tape, tape.constant(y));
  EXPECT_NEAR(f.logDet.value().cwiseAbs().maxCoeff(), 0.0, 1e-15);
  EXPECT_TRUE(f.z.value().rowwise().norm().isApprox(y.rowwise().norm(), 1e-14));
}

TEST(FlowLayers, PermutationIsOneAndDependsOnTheKey) {
  Permutation<float> p(784, blockKey(1, 1)), q(784, blockKey(1, 2));
  std::vector<Eigen::Index> sorted = p.order();
  std::ranges::sort(sorted);
  for (Eigen::Index k = 0; k < 784; ++k) ASSERT_EQ(sorted[std::size_t(k)], k);
  EXPECT_NE(p.order(), q.order());
}

}  // namespace
}  // namespace kx::core::vae
