#include "core/vae/vae_params.h"

#include "core/params/param_reader.h"

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
  auto in = ParamReader::read(vaeSchema(), values, "the VAE lab");
  if (!in) return fail(in.error());
  VaeParams p;
  p.model.width = in->integer("width");
  p.model.latent = in->integer("latent");
  p.model.decoder = in->integer("decoder") == 0 ? Decoder::Bernoulli : Decoder::Gaussian;
  p.model.gaussSigma = in->real("gauss_sigma");
  p.model.klWeight = in->real("kl_weight");
  p.model.batchNorm = in->flag("bn");
  p.model.tau = in->real("tau");
  p.model.seed = std::uint64_t(in->real("seed"));
  p.train.learningRate = in->real("lr");
  p.train.batch = in->integer("batch");
  p.train.heldOut = in->integer("heldout");
  p.epochs = in->integer("epochs");
  return p;
}

}  // namespace kx::core::vae
