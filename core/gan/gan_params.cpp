#include "core/gan/gan_params.h"

#include "core/mixture/presets.h"
#include "core/params/param_reader.h"

namespace kx::core::gan {
namespace {

const std::vector<std::string> kActivations = {"relu", "leakyrelu", "tanh", "sigmoid", "softplus"};
const std::vector<std::string> kActivationNames = {"ReLU", "Leaky ReLU", "Tanh", "Sigmoid", "Softplus"};

ParamSpec integer(std::string key, std::string label, std::string description, double min, double max, double def,
                  bool logScale = false) {
  return {.key = std::move(key),
          .label = std::move(label),
          .description = std::move(description),
          .kind = ParamKind::Integer,
          .min = min,
          .max = max,
          .defaultValue = def,
          .logScale = logScale};
}

ParamSpec real(std::string key, std::string label, std::string description, double min, double max, double def,
               bool logScale = false, int decimals = 3) {
  return {.key = std::move(key),
          .label = std::move(label),
          .description = std::move(description),
          .kind = ParamKind::Real,
          .min = min,
          .max = max,
          .defaultValue = def,
          .decimals = decimals,
          .logScale = logScale};
}

ParamSpec choice(std::string key, std::string label, std::string description, std::vector<std::string> choices,
                 std::vector<std::string> names, double def = 0) {
  return {.key = std::move(key),
          .label = std::move(label),
          .description = std::move(description),
          .kind = ParamKind::Choice,
          .defaultValue = def,
          .choices = std::move(choices),
          .choiceNames = std::move(names)};
}

void addNetwork(std::vector<ParamSpec>& specs, const std::string& p, const std::string& who) {
  specs.push_back(integer(p + "_depth", who + " depth", "Hidden layers of the " + who + " MLP", 1, 6, 3));
  specs.push_back(integer(p + "_width", who + " width", "Units per hidden layer of the " + who, 4, 512, 128, true));
  specs.push_back(choice(p + "_act", who + " activation", "Activation between the " + who + "'s layers", kActivations,
                         kActivationNames));
}

void addOptimizer(std::vector<ParamSpec>& specs, const std::string& p, const std::string& who) {
  specs.push_back(choice(p + "_opt", who + " optimiser", "Adam, or SGD with momentum beta1", {"adam", "sgd"},
                         {"Adam", "SGD with momentum"}));
  specs.push_back(
      real(p + "_lr", who + " learning rate", "Step size of the " + who + "'s optimiser", 1e-6, 10, 1e-4, true, 6));
  specs.push_back(real(p + "_beta1", who + " beta1",
                       "Adam's first-moment decay (SGD: momentum). The energy essay advises little momentum for the "
                       "generator (§4.1)",
                       0, 0.999, 0.5));
  specs.push_back(real(p + "_beta2", who + " beta2", "Adam's second-moment decay", 0, 0.9999, 0.9, false, 4));
}

}  // namespace

std::vector<ParamSpec> ganSpecs() {
  std::vector<ParamSpec> s;
  s.push_back(choice("data", "Data", "The 2D target distribution (shared with the diffusion lab)", mixture::presetIds(),
                     mixture::presetTitles()));
  s.push_back(choice("loss", "Loss",
                     "Standard GAN (non-saturating), RSGAN (§4.4), GAN-QP (§4.2), WGAN-GP (§4.7), hinge (§4.1), the "
                     "energy GAN or EBGAN (§4.9), LSGAN (§4.11) or an f-GAN (§4.10)",
                     lossKeys(), lossTitles(), 2));
  s.push_back(real("lambda", "lambda", "GAN-QP's scale lambda; WGAN-GP's and the energy GAN's penalty weight", 1e-3,
                   1000, 10, true));
  s.push_back(real("entropy_weight", "Entropy weight λ₂",
                   "Energy GAN only: weight λ₂ of the generator's entropy term λ₂ E‖z − E(G(z))‖², through an encoder "
                   "E trained with the generator (§4.13); 0 = the plain generator that only jumps into the pits",
                   0, 100, 0.5));
  s.push_back(integer("encoder_width", "Encoder width",
                      "Energy GAN with λ₂ > 0 only: units per hidden layer of the encoder E (two layers), which maps a "
                      "generated point back to its noise",
                      4, 512, 64, true));
  s.push_back(choice("qp_distance", "GAN-QP distance",
                     "d(x_r, x_f): mean |difference| over coordinates (l1) or root mean square (l2)", {"l1", "l2"},
                     {"Mean |difference| (l1)", "Root mean square (l2)"}));
  addNetwork(s, "g", "generator");
  addNetwork(s, "d", "discriminator");
  s.push_back(integer("noise_dim", "Noise dimension", "Dimension of the generator's input z", 1, 64, 2));
  s.push_back(choice("noise", "Noise", "z ~ N(0, I) or uniform on [-1, 1]^n", {"gaussian", "uniform"},
                     {"Gaussian", "Uniform"}));
  addOptimizer(s, "g", "generator");
  addOptimizer(s, "d", "discriminator");
  s.push_back(choice("init", "Initial weights",
                     "he: core/nn's He (ReLU) / Glorot initialisation; torch: PyTorch's nn.Linear default, uniform in "
                     "+-1/sqrt(fan_in) for weights and biases (the W4 peer's)",
                     {"he", "torch"}, {"He / Glorot", "PyTorch default"}, 1));
  s.push_back(integer("d_steps", "D steps per G step", "Discriminator updates before each generator update", 1, 10, 2));
  s.push_back(integer("batch", "Batch", "Real and generated samples per update", 8, 4096, 256, true));
  s.push_back(integer("steps", "Generator steps", "Length of a full training run", 1, 200000, 10000, true));
  s.push_back(integer("frame_every", "Steps per frame",
                      "Generator steps between pictures (1 = slow motion, every step)", 1, 1000, 50, true));
  s.push_back(integer("seed", "Seed", "Seeds the weights, the noise and the data batches", 0, 1e9, 1));
  return s;
}

ParamSchema ganSchema() { return ParamSchema(ganSpecs()); }

Result<GanParams> ganParamsFrom(const ParamValues& values) {
  auto in = ParamReader::read(ganSchema(), values, "the GAN lab");
  if (!in) return fail(in.error());
  auto network = [&](const std::string& p) {
    return NetworkSpec{in->integer(p + "_depth"), in->integer(p + "_width"), in->choice<nn::Activation>(p + "_act")};
  };
  auto optimizer = [&](const std::string& p) {
    return OptimizerSpec{in->choice<OptimizerKind>(p + "_opt"), in->real(p + "_lr"), in->real(p + "_beta1"),
                         in->real(p + "_beta2")};
  };
  GanParams g;
  g.data = in->integer("data");
  g.loss = lossOfKey(in->integer("loss"));
  g.loss.lambda = in->real("lambda");
  g.loss.distance = in->choice<QpDistance>("qp_distance");
  g.loss.entropyWeight = in->real("entropy_weight");
  g.encoderWidth = in->integer("encoder_width");
  g.generator = network("g");
  g.discriminator = network("d");
  g.noiseDim = in->integer("noise_dim");
  g.noise = in->choice<NoiseKind>("noise");
  g.generatorOpt = optimizer("g");
  g.discriminatorOpt = optimizer("d");
  g.init = in->choice<InitKind>("init");
  g.criticSteps = in->integer("d_steps");
  g.batch = in->integer("batch");
  g.steps = in->integer("steps");
  g.frameEvery = in->integer("frame_every");
  g.seed = static_cast<std::uint64_t>(in->real("seed"));
  return g;
}

}  // namespace kx::core::gan
