// Each GAN loss against its formula on hand-made inputs (docs/math.md §4.1, §4.2,
// §4.4, §4.7, §4.9–§4.11, §4.13), the GAN-QP oracles of §4.3, and every loss's,
// the zero-centred penalty's and the entropy term's weight gradients against
// finite differences.
#include "core/gan/gan_losses.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <random>

#include "core/nn/mlp.h"
#include "tests/core/nn/parameter_check.h"

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

TEST(GanLosses, EnergyWithLinearCritic) {
  // D(x) = w.x has ∇_x D = w at every real point: the penalty is lambda |w|².
  Hand h;
  const Eigen::Vector2d w(1.5, -2.0);
  Critic<double> linear = [&](Var<double> x) { return nn::matmul(x, x.tape->constant(w)); };
  Tape<double> tape;
  const double lambda = 7;
  const double loss =
      discriminatorLoss<double>({LossKind::Energy, lambda}, linear, {tape.constant(h.real), tape.constant(h.fake), {}})
          .value()(0, 0);
  EXPECT_NEAR(loss, (h.fake * w).mean() - (h.real * w).mean() + lambda * w.squaredNorm(), kTol);
  EXPECT_NEAR(gLoss({LossKind::Energy}, h), -h.fake.col(0).mean(), kTol);
}

// The energy GAN's entropy term λ₂ E‖z − E(G(z))‖² (§4.13) on hand-made rows.
TEST(LatentReconstruction, MatchesFormula) {
  Hand h;  // z = real, E(G(z)) = fake
  Tape<double> tape;
  const double term = latentReconstruction(tape.constant(h.real), tape.constant(h.fake), 0.5).value()(0, 0);
  EXPECT_NEAR(term, 0.5 * (h.real - h.fake).rowwise().squaredNorm().mean(), kTol);
}

// The term's gradient in the generator's and the encoder's weights (one update
// trains both) against central differences: z → G → E → λ₂ mean ‖z − E(G(z))‖².
TEST(LatentReconstruction, GeneratorAndEncoderGradientsMatchFiniteDifferences) {
  for (nn::Activation act : {nn::Activation::Relu, nn::Activation::Tanh}) {
    std::mt19937_64 rng(9);
    nn::Mlp<double> generator({3, 6, 2}, act, rng, "generator"), encoder({2, 6, 6, 3}, act, rng, "encoder");
    const Mat<double> z = Mat<double>::Random(7, 3);
    nn::ParameterGroup<double> both = generator.parameters();
    for (auto* p : encoder.parameters()) both.push_back(p);
    nn::testing::expectParameterGradients(both, [&](bool backward) {
      Tape<double> tape;
      const Var<double> zIn = tape.constant(z);
      const Var<double> term = latentReconstruction(zIn, encoder.forward(tape, generator.forward(tape, zIn)), 0.7);
      if (backward) tape.backward(term);
      return term.value()(0, 0);
    });
  }
}

TEST(GanLosses, EbganMatchesFormula) {
  Hand h;
  LossConfig c{LossKind::Ebgan};
  c.margin = 1.3;
  double d = 0, g = 0;
  for (int i = 0; i < 3; ++i) {
    const double uReal = std::log(1 + std::exp(-h.real(i, 0))), uFake = std::log(1 + std::exp(-h.fake(i, 0)));
    d += (uReal + std::max(0.0, c.margin - uFake)) / 3;
    g += uFake / 3;
  }
  EXPECT_NEAR(dLoss(c, h), d, kTol);
  EXPECT_NEAR(gLoss(c, h), g, kTol);
}

TEST(GanLosses, LsganMatchesFormula) {
  Hand h;
  double d = 0, g = 0;
  for (int i = 0; i < 3; ++i) {
    d += (std::pow(h.real(i, 0) - 1, 2) + std::pow(h.fake(i, 0) + 1, 2)) / 3;
    g += std::pow(h.fake(i, 0), 2) / 3;
  }
  EXPECT_NEAR(dLoss({LossKind::Lsgan}, h), d, kTol);
  EXPECT_NEAR(gLoss({LossKind::Lsgan}, h), g, kTol);
}

LossConfig fgan(FDivergence divergence) { return {.kind = LossKind::Fgan, .divergence = divergence}; }

