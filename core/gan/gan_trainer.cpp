#include "core/gan/gan_trainer.h"

#include <cmath>
#include <sstream>

#include "core/util/counter_rng.h"
#include "core/util/fast_math.h"

namespace kx::core::gan {
namespace {

using nn::Mat;

// Losses and points beyond these sizes mean the updates have run away: the
// plane's data live within |x| < ~10, and no loss here is meaningfully 1e6.
constexpr float kExplodedLoss = 1e6f;
constexpr float kExplodedPoint = 1e4f;

// Stream tags keep the real, noise and interpolation streams of one update apart.
enum Stream : std::uint64_t { kReal = 1, kNoise = 2, kEps = 3 };
std::uint64_t streamKey(std::uint64_t seed, std::uint64_t draw, Stream s) { return blockKey(seed, draw * 4 + s); }

// PyTorch's nn.Linear default: weights and biases uniform in ±1/sqrt(fan_in) (InitKind::Torch).
void torchInit(nn::Mlp<float>& net, std::mt19937_64& rng) {
  for (auto& layer : net.layers()) {
    const float bound = 1.0f / std::sqrt(float(layer.inFeatures()));
    std::uniform_real_distribution<float> u(-bound, bound);
    for (Eigen::Index k = 0; k < layer.weight().value.size(); ++k) layer.weight().value.data()[k] = u(rng);
    for (Eigen::Index k = 0; k < layer.bias().value.size(); ++k) layer.bias().value.data()[k] = u(rng);
  }
}

// The energy GAN's encoder E (§4.13), only when its entropy term is on: two
// hidden layers from a point to the noise. It draws its initial weights from
// a stream of its own, so G and D start the same whatever λ₂.
std::optional<nn::Mlp<float>> makeEncoder(const GanParams& p) {
  if (p.loss.kind != LossKind::Energy || !(p.loss.entropyWeight > 0)) return std::nullopt;
  std::mt19937_64 rng(p.seed ^ 0xE4C0DE5ull);
  const NetworkSpec spec{2, p.encoderWidth, p.generator.activation};
  nn::Mlp<float> encoder(networkWidths(2, spec, p.noiseDim), spec.activation, rng, "encoder");
  if (p.init == InitKind::Torch) torchInit(encoder, rng);
  return encoder;
}

// What the generator's optimiser steps: G, and E trained jointly with it.
nn::ParameterGroup<float> generatorGroup(nn::Mlp<float>& generator, std::optional<nn::Mlp<float>>& encoder) {
  nn::ParameterGroup<float> group = generator.parameters();
  if (encoder)
    for (auto* p : encoder->parameters()) group.push_back(p);
  return group;
}

}  // namespace

std::vector<Eigen::Index> networkWidths(Eigen::Index in, const NetworkSpec& spec, Eigen::Index out) {
  std::vector<Eigen::Index> w{in};
  for (int i = 0; i < spec.depth; ++i) w.push_back(spec.width);
  w.push_back(out);
  return w;
}

bool fits(const nn::ParameterGroup<float>& group, const std::vector<Mat<float>>& values) {
  if (group.size() != values.size()) return false;
  for (std::size_t i = 0; i < group.size(); ++i)
    if (group[i]->value.rows() != values[i].rows() || group[i]->value.cols() != values[i].cols()) return false;
  return true;
}

Optimizer::Optimizer(nn::ParameterGroup<float> group, const OptimizerSpec& spec) {
  if (spec.kind == OptimizerKind::Adam)
    m_adam = std::make_unique<nn::Adam<float>>(group, float(spec.learningRate), float(spec.beta1), float(spec.beta2));
  else
    m_sgd = std::make_unique<nn::Sgd<float>>(group, float(spec.learningRate), float(spec.beta1));
}

void Optimizer::zeroGrad() { m_adam ? m_adam->zeroGrad() : m_sgd->zeroGrad(); }
void Optimizer::step() { m_adam ? m_adam->step() : m_sgd->step(); }

GanTrainer::GanTrainer(const GanParams& params, mixture::GaussianMixture target)
    : m_params(params),
      m_target(std::move(target)),
      m_rng(params.seed),
      m_generator(networkWidths(params.noiseDim, params.generator, 2), params.generator.activation, m_rng, "generator"),
      m_discriminator(networkWidths(2, params.discriminator, 1), params.discriminator.activation, m_rng,
                      "discriminator"),
      m_encoder(makeEncoder(params)),
      m_gOpt(generatorGroup(m_generator, m_encoder), params.generatorOpt),
      m_dOpt(m_discriminator.parameters(), params.discriminatorOpt) {
  if (params.init == InitKind::Torch)
    for (auto* net : {&m_generator, &m_discriminator}) torchInit(*net, m_rng);
}

Mat<float> ganNoise(const GanParams& params, Eigen::Index n, std::uint64_t stream) {
  const std::uint64_t key = blockKey(params.seed ^ 0x5A5A5A5Aull, stream);
  Mat<float> z(n, params.noiseDim);
  const Eigen::Index count = z.size();
  for (Eigen::Index c = 0; c < count; c += 2) {
    const std::uint64_t w = streamWord(key, std::uint64_t(c));
    const float u1 = unitOpen(std::uint32_t(w)), u2 = unitOpen(std::uint32_t(w >> 32));
    float a, b;
    if (params.noise == NoiseKind::Gaussian)
      boxMuller(u1, u2, a, b);
    else
      a = 2 * u1 - 1, b = 2 * u2 - 1;
    z.data()[c] = a;
    if (c + 1 < count) z.data()[c + 1] = b;
  }
  return z;
}

Mat<float> GanTrainer::noise(Eigen::Index n, std::uint64_t stream) const { return ganNoise(m_params, n, stream); }

Mat<float> GanTrainer::realBatch() {
  return mixture::sample(m_target, m_params.batch, streamKey(m_params.seed, m_draws, kReal));
}

bool GanTrainer::checkFinite(float loss, const char* which, const Mat<float>* points) {
  std::ostringstream msg;
  if (!std::isfinite(loss))
    msg << "Training diverged: the " << which << " loss became " << (std::isnan(loss) ? "NaN" : "infinite");
  else if (std::abs(loss) > kExplodedLoss)
    msg << "Training diverged: the " << which << " loss exploded to " << loss;
  else if (points && !(points->cwiseAbs().maxCoeff() < kExplodedPoint))
    msg << "Training diverged: generated points flew off (|x| > " << kExplodedPoint << ")";
  else
    return true;
  msg << " at generator step " << m_gSteps << ". Lower the learning rates (or change the loss), then reset.";
  m_divergence = msg.str();
  return false;
}

float GanTrainer::stepDiscriminator() {
  const Mat<float> real = realBatch();
  const Mat<float> z = noise(m_params.batch, streamKey(m_params.seed, m_draws, kNoise));
  Mat<float> eps;
  if (m_params.loss.kind == LossKind::WganGp) {
    // WGAN-GP's interpolation weights eps ~ U(0, 1), one per pair (§4.7).
    eps.resize(m_params.batch, 1);
    const std::uint64_t key = streamKey(m_params.seed, m_draws, kEps);
    for (Eigen::Index i = 0; i < eps.rows(); ++i)
      eps(i, 0) = unitOpen(std::uint32_t(streamWord(key, std::uint64_t(i))));
  }
  ++m_draws;
  m_tape.clear();
  // The fakes enter as data: this update must not reach the generator.
  const Mat<float> fake = m_generator.forward(m_tape, m_tape.constant(z)).value();
  m_tape.clear();
  Critic<float> critic = [this](nn::Var<float> x) { return m_discriminator.forward(m_tape, x); };
  auto loss = discriminatorLoss<float>(m_params.loss, critic, {m_tape.constant(real), m_tape.constant(fake), eps});
  m_dOpt.zeroGrad();
  m_tape.backward(loss);
  m_dOpt.step();
  ++m_dSteps;
  m_dLoss = loss.value()(0, 0);
  checkFinite(m_dLoss, "discriminator", &fake);
  return m_dLoss;
}

float GanTrainer::stepGenerator() {
  const Mat<float> real = realBatch();
  const Mat<float> z = noise(m_params.batch, streamKey(m_params.seed, m_draws, kNoise));
  ++m_draws;
  m_tape.clear();
  // The critic is a fixed landscape here: its weights' gradients would be
  // thrown away (the critic's update zeroes them first), so none are computed.
  m_tape.freeze(m_discriminator.parameters());
  const auto zIn = m_tape.constant(z);
  auto fake = m_generator.forward(m_tape, zIn);
  auto dFake = m_discriminator.forward(m_tape, fake);
  // Only the relativistic and QP generator losses read D at real points (§4.2, §4.4).
  const bool paired = m_params.loss.kind == LossKind::Relativistic || m_params.loss.kind == LossKind::Qp;
  auto dReal = paired ? m_discriminator.forward(m_tape, m_tape.constant(real)) : dFake;
  auto loss = generatorLoss(m_params.loss, dReal, dFake);
  // The energy GAN's entropy term (§4.13): one update of G and E together.
  if (m_encoder) loss = loss + latentReconstruction(zIn, m_encoder->forward(m_tape, fake), m_params.loss.entropyWeight);
  m_gOpt.zeroGrad();
  m_tape.backward(loss);
  m_gOpt.step();
  ++m_gSteps;
  m_gLoss = loss.value()(0, 0);
  checkFinite(m_gLoss, "generator", &fake.value());
  return m_gLoss;
}

void GanTrainer::iterate() {
  for (int k = 0; k < m_params.criticSteps && m_divergence.empty(); ++k) stepDiscriminator();
  if (m_divergence.empty()) stepGenerator();
}

Mat<float> GanTrainer::generate(const Mat<float>& z) {
  nn::Tape<float> tape;
  return m_generator.forward(tape, tape.constant(z)).value();
}

Mat<float> GanTrainer::discriminate(const Mat<float>& x) {
  nn::Tape<float> tape;
  return m_discriminator.forward(tape, tape.constant(x)).value();
}

Mat<float> GanTrainer::push(const Mat<float>& real, const Mat<float>& fake) {
  nn::Tape<float> tape;
  tape.freeze(m_discriminator.parameters());  // only the gradient at the points is asked for
  auto xf = tape.input(fake);
  auto dFake = m_discriminator.forward(tape, xf);
  auto dReal = m_discriminator.forward(tape, tape.constant(real));
  auto loss = generatorLoss(m_params.loss, dReal, dFake);
  // The loss is a mean over rows: n times its gradient is each sample's own push.
  return tape.gradient(loss, {xf})[0].value() * -float(fake.rows());
}

GanWeights GanTrainer::weights() {
  GanWeights w;
  for (auto* p : m_generator.parameters()) w.generator.push_back(p->value);
  for (auto* p : m_discriminator.parameters()) w.discriminator.push_back(p->value);
  return w;
}

Status GanTrainer::setWeights(const GanWeights& w) {
  auto g = m_generator.parameters();
  auto d = m_discriminator.parameters();
  if (!fits(g, w.generator) || !fits(d, w.discriminator))
    return fail("the saved weights do not fit the networks' shapes (depth, width or noise dimension changed)");
  for (std::size_t i = 0; i < g.size(); ++i) g[i]->value = w.generator[i];
  for (std::size_t i = 0; i < d.size(); ++i) d[i]->value = w.discriminator[i];
  return Ok{};
}

}  // namespace kx::core::gan
