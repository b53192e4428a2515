#include "core/vae/vae_params.h"

namespace kx::core::vae {

ParamSchema vaeSchema() {
  using K = ParamKind;
  return ParamSchema({
      {.key = "width",
       .label = "Hidden width",
       .description = "Units of the encoder's and the decoder's hidden layer",
       .kind = K::Integer,
       .min = 16,
       .max = 1024,
       .defaultValue = 512,
       .logScale = true},
      {.key = "latent",
       .label = "Latent size",
       .description = "Dimensions of z (64 to show KL vanishing, §5.2)",
       .kind = K::Integer,
       .min = 2,
       .max = 64,
       .defaultValue = 2},
      {.key = "decoder",
       .label = "Decoder",
       .description = "Bernoulli (cross-entropy) or fixed-variance Gaussian (MSE), §5.1",
       .kind = K::Choice,
       .defaultValue = 0,
       .choices = {"bernoulli", "gaussian"},
       .choiceNames = {"Bernoulli", "Gaussian"}},
      {.key = "gauss_sigma",
       .label = "Gaussian sd",
       .description = "Fixed sd of the Gaussian decoder",
       .kind = K::Real,
       .min = 0.01,
       .max = 1,
       .defaultValue = 0.1,
       .decimals = 3,
       .logScale = true},
      {.key = "kl_weight",
       .label = "KL weight",
       .description = "Weight of the KL term (1 = the ELBO)",
       .kind = K::Real,
       .min = 0,
       .max = 10,
       .defaultValue = 1,
       .decimals = 2},
      {.key = "bn",
       .label = "VAE+BN",
       .description = "BatchNorm on mu and sigma with the gammas of §5.2 (no KL vanishing)",
       .kind = K::Toggle,
       .defaultValue = 0},
      {.key = "tau",
       .label = "tau",
       .description = "VAE+BN: the KL floor per dimension is tau/2 (§5.2)",
       .kind = K::Real,
       .min = 0.01,
       .max = 0.99,
       .defaultValue = 0.5,
       .decimals = 2},
      {.key = "lr",
       .label = "Learning rate",
       .description = "Adam step size",
       .kind = K::Real,
       .min = 1e-5,
       .max = 0.1,
       .defaultValue = 1e-3,
       .decimals = 5,
       .logScale = true},
      {.key = "batch",
       .label = "Batch size",
       .kind = K::Integer,
       .min = 10,
       .max = 1000,
       .defaultValue = 100,
       .logScale = true},
      {.key = "epochs", .label = "Epochs", .kind = K::Integer, .min = 1, .max = 500, .defaultValue = 10},
      {.key = "heldout",
       .label = "Held out",
       .description = "The last images, not trained on: scatter and losses",
       .kind = K::Integer,
       .min = 100,
       .max = 10000,
       .defaultValue = 1000},
      {.key = "seed",
       .label = "Seed",
       .description = "Results depend only on the seed",
       .kind = K::Integer,
       .min = 0,
       .max = 2147483647,
       .defaultValue = 1},
  });
}

Result<VaeParams> vaeParamsFrom(const ParamValues& values) {
  const ParamSchema schema = vaeSchema();
  for (const auto& [key, value] : values) {
    if (!schema.find(key)) return fail("unknown parameter '" + key + "' for the VAE lab");
    if (auto s = schema.validate(key, value); !s) return fail(s.error());
  }
  auto get = [&](const char* key) {
    auto it = values.find(key);
    return it == values.end() ? schema.find(key)->defaultValue : it->second;
  };
  VaeParams p;
  p.model.width = int(get("width"));
  p.model.latent = int(get("latent"));
  p.model.decoder = get("decoder") == 0 ? Decoder::Bernoulli : Decoder::Gaussian;
  p.model.gaussSigma = get("gauss_sigma");
  p.model.klWeight = get("kl_weight");
  p.model.batchNorm = get("bn") != 0;
  p.model.tau = get("tau");
  p.model.seed = std::uint64_t(get("seed"));
  p.train.learningRate = get("lr");
  p.train.batch = int(get("batch"));
  p.train.heldOut = int(get("heldout"));
  p.epochs = int(get("epochs"));
  return p;
}

}  // namespace kx::core::vae
