// W5 `vae` (docs/benchmarks.md): the VAE of core/vae on the real MNIST
// test set (first 9,000 train, last 1,000 held out), 784 -> 512 ReLU ->
// latent d, Adam 1e-3, batch 100, 10 epochs; variants d2, d16, d64 and the
// VAE+BN recipe d16bn, d64bn (docs/math.md §5.2, tau = 0.5). Reports seconds per
// epoch, held-out negative ELBO and active units by W5's definition (KL per
// dimension > 0.01 nats) and, beside it, by Burda et al.'s (the variance over
// held-out images of the posterior mean > 0.01), with the per-dimension values,
// and how many dimensions have a KL under tau / 2 (the §5.2 floor of BN).
// Variant fvae: the f-VAE of docs/math.md §5.7 (E, G 784 -> 512 ReLU -> 784,
// a flow of 4 actnorm / coupling / permutation steps of width 512, sigma1 and
// sigma2 trained), same data, optimiser, batch and epochs; reports its
// held-out negative ELBO (nats, a bound on the density of the pixels / 255).
// Variant biganqp: BiGAN-QP of docs/math.md §5.8 (E 784 -> 512 ReLU -> 32,
// G 32 -> 512 ReLU -> 784 sigmoid, T 816 -> 512 -> 512 -> 1, lambda 10, L1,
// beta1 2, beta2 3, Adam 2e-4 / 0.5, 2 critic updates per E, G update, one
// update of each kind per batch of 100); reports the held-out mean squared
// pixel error of G(E(x)) and the sharpness (§5.8) of G(E(x)) and of x.
// The data folder comes from the environment variable KX_MNIST_DIR (default
// ../shared/data/mnist, relative to the working directory).
#include <QJsonArray>
#include <algorithm>
#include <cstdlib>
#include <memory>

#include "app/bench/workloads.h"
#include "core/util/stopwatch.h"
#include "core/vae/biganqp_trainer.h"
#include "core/vae/fvae_trainer.h"
#include "core/vae/idx_reader.h"
#include "core/vae/vae_params.h"
#include "core/vae/vae_trainer.h"

namespace kx::bench {
namespace {

/// Trains `epochs` epochs; the mean seconds of training per epoch (evaluation excluded).
template <typename Trainer>
core::Result<double> secondsPerEpoch(Trainer& trainer, int epochs) {
  double seconds = 0;
  for (int e = 0; e < epochs; ++e) {
    core::Stopwatch clock;
    while (trainer.epoch() == e)
      if (auto s = trainer.step(); !s) return core::fail(s.error());
    seconds += clock.seconds();
  }
  return seconds / epochs;
}

core::Result<QJsonObject> runFVae(std::shared_ptr<const core::vae::ImageSet> data, int epochs,
                                  const BenchOptions& options) {
  core::vae::FVaeTrainer trainer(core::vae::FVaeConfig{.seed = options.seed}, core::vae::TrainConfig{}, data);
  const auto seconds = secondsPerEpoch(trainer, epochs);
  if (!seconds) return core::fail(seconds.error());
  const core::vae::FVaeEvaluation eval = trainer.evaluate();
  return QJsonObject{{"seconds", *seconds}, {"unit", "s/epoch"}, {"epochs", epochs},      {"neg_elbo", eval.loss},
                     {"recon", eval.recon}, {"kl", eval.kl},     {"sigma1", eval.sigma1}, {"sigma2", eval.sigma2}};
}

core::Result<QJsonObject> runBiGanQp(std::shared_ptr<const core::vae::ImageSet> data, int epochs,
                                     const BenchOptions& options) {
  const core::vae::BiGanQpConfig model{.seed = options.seed};
  core::vae::BiGanQpTrainer trainer(model, core::vae::BiGanQpTraining{}, data);
  const auto seconds = secondsPerEpoch(trainer, epochs);
  if (!seconds) return core::fail(seconds.error());
  const core::vae::BiGanQpEvaluation eval = trainer.evaluate();
  return QJsonObject{{"seconds", *seconds},
                     {"unit", "s/epoch"},
                     {"epochs", epochs},
                     {"latent", model.latent},
                     {"recon_mse", eval.reconstructionMse},
                     {"sharpness", eval.sharpness},
                     {"data_sharpness", eval.dataSharpness},
                     {"loss_eg", trainer.lastEpochLoss()},
                     {"loss_critic", trainer.lastCriticLoss()}};
}

core::Result<QJsonObject> runVae(const std::string& variant, const BenchOptions& options) {
  const char* env = std::getenv("KX_MNIST_DIR");
  const std::string dir = env ? env : "../shared/data/mnist";
  auto set = core::vae::loadIdxImageSet(dir + "/t10k-images-idx3-ubyte.gz", dir + "/t10k-labels-idx1-ubyte.gz");
  if (!set) return core::fail(set.error() + " (set KX_MNIST_DIR to the MNIST folder)");
  auto data = std::make_shared<const core::vae::ImageSet>(std::move(set).value());

  // W5 trains 10 epochs; --set epochs=N (the lab's schema checks N) runs longer, e.g. to watch units die.
  const core::ParamSchema schema = core::vae::vaeSchema();
  core::ParamValues values{{"epochs", options.small ? 1 : 10}};
  for (const auto& s : options.sets) {
    if (!s.starts_with("epochs=")) return core::fail("the vae workload takes only --set epochs=N, not '" + s + "'");
    if (auto status = schema.applyAssignment(s, values); !status) return core::fail(status.error());
  }
  const int epochs = int(values["epochs"]);
  if (variant == "fvae") return runFVae(data, epochs, options);
  if (variant == "biganqp") return runBiGanQp(data, epochs, options);

  core::vae::VaeConfig model;
  model.width = 512;
  model.latent = std::stoi(variant.substr(1));
  model.batchNorm = variant.ends_with("bn");
  model.seed = options.seed;
  core::vae::VaeTrainer trainer(model, core::vae::TrainConfig{}, data);
  const auto seconds = secondsPerEpoch(trainer, epochs);
  if (!seconds) return core::fail(seconds.error());
  const core::vae::Evaluation eval = trainer.evaluate();
  QJsonArray klPerDim, meanVar;
  for (double k : eval.klPerDim) klPerDim.append(k);
  for (double v : eval.meanVariancePerDim) meanVar.append(v);
  const auto minOf = [](const std::vector<double>& v) { return v.empty() ? 0.0 : *std::ranges::min_element(v); };
  // Dimensions whose KL is under tau / 2, the least floor the BN recipe puts under any dimension (§5.2).
  const auto belowFloor = std::ranges::count_if(eval.klPerDim, [&](double k) { return k < model.tau / 2; });
  return QJsonObject{{"seconds", *seconds},
                     {"unit", "s/epoch"},
                     {"epochs", epochs},
                     {"neg_elbo", eval.loss},
                     {"recon", eval.recon},
                     {"kl", eval.kl},
                     {"active_units", eval.activeUnits},
                     {"active_units_mean_var", eval.activeUnitsByMeanVariance},
                     {"min_kl_per_dim", minOf(eval.klPerDim)},
                     {"kl_below_tau_floor", int(belowFloor)},
                     {"min_mean_var", minOf(eval.meanVariancePerDim)},
                     {"latent", model.latent},
                     {"kl_per_dim", klPerDim},
                     {"mean_var_per_dim", meanVar}};
}

}  // namespace

BenchWorkload vaeWorkload() {
  return {"vae", {"d2", "d16", "d64", "d16bn", "d64bn", "fvae", "biganqp"}, false, runVae};
}

}  // namespace kx::bench
