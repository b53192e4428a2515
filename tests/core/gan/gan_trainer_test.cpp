// The generator update of the trainer (issue 16): the energy GAN's generator
// with λ₂ = 0 is the plain "jump" generator to the bit, with λ₂ > 0 it trains
// its encoder in the same update (docs/math.md §4.13), and the frozen critic's
// grads are left alone by a generator update.
#include "core/gan/gan_trainer.h"

#include <gtest/gtest.h>

#include "core/mixture/presets.h"

namespace kx::core::gan {
namespace {

GanParams small(LossKind kind, double entropyWeight) {
  GanParams p;
  p.loss = {.kind = kind, .entropyWeight = entropyWeight};
  p.generator = p.discriminator = {2, 32, nn::Activation::Relu};
  p.encoderWidth = 16;
  p.batch = 64;
  return p;
}

std::vector<nn::Mat<float>> valuesOf(const nn::ParameterGroup<float>& group) {
  std::vector<nn::Mat<float>> v;
  for (auto* p : group) v.push_back(p->value);
  return v;
}

std::vector<nn::Mat<float>> generatorAfterSteps(GanTrainer& t, int steps) {
  for (int k = 0; k < steps; ++k) t.stepGenerator();
  return valuesOf(t.generator().parameters());
}

// The energy GAN's, WGAN-GP's and the hinge loss's generator losses are all
// E[U(G(z))] = −E D(G(z)) (§4.9), and generator updates alone leave the
// critic as it started: with λ₂ = 0 the energy GAN builds no encoder and its
// generator moves exactly as WGAN-GP's.
TEST(GanTrainer, EnergyGeneratorWithoutEntropyIsThePlainJump) {
  GanTrainer energy(small(LossKind::Energy, 0), mixture::ring8());
  GanTrainer wgan(small(LossKind::WganGp, 0), mixture::ring8());
  EXPECT_EQ(energy.encoder(), nullptr);
  EXPECT_EQ(generatorAfterSteps(energy, 5), generatorAfterSteps(wgan, 5));
  EXPECT_EQ(energy.lastGeneratorLoss(), wgan.lastGeneratorLoss());
}

// With λ₂ > 0 the same update also steps the encoder, and the term changes
// where the generator goes (the control of the test above). G and D start from
// the same weights whatever λ₂: the encoder draws its own.
TEST(GanTrainer, EntropyTermTrainsTheEncoderWithTheGenerator) {
  GanTrainer plain(small(LossKind::Energy, 0), mixture::ring8());
  GanTrainer entropy(small(LossKind::Energy, 0.5), mixture::ring8());
  ASSERT_NE(entropy.encoder(), nullptr);
  EXPECT_EQ(entropy.encoder()->layers().back().outFeatures(), entropy.params().noiseDim);
  EXPECT_EQ(entropy.encoder()->layers().front().outFeatures(), 16);
  EXPECT_EQ(valuesOf(plain.generator().parameters()), valuesOf(entropy.generator().parameters()));
  EXPECT_EQ(valuesOf(plain.discriminator().parameters()), valuesOf(entropy.discriminator().parameters()));
  const auto encoderBefore = valuesOf(entropy.encoder()->parameters());
  EXPECT_NE(generatorAfterSteps(plain, 3), generatorAfterSteps(entropy, 3));
  EXPECT_NE(valuesOf(entropy.encoder()->parameters()), encoderBefore);
  // The loss includes the term, which is positive: E‖z − E(G(z))‖² > 0.
  EXPECT_GT(entropy.lastGeneratorLoss(), plain.lastGeneratorLoss());
  // Other losses never build one, whatever λ₂ says.
  EXPECT_EQ(GanTrainer(small(LossKind::WganGp, 0.5), mixture::ring8()).encoder(), nullptr);
}

// The critic is frozen in a generator update (nn::Tape::freeze): the grads its
// own last update left stay as they were.
TEST(GanTrainer, GeneratorUpdateLeavesTheCriticsGradsAlone) {
  GanTrainer t(small(LossKind::Energy, 0.5), mixture::ring8());
  t.stepDiscriminator();
  std::vector<nn::Mat<float>> grads;
  for (auto* p : t.discriminator().parameters()) grads.push_back(p->grad);
  EXPECT_FALSE(grads[0].isZero(0));
  t.stepGenerator();
  for (std::size_t k = 0; k < grads.size(); ++k) EXPECT_EQ(t.discriminator().parameters()[k]->grad, grads[k]);
}

}  // namespace
}  // namespace kx::core::gan
