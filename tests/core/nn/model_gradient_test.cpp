// Gradients of whole models, batch norm, the losses, and the WGAN-GP gradient
// penalty (a double backward) against finite differences; frozen parameters.
#include <gtest/gtest.h>

#include "core/nn/batch_norm.h"
#include "core/nn/losses.h"
#include "core/nn/mlp.h"
#include "tests/core/nn/gradient_check.h"
#include "tests/core/nn/parameter_check.h"

namespace kx::core::nn::testing {
namespace {

using V = Var<double>;

TEST(ModelGradient, MlpParametersAndInput) {
  for (Activation act :
       {Activation::Relu, Activation::LeakyRelu, Activation::Tanh, Activation::Sigmoid, Activation::Softplus}) {
    std::mt19937_64 rng(3);
    Mlp<double> mlp({3, 8, 6, 2}, act, rng);
    const MatD x = randomMatrix(5, 3, rng);
    const MatD r = randomMatrix(5, 2, rng);
    expectParameterGradients(mlp.parameters(), [&](bool backward) {
      Tape<double> tape;
      const V loss = sum(mlp.forward(tape, tape.constant(x)) * tape.constant(r));
      if (backward) tape.backward(loss);
      return loss.value()(0, 0);
    });
    // The input gradient, to second order (what a gradient penalty differentiates).
    GradientChecker([&mlp](Tape<double>& t, const std::vector<V>& in) { return mlp.forward(t, in[0]); }, {x})
        .checkBoth();
  }
}

TEST(ModelGradient, BatchNormTrainingAndInference) {
  std::mt19937_64 rng(5);
  const MatD x = randomMatrix(6, 3, rng);
  for (bool affine : {false, true}) {
    BatchNorm<double> bn(3, affine);
    if (affine) {
      bn.gamma().value = randomMatrix(1, 3, rng, 0.5, 2);
      bn.beta().value = randomMatrix(1, 3, rng);
    }
    for (bool training : {true, false}) {
      GradientChecker(
          [&bn, training](Tape<double>& t, const std::vector<V>& in) { return bn.forward(t, in[0], training); }, {x})
          .checkBoth();
      const MatD r = randomMatrix(6, 3, rng);
      if (affine)
        expectParameterGradients(bn.parameters(), [&](bool backward) {
          Tape<double> tape;
          const V loss = sum(bn.forward(tape, tape.constant(x), training) * tape.constant(r));
          if (backward) tape.backward(loss);
          return loss.value()(0, 0);
        });
    }
  }
}

TEST(ModelGradient, Losses) {
  std::mt19937_64 rng(9);
  const MatD logits = randomMatrix(4, 3, rng, -4, 4), targets = randomMatrix(4, 3, rng, 0, 1);
  GradientChecker([](Tape<double>&, const std::vector<V>& in) { return bceWithLogits(in[0], in[1]); },
                  {logits, targets})
      .checkBoth();
  GradientChecker([](Tape<double>&, const std::vector<V>& in) { return bceWithLogitsLoss(in[0], in[1]); },
                  {logits, targets})
      .checkBoth();
  GradientChecker([](Tape<double>&, const std::vector<V>& in) { return mseLoss(in[0], in[1]); }, {logits, targets})
      .checkBoth();
  GradientChecker([](Tape<double>&, const std::vector<V>& in) { return gaussianKl(in[0], in[1]); },
                  {randomMatrix(4, 3, rng), randomMatrix(4, 3, rng, -2, 1)})
      .checkBoth();
}

TEST(LossValues, MatchClosedForms) {
  Tape<double> tape;
  MatD z(1, 2), y(1, 2), mu(1, 2), logVar(1, 2);
  z << 0.3, -1.2;
  y << 1, 0;
  mu << 1, 2;
  logVar << std::log(2.0), std::log(0.5);
  const MatD bce = bceWithLogits(tape.constant(z), tape.constant(y)).value();
  EXPECT_NEAR(bce(0), -std::log(1 / (1 + std::exp(-0.3))), 1e-14);
  EXPECT_NEAR(bce(1), -std::log(1 - 1 / (1 + std::exp(1.2))), 1e-14);
  // Diagonal case of docs/math.md §6.1: 1/2 (|mu|^2 + tr S - log det S - n) with S = diag(2, 0.5).
  EXPECT_NEAR(gaussianKl(tape.constant(mu), tape.constant(logVar)).value()(0), 0.5 * (5 + 2.5 - 0 - 2), 1e-14);
}

/// WGAN-GP's penalty (docs/math.md §4.7), mean over the batch of (||grad_x D(x)||_2 - 1)^2.
V gradientPenalty(Tape<double>& tape, Mlp<double>& critic, const MatD& x) {
  const V in = tape.input(x);
  const V grad = tape.gradient(sum(critic.forward(tape, in)), {in}, /*createGraph=*/true)[0];
  return mean(square(sqrt(rowSums(square(grad))) - 1.0));
}

TEST(ModelGradient, GradientPenaltyDoubleBackward) {
  for (Activation act : {Activation::Relu, Activation::Tanh}) {
    std::mt19937_64 rng(11);
    Mlp<double> critic({2, 16, 16, 1}, act, rng);
    const MatD x = randomMatrix(7, 2, rng, -2, 2);
    // The penalty's parameter gradient against finite differences of the penalty itself.
    expectParameterGradients(critic.parameters(), [&](bool backward) {
      Tape<double> tape;
      const V penalty = gradientPenalty(tape, critic, x);
      if (backward) tape.backward(penalty);
      return penalty.value()(0, 0);
    });
  }
}

TEST(ModelGradient, GradientOfUnusedInputIsZero) {
  Tape<double> tape;
  const V a = tape.input(MatD::Ones(2, 2)), b = tape.input(MatD::Ones(3, 1));
  const auto g = tape.gradient(sum(square(a)), {a, b});
  EXPECT_EQ(g[0].value(), MatD::Constant(2, 2, 2.0));
  EXPECT_EQ(g[1].value(), MatD::Zero(3, 1));
}

// A GAN's generator update through a frozen critic (Tape::freeze): the
// generator's gradients are those of the unfrozen pass bit for bit (the same
// rules run on the same values; only the critic's weight products are left
// out), the critic's grads stay as they were, and the backward pass records
// fewer nodes. In float, the trainer's type, where any change of the
// arithmetic would show in the last bits.
TEST(FrozenParameters, GeneratorGradientsUnchangedAndCriticUntouched) {
  std::mt19937_64 rng(13);
  Mlp<float> generator({2, 16, 16, 2}, Activation::Relu, rng), critic({2, 16, 16, 1}, Activation::Relu, rng);
  std::uniform_real_distribution<float> u(-2, 2);
  Mat<float> z(9, 2);
  for (Eigen::Index k = 0; k < z.size(); ++k) z.data()[k] = u(rng);
  auto generatorStep = [&](bool freeze, Tape<float>& tape) {
    zeroGrad(generator.parameters());
    zeroGrad(critic.parameters());
    if (freeze) tape.freeze(critic.parameters());
    tape.backward(-mean(critic.forward(tape, generator.forward(tape, tape.constant(z)))));
    std::vector<Mat<float>> grads;
    for (auto* p : generator.parameters()) grads.push_back(p->grad);
    return grads;
  };
  Tape<float> plain, frozen;
  const auto expected = generatorStep(false, plain);
  bool criticHadGradients = false;
  for (auto* p : critic.parameters()) criticHadGradients = criticHadGradients || !p->grad.isZero(0);
  EXPECT_TRUE(criticHadGradients);  // the control: unfrozen, the critic's grads are filled
  const auto got = generatorStep(true, frozen);
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t k = 0; k < got.size(); ++k) EXPECT_EQ(got[k], expected[k]) << "generator parameter " << k;
  for (auto* p : critic.parameters()) EXPECT_TRUE(p->grad.isZero(0)) << p->name;
  EXPECT_LT(frozen.size(), plain.size());
  // clear() unfreezes: the next step's tape differentiates the critic again.
  frozen.clear();
  frozen.backward(sum(critic.forward(frozen, frozen.constant(z))));
  EXPECT_FALSE(critic.parameters()[0]->grad.isZero(0));
}

// The gradient at the input of a frozen network (what Langevin sampling of a
// critic asks for, core/gan/critic_energy.h) is the unfrozen one, bit for bit.
TEST(FrozenParameters, InputGradientUnchanged) {
  std::mt19937_64 rng(17);
  Mlp<float> critic({2, 16, 16, 1}, Activation::Tanh, rng);
  Mat<float> x = Mat<float>::Random(6, 2);
  auto inputGradient = [&](bool freeze) {
    Tape<float> tape;
    if (freeze) tape.freeze(critic.parameters());
    const Var<float> in = tape.input(x);
    return Mat<float>(tape.gradient(sum(critic.forward(tape, in)), {in})[0].value());
  };
  EXPECT_EQ(inputGradient(true), inputGradient(false));
}

}  // namespace
}  // namespace kx::core::nn::testing
