// Each GAN loss against its formula on hand-made inputs (docs/math.md §4.1, §4.2,
// §4.4, §4.7), the GAN-QP oracles of §4.3 and the gradient penalty's
// parameter gradient against finite differences.
#include "core/gan/gan_losses.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/nn/mlp.h"

namespace kx::core::gan {
namespace {

using nn::Mat;
using nn::Tape;
using nn::Var;

double softplus(double x) { return std::log1p(std::exp(x)); }

// A critic that reads D straight from the first column of its input, so each
// test picks D(x_r) and D(x_f) by hand.
Critic<double> firstColumn() {
  return [](Var<double> x) { return nn::sliceCols(x, 0, 1); };
}

struct Hand {
  Mat<double> real{3, 2}, fake{3, 2};
  Hand() {
    real << 0.5, 1.0, -1.2, 0.3, 2.0, -0.7;
    fake << -0.4, 0.2, 0.9, 0.3, 1.5, 1.1;
  }
};

double dLoss(const LossConfig& c, const Hand& h) {
  Tape<double> tape;
  CriticBatch<double> b{tape.constant(h.real), tape.constant(h.fake), Mat<double>::Constant(3, 1, 0.5)};
  return discriminatorLoss(c, firstColumn(), b).value()(0, 0);
}

double gLoss(const LossConfig& c, const Hand& h) {
  Tape<double> tape;
  return generatorLoss(c, tape.constant(h.real.col(0)), tape.constant(h.fake.col(0))).value()(0, 0);
}

// Tolerance 1e-12: the same double formulas, evaluated in another order.
constexpr double kTol = 1e-12;

TEST(GanLosses, StandardMatchesFormula) {
  Hand h;
  double d = 0, g = 0;
  for (int i = 0; i < 3; ++i) {
    d += (softplus(-h.real(i, 0)) + softplus(h.fake(i, 0))) / 3;
    g += softplus(-h.fake(i, 0)) / 3;
  }
  EXPECT_NEAR(dLoss({LossKind::Standard}, h), d, kTol);
  EXPECT_NEAR(gLoss({LossKind::Standard}, h), g, kTol);
}

TEST(GanLosses, RelativisticMatchesFormula) {
  Hand h;
  double d = 0, g = 0;
  for (int i = 0; i < 3; ++i) {
    const double delta = h.real(i, 0) - h.fake(i, 0);
    d += -std::log(1 / (1 + std::exp(-delta))) / 3;  // -log sigma(T(x_r) - T(x_f))
    g += -std::log(1 / (1 + std::exp(delta))) / 3;   // -log sigma(T(x_f) - T(x_r))
  }
  EXPECT_NEAR(dLoss({LossKind::Relativistic}, h), d, kTol);
  EXPECT_NEAR(gLoss({LossKind::Relativistic}, h), g, kTol);
}

TEST(GanLosses, QpMatchesAuthorsCode) {
  Hand h;
  for (QpDistance dist : {QpDistance::L1, QpDistance::L2}) {
    const double lambda = 3.0;
    double d = 0, g = 0;
    for (int i = 0; i < 3; ++i) {
      const Eigen::RowVector2d diff = h.real.row(i) - h.fake.row(i);
      const double dist_ = dist == QpDistance::L1 ? diff.cwiseAbs().mean() : std::sqrt(diff.squaredNorm() / 2);
      const double norm = lambda * (dist_ + 1e-6);  // the 1e-6 floor of qpNorm
      const double delta = h.real(i, 0) - h.fake(i, 0);
      d += (-delta + 0.5 * delta * delta / norm) / 3;  // d_loss of bojone/gan-qp
      g += delta / 3;
    }
    LossConfig c{LossKind::Qp, lambda, dist};
    EXPECT_NEAR(dLoss(c, h), d, 1e-9);  // sqrt(x + 1e-12) vs sqrt(x): < 1e-11 here
    EXPECT_NEAR(gLoss(c, h), g, kTol);
  }
}

TEST(GanLosses, HingeMatchesFormula) {
  Hand h;
  double d = 0, g = 0;
  for (int i = 0; i < 3; ++i) {
    d += (std::max(0.0, 1 - h.real(i, 0)) + std::max(0.0, 1 + h.fake(i, 0))) / 3;
    g += -h.fake(i, 0) / 3;
  }
  EXPECT_NEAR(dLoss({LossKind::Hinge}, h), d, kTol);
  EXPECT_NEAR(gLoss({LossKind::Hinge}, h), g, kTol);
}

TEST(GanLosses, WganGpWithLinearCritic) {
  // D(x) = w.x has gradient w everywhere, so the penalty is lambda (|w| - 1)^2
  // whatever the interpolates.
  Hand h;
  const Eigen::Vector2d w(1.5, -2.0);
  Critic<double> linear = [&](Var<double> x) { return nn::matmul(x, x.tape->constant(w)); };
  Tape<double> tape;
  CriticBatch<double> b{tape.constant(h.real), tape.constant(h.fake), Mat<double>::Constant(3, 1, 0.3)};
  const double lambda = 7;
  const double loss = discriminatorLoss<double>({LossKind::WganGp, lambda}, linear, b).value()(0, 0);
  const double expected = (h.fake * w).mean() - (h.real * w).mean() + lambda * std::pow(w.norm() - 1, 2);
  EXPECT_NEAR(loss, expected, 1e-10);  // sqrt(|w|^2 + 1e-12) shifts |w| by ~2e-13
  EXPECT_NEAR(gLoss({LossKind::WganGp}, h), -h.fake.col(0).mean(), kTol);
}

// Every discriminator loss (WGAN-GP with its penalty, differentiated twice)
// against central finite differences of the loss in each sampled parameter.
void checkGradient(LossKind kind, nn::Activation act);
class DiscriminatorGradient : public ::testing::TestWithParam<LossKind> {};

TEST_P(DiscriminatorGradient, MatchesFiniteDifferences) {
  // ReLU as the lab's default: its double backward must carry the masks;
  // tanh: a smooth second derivative as well.
  for (nn::Activation act : {nn::Activation::Relu, nn::Activation::Tanh}) checkGradient(GetParam(), act);
}

void checkGradient(LossKind kind, nn::Activation act) {
  std::mt19937_64 rng(5);
  nn::Mlp<double> critic({2, 6, 6, 1}, act, rng, "critic");
  Mat<double> real = Mat<double>::Random(5, 2), fake = Mat<double>::Random(5, 2);
  Mat<double> eps = (Mat<double>::Random(5, 1).array() + 1) / 2;
  const LossConfig config{kind, 10.0, QpDistance::L1};
  auto loss = [&](Tape<double>& tape) {
    Critic<double> c = [&](Var<double> x) { return critic.forward(tape, x); };
    return discriminatorLoss(config, c, {tape.constant(real), tape.constant(fake), eps});
  };
  auto params = critic.parameters();
  for (auto* p : params) p->grad.setZero();
  {
    Tape<double> tape;
    tape.backward(loss(tape));
  }
  // Central differences with h = 1e-5: truncation O(h^2) ~ 1e-10 and rounding
  // ~ 1e-16 / 1e-5; 1e-6 relative to the gradient's scale is ample. (Hinge's
  // kinks are not hit: no D value lands within 1e-5 of +-1 at these inputs.)
  const double h = 1e-5;
  int checked = 0;
  for (auto* p : params) {
    for (Eigen::Index k = 0; k < p->value.size(); k += 3, ++checked) {
      const double saved = p->value(k);
      p->value(k) = saved + h;
      Tape<double> t1;
      const double up = loss(t1).value()(0, 0);
      p->value(k) = saved - h;
      Tape<double> t2;
      const double down = loss(t2).value()(0, 0);
      p->value(k) = saved;
      EXPECT_NEAR(p->grad(k), (up - down) / (2 * h), 1e-6 * (1 + std::abs(p->grad(k))));
    }
  }
  EXPECT_GT(checked, 10);
}

INSTANTIATE_TEST_SUITE_P(AllLosses, DiscriminatorGradient,
                         ::testing::Values(LossKind::Standard, LossKind::Relativistic, LossKind::Qp, LossKind::WganGp,
                                           LossKind::Hinge));

// docs/math.md §4.3: for point masses the QP divergence is lambda d / 2; gradient
// ascent on Delta through the library's objective finds it.
TEST(GanQpOracle, PointMasses) {
  const double lambda = 1, d = 2;
  double delta = 0;
  for (int step = 0; step < 200; ++step) {
    Tape<double> tape;
    Var<double> x = tape.input(Mat<double>::Constant(1, 1, delta));
    Var<double> obj = qpObjective(x, tape.constant(Mat<double>::Constant(1, 1, lambda * d)));
    delta += 0.5 * tape.gradient(obj, {x})[0].value()(0, 0);
  }
  Tape<double> tape;
  const double value =
      qpObjective(tape.constant(Mat<double>::Constant(1, 1, delta)), tape.constant(Mat<double>::Constant(1, 1, 2.0)))
          .value()(0, 0);
  EXPECT_NEAR(value, 1.0, 1e-9);  // the ascent contracts by 3/4 a step: 0.75^200 ~ 1e-25
  EXPECT_NEAR(delta, lambda * d, 1e-9);
}

// docs/math.md §4.3: points {0, 1, 3}, d = |x - y|, lambda = 2, p = (.5, .3, .2), q = (.2, .3, .5).
struct Discrete {
  double x[3] = {0, 1, 3}, p[3] = {.5, .3, .2}, q[3] = {.2, .3, .5}, lambda = 2;
  // The expectation over x_r ~ p, x_f ~ q of the library's per-pair objective,
  // with the antisymmetric Delta(i, j) given above the diagonal.
  double objective(const double up[3]) const {
    Mat<double> delta(9, 1), norm(9, 1), weight(9, 1);
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j) {
        const int k = 3 * i + j;
        const double dt = i == j ? 0 : (i < j ? up[i + j - 1] : -up[i + j - 1]);
        delta(k) = dt;
        norm(k) = i == j ? 1 : lambda * std::abs(x[i] - x[j]);  // Delta = 0 there: any norm
        weight(k) = p[i] * q[j];
      }
    Tape<double> tape;
    const Mat<double> terms = qpObjective(tape.constant(delta), tape.constant(norm)).value();
    return terms.cwiseProduct(weight).sum();
  }
  // Pairs (0,1), (0,2), (1,2) at index i + j - 1.
  double optimal(int i, int j) const {
    const double a = p[i] * q[j], b = p[j] * q[i];
    return lambda * std::abs(x[i] - x[j]) * (a - b) / (a + b);
  }
};

TEST(GanQpOracle, DiscreteOptimum) {
  Discrete s;
  const double best[3] = {s.optimal(0, 1), s.optimal(0, 2), s.optimal(1, 2)};
  EXPECT_NEAR(best[0], 0.857143, 1e-6);  // docs/math.md §4.3 prints 6 decimals
  EXPECT_NEAR(best[1], 4.344828, 1e-6);
  EXPECT_NEAR(best[2], 1.714286, 1e-6);
  EXPECT_NEAR(s.objective(best), 0.5719212, 1e-7);
  const int pairs[3][2] = {{0, 1}, {0, 2}, {1, 2}};
  for (int k = 0; k < 3; ++k) EXPECT_LE(std::abs(best[k]), s.lambda * std::abs(s.x[pairs[k][0]] - s.x[pairs[k][1]]));
  std::mt19937_64 rng(11);
  std::normal_distribution<double> n(0, 0.5);
  for (int t = 0; t < 1000; ++t) {
    const double moved[3] = {best[0] + n(rng), best[1] + n(rng), best[2] + n(rng)};
    EXPECT_LE(s.objective(moved), s.objective(best) + 1e-15);
  }
}

}  // namespace
}  // namespace kx::core::gan