TEST(GanLosses, FganKlMatchesFormula) {
  // T = D, g(T) = e^{T - 1}.
  Hand h;
  double d = 0, g = 0;
  for (int i = 0; i < 3; ++i) {
    d += (std::exp(h.fake(i, 0) - 1) - h.real(i, 0)) / 3;
    g += -h.fake(i, 0) / 3;
  }
  EXPECT_NEAR(dLoss(fgan(FDivergence::Kl), h), d, kTol);
  EXPECT_NEAR(gLoss(fgan(FDivergence::Kl), h), g, kTol);
}

TEST(GanLosses, FganJensenShannonIsHalfTheStandardGan) {
  // With T = ½ log 2 − ½ softplus(−D), g(T) = ½ softplus(D) − ½ log 2: the critic's
  // loss is half the standard GAN's minus log 2, the generator's −E T half of
  // its non-saturating loss minus ½ log 2 (docs/math.md §4.10).
  Hand h;
  const LossConfig js = fgan(FDivergence::JensenShannon);
  EXPECT_NEAR(dLoss(js, h), dLoss({LossKind::Standard}, h) / 2 - std::log(2.0), kTol);
  EXPECT_NEAR(gLoss(js, h), gLoss({LossKind::Standard}, h) / 2 - std::log(2.0) / 2, kTol);
}

TEST(GanLosses, FganEveryRowIsItsTableEntry) {
  // -(E_p T − E_q g(T)) and −E_q T with T = activation(D), through the table's g
  // (not the simplified g∘activation the loss uses).
  Hand h;
  for (FDivergence f : kFDivergences) {
    const ConjugatePair& row = conjugatePair(f);
    double d = 0, g = 0;
    for (int i = 0; i < 3; ++i) {
      const double tReal = outputActivation(f, h.real(i, 0)), tFake = outputActivation(f, h.fake(i, 0));
      d += (row.conjugate(tFake) - tReal) / 3;
      g += -tFake / 3;
    }
    EXPECT_NEAR(dLoss(fgan(f), h), d, 1e-12) << row.title;
    EXPECT_NEAR(gLoss(fgan(f), h), g, kTol) << row.title;
  }
}

// D(x) = a·Σ_j −(x_j² − 1)²: ∇_x D = −4a (x_j (x_j² − 1))_j, zero where every
// coordinate is −1, 0 or 1.
Critic<double> quartic(Var<double> a) {
  return [a](Var<double> x) { return nn::matmul(nn::rowSums(-nn::square(nn::square(x) - 1.0)), a); };
}

double penaltyAt(const Mat<double>& points, double a, double lambda, double* dPenaltyDa) {
  Tape<double> tape;
  Var<double> weight = tape.input(Mat<double>::Constant(1, 1, a));
  Var<double> x = tape.input(points);
  Var<double> penalty = zeroCentredPenalty(x, quartic(weight)(x), lambda);
  *dPenaltyDa = tape.gradient(penalty, {weight})[0].value()(0, 0);
  return penalty.value()(0, 0);
}

TEST(ZeroCentredPenalty, VanishesAtACriticFlatOnTheReals) {
  Mat<double> pits(4, 2);
  pits << 1, 1, -1, 0, 0, 1, 0, -1;
  double slope = 1;
  EXPECT_EQ(penaltyAt(pits, 0.8, 10, &slope), 0);
  EXPECT_EQ(slope, 0);
  // Off the pits: lambda a² mean Σ_j (4 x_j (x_j² − 1))², and d/da = 2 (penalty)/a.
  Mat<double> slopes(2, 2);
  slopes << 0.5, 1, -1.2, 0.3;
  double expected = 0;
  for (Eigen::Index i = 0; i < 2; ++i)
    for (Eigen::Index j = 0; j < 2; ++j)
      expected += std::pow(4 * slopes(i, j) * (slopes(i, j) * slopes(i, j) - 1), 2) / 2;
  expected *= 10 * 0.8 * 0.8;
  EXPECT_NEAR(penaltyAt(slopes, 0.8, 10, &slope), expected, 1e-12 * expected);
  EXPECT_NEAR(slope, 2 * expected / 0.8, 1e-12 * expected);
  // The energy GAN's loss takes it at the reals only: fakes off the pits add no penalty.
  Tape<double> tape;
  const double loss = discriminatorLoss<double>({LossKind::Energy, 10}, quartic(tape.constant(Mat<double>::Ones(1, 1))),
                                                {tape.constant(pits), tape.constant(slopes.replicate(2, 1)), {}})
                          .value()(0, 0);
  auto meanD = [](const Mat<double>& x) { return -(x.array().square() - 1).square().rowwise().sum().mean(); };
  EXPECT_NEAR(loss, meanD(slopes) - meanD(pits), kTol);
}

