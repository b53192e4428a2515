// `nn` (issue 3): training-step throughput of core/nn on the networks of W4
// and W5 (docs/benchmarks.md). `gan_d`: forward + backward + Adam step of
// the W4 discriminator 2 -> 3 x 128 ReLU -> 1 on 256 real + 256 fake points,
// BCE with logits. `vae`: one step of the W5 VAE at batch 100, d = 16
// (784 -> 512 ReLU -> (mu, log sigma^2); 16 -> 512 ReLU -> 784), Bernoulli
// loss + KL (docs/math.md §5.1), on random binary images (timing only).
// scripts/bench_peers/nn_torch.py runs the same steps in PyTorch.
#include <ctime>
#include <random>

#include "app/bench/workloads.h"
#include "core/nn/losses.h"
#include "core/nn/mlp.h"
#include "core/nn/optimizers.h"
#include "core/util/stopwatch.h"

namespace kx::bench {
namespace {

using namespace core::nn;
using MatF = Mat<float>;

MatF normalMatrix(Eigen::Index rows, Eigen::Index cols, std::mt19937_64& rng, float sd = 1.0f) {
  std::normal_distribution<float> normal(0.0f, sd);
  MatF m(rows, cols);
  for (Eigen::Index k = 0; k < m.size(); ++k) m.data()[k] = normal(rng);
  return m;
}

/// Times `steps` calls of step() after a few untimed warm-up calls; the record
/// has steps/s, seconds, and CPU time / wall time (about 2 when both cores work).
template <typename Step>
QJsonObject timeSteps(int steps, Step step) {
  for (int k = 0; k < 5; ++k) step();
  const std::clock_t cpuStart = std::clock();
  core::Stopwatch clock;
  float loss = 0;
  for (int k = 0; k < steps; ++k) loss = step();
  const double seconds = clock.seconds();
  const double cpuSeconds = double(std::clock() - cpuStart) / CLOCKS_PER_SEC;
  return QJsonObject{
      {"seconds", seconds}, {"throughput", steps / seconds},        {"unit", "steps/s"},
      {"steps", steps},     {"cpu_per_wall", cpuSeconds / seconds}, {"final_loss", static_cast<double>(loss)}};
}

QJsonObject runGanDiscriminator(const BenchOptions& options) {
  std::mt19937_64 rng(options.seed);
  Mlp<float> critic({2, 128, 128, 128, 1}, Activation::Relu, rng, "critic");
  Adam<float> adam(critic.parameters(), 1e-4f, 0.5f, 0.9f);  // W4's settings
  const int batch = 256;
  MatF labels(2 * batch, 1);
  labels.topRows(batch).setOnes();
  labels.bottomRows(batch).setZero();
  Tape<float> tape;
  QJsonObject record = timeSteps(options.small ? 300 : 3000, [&] {
    // Fresh batches every step, as in W4: real points spread like the ring
    // (radius 2), fake ones from a narrower normal (a generator early on).
    MatF x(2 * batch, 2);
    x.topRows(batch) = normalMatrix(batch, 2, rng, 2.0f);
    x.bottomRows(batch) = normalMatrix(batch, 2, rng, 0.5f);
    tape.clear();
    const auto loss = bceWithLogitsLoss(critic.forward(tape, tape.constant(std::move(x))), tape.constant(labels));
    adam.zeroGrad();
    tape.backward(loss);
    adam.step();
    return loss.value()(0, 0);
  });
  record.insert("batch", 2 * batch);
  return record;
}

QJsonObject runVae(const BenchOptions& options) {
  std::mt19937_64 rng(options.seed);
  const int batch = 100, pixels = 784, latent = 16;
  Mlp<float> encoder({pixels, 512, 2 * latent}, Activation::Relu, rng, "encoder");
  Mlp<float> decoder({latent, 512, pixels}, Activation::Relu, rng, "decoder");
  ParameterGroup<float> params = encoder.parameters();
  for (auto* p : decoder.parameters()) params.push_back(p);
  Adam<float> adam(params, 1e-3f);
  std::bernoulli_distribution pixel(0.3);
  MatF images(batch, pixels);
  for (Eigen::Index k = 0; k < images.size(); ++k) images.data()[k] = pixel(rng) ? 1.0f : 0.0f;
  Tape<float> tape;
  QJsonObject record = timeSteps(options.small ? 20 : 300, [&] {
    tape.clear();
    const auto x = tape.constant(images);
    const auto h = encoder.forward(tape, x);
    const auto mu = sliceCols(h, 0, latent), logVar = sliceCols(h, latent, latent);
    // Reparameterisation z = mu + eps * sigma (docs/math.md §5.1).
    const auto z = mu + tape.constant(normalMatrix(batch, latent, rng)) * exp(logVar * 0.5f);
    const auto logits = decoder.forward(tape, z);
    // -ELBO per image: Bernoulli reconstruction + KL to N(0, I).
    const auto loss = (sum(bceWithLogits(logits, x)) + sum(gaussianKl(mu, logVar))) * (1.0f / batch);
    adam.zeroGrad();
    tape.backward(loss);
    adam.step();
    return loss.value()(0, 0);
  });
  record.insert("batch", batch);
  return record;
}

}  // namespace

BenchWorkload nnWorkload() {
  return {.name = "nn",
          .variants = {"gan_d", "vae"},
          .run = [](const std::string& variant, const BenchOptions& options) -> core::Result<QJsonObject> {
            if (!options.sets.empty()) return core::fail("the nn workload has no parameters to --set");
            return variant == "vae" ? runVae(options) : runGanDiscriminator(options);
          }};
}

}  // namespace kx::bench
