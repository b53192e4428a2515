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

/// The Langevin sampler's keys (§4.12): all share this prefix, which is how
/// sameTraining() tells them from the training's.
const std::string kLangevinPrefix = "langevin";

void addLangevin(std::vector<ParamSpec>& s) {
  s.push_back(choice("langevin", "Langevin sampling",
                     "After training, sample the energy U = −D with Langevin dynamics x ← x − ½ε∇U/T + √ε ξ "
                     "(unadjusted) or with MALA, which accepts each move with the Metropolis–Hastings probability and "
                     "so samples e^(−U/T) exactly for any ε (§4.12)",
                     {"off", "ula", "mala"}, {"Off", "Unadjusted Langevin", "MALA"}));
  s.push_back(choice("langevin_space", "Sampling space",
                     "Data: particles x move on U(x). Latent: particles z move on U(G(z)) + ½‖z‖² and are shown as "
                     "G(z), the essay's better truncation trick (needs Gaussian noise of dimension 2)",
                     {"data", "latent"}, {"Data space", "Latent space"}));
  s.push_back(choice("langevin_start", "Particles start",
                     "Data space: uniform over the view, at the generator's samples G(z), or all at one point "
                     "(Ctrl-click the plane). Latent space always starts at z ~ N(0, I)",
                     {"noise", "generator", "point"}, {"Noise over the view", "Generator samples", "Clicked point"}));
  s.push_back(real("langevin_x", "Start x", "x of the clicked starting point", -1000, 1000, 0, false, 3));
  s.push_back(real("langevin_y", "Start y", "y of the clicked starting point", -1000, 1000, 0, false, 3));
  s.push_back(integer("langevin_particles", "Particles", "Number of Langevin particles", 1, 100000, 2000, true));
  s.push_back(integer("langevin_steps", "Langevin steps", "Steps every particle takes", 1, 100000, 500, true));
  s.push_back(real("langevin_step_size", "Step size ε",
                   "Langevin's ε: larger moves faster but biases unadjusted Langevin (MALA then rejects more)", 1e-6,
                   1, 1e-3, true, 6));
  s.push_back(real("langevin_temperature", "Temperature T",
                   "Samples e^(−U/T), T in units of the energy's spread over the view (its 2nd to 98th percentile): "
                   "every loss scales its energy differently, and small T sharpens the pits",
                   1e-4, 10, 0.01, true, 4));
}

}  // namespace

bool sameTraining(const ParamValues& a, const ParamValues& b) {
  auto trainingOnly = [](const ParamValues& values) {
    ParamValues out;
    for (const auto& [key, value] : values)
      if (!key.starts_with(kLangevinPrefix)) out.emplace(key, value);
    return out;
  };
  return trainingOnly(a) == trainingOnly(b);
}

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
  addLangevin(s);
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
  g.langevin = {.mode = in->choice<LangevinMode>("langevin"),
                .space = in->choice<SamplingSpace>("langevin_space"),
                .start = in->choice<ParticleStart>("langevin_start"),
                .startX = in->real("langevin_x"),
                .startY = in->real("langevin_y"),
                .particles = in->integer("langevin_particles"),
                .steps = in->integer("langevin_steps"),
                .stepSize = in->real("langevin_step_size"),
                .temperature = in->real("langevin_temperature")};
  if (g.langevin.mode != LangevinMode::Off && g.langevin.space == SamplingSpace::Latent &&
      (g.noise != NoiseKind::Gaussian || g.noiseDim != 2))
    return fail("latent-space Langevin sampling needs Gaussian noise of dimension 2 (noise_dim = 2, noise = gaussian): "
                "its prior term ½‖z‖² is the Gaussian's, and the particles are points of the plane");
  return g;
}

}  // namespace kx::core::gan