// A loss of the critic's weights, given the tape and the critic on it.
using CriticLoss = std::function<Var<double>(Tape<double>&, const Critic<double>&)>;

// The gradient that backward() leaves in a small MLP critic's weights against
// central finite differences of the loss in each sampled weight.
void checkWeightGradient(const CriticLoss& loss, nn::Activation act) {
  std::mt19937_64 rng(5);
  nn::Mlp<double> critic({2, 6, 6, 1}, act, rng, "critic");
  auto evaluate = [&](Tape<double>& tape) {
    Critic<double> c = [&](Var<double> x) { return critic.forward(tape, x); };
    return loss(tape, c);
  };
  auto params = critic.parameters();
  for (auto* p : params) p->grad.setZero();
  {
    Tape<double> tape;
    tape.backward(evaluate(tape));
  }
  // Central differences with h = 1e-5: truncation O(h^2) ~ 1e-10 and rounding
  // ~ 1e-16 / 1e-5; 1e-6 relative to the gradient's scale is ample. (Kinks are
  // not hit: no hinge, margin or ReLU input lands within 1e-5 of its kink at
  // these inputs.)
  const double h = 1e-5;
  int checked = 0;
  for (auto* p : params) {
    for (Eigen::Index k = 0; k < p->value.size(); k += 3, ++checked) {
      const double saved = p->value(k);
      p->value(k) = saved + h;
      Tape<double> t1;
      const double up = evaluate(t1).value()(0, 0);
      p->value(k) = saved - h;
      Tape<double> t2;
      const double down = evaluate(t2).value()(0, 0);
      p->value(k) = saved;
      EXPECT_NEAR(p->grad(k), (up - down) / (2 * h), 1e-6 * (1 + std::abs(p->grad(k))));
    }
  }
  EXPECT_GT(checked, 10);
}

// The batches the gradient checks use.
const Mat<double> kReal = Mat<double>::Random(5, 2), kFake = Mat<double>::Random(5, 2);

// Every discriminator loss (WGAN-GP and the energy GAN with their penalties,
// differentiated twice), one per entry of lossKeys().
class DiscriminatorGradient : public ::testing::TestWithParam<int> {};

TEST_P(DiscriminatorGradient, MatchesFiniteDifferences) {
  LossConfig config = lossOfKey(GetParam());
  const Mat<double> eps = (Mat<double>::Random(5, 1).array() + 1) / 2;
  CriticLoss loss = [&](Tape<double>& tape, const Critic<double>& c) {
    return discriminatorLoss(config, c, {tape.constant(kReal), tape.constant(kFake), eps});
  };
  // ReLU as the lab's default: its double backward must carry the masks;
  // tanh: a smooth second derivative as well.
  for (nn::Activation act : {nn::Activation::Relu, nn::Activation::Tanh}) checkWeightGradient(loss, act);
}

// The penalty alone (docs/math.md §4.9): its gradient in the critic's weights
// needs the second backward pass through ∇_x D.
TEST(ZeroCentredPenalty, WeightGradientMatchesFiniteDifferences) {
  CriticLoss loss = [](Tape<double>& tape, const Critic<double>& c) {
    Var<double> x = tape.input(kReal);
    return zeroCentredPenalty(x, c(x), 10.0);
  };
  for (nn::Activation act : {nn::Activation::Relu, nn::Activation::Tanh}) checkWeightGradient(loss, act);
}

INSTANTIATE_TEST_SUITE_P(AllLosses, DiscriminatorGradient, ::testing::Range(0, static_cast<int>(lossKeys().size())),
                         [](const ::testing::TestParamInfo<int>& info) { return lossKeys()[info.param]; });

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
