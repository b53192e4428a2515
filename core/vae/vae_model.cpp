#include "core/vae/vae_model.h"

#include <cmath>

#include "core/nn/losses.h"
#include "core/util/counter_rng.h"
#include "core/util/fast_math.h"

namespace kx::core::vae {

using nn::Mat;
using nn::Var;

namespace {

// Stream ids of the model's initial weights (blockKey(seed, id)).
constexpr std::uint64_t kEncoderStream = 0xE1C0DE;
constexpr std::uint64_t kDecoderStream = 0xDEC0DE;

}  // namespace

double gammaMuSquared(double tau, double theta) { return tau + (1 - tau) / (1 + std::exp(-theta)); }
double gammaSigmaSquared(double tau, double theta) { return (1 - tau) / (1 + std::exp(theta)); }

Mat<float> klPerEntry(const Mat<float>& mu, const Mat<float>& var) {
  return 0.5f * (mu.array().square() + var.array() - var.array().log() - 1.0f).matrix();
}

Mat<float> standardNormals(std::uint64_t key, Eigen::Index rows, Eigen::Index cols) {
  Mat<float> m(rows, cols);
  float* out = m.data();
  const Eigen::Index count = m.size();
  for (Eigen::Index k = 0; k < count; k += 2) {
    const std::uint64_t w = streamWord(key, std::uint64_t(k / 2));
    float n1, n2;
    boxMuller(unitOpen(std::uint32_t(w)), unitOpen(std::uint32_t(w >> 32)), n1, n2);
    out[k] = n1;
    if (k + 1 < count) out[k + 1] = n2;
  }
  return m;
}

template <typename T>
void initUniformFanIn(nn::Mlp<T>& net, std::uint64_t key) {
  std::uint64_t counter = 0;
  for (auto& layer : net.layers()) {
    const float bound = 1.0f / std::sqrt(float(layer.inFeatures()));
    for (auto* p : {&layer.weight().value, &layer.bias().value})
      for (Eigen::Index k = 0; k < p->size(); ++k)
        p->data()[k] = T(bound * (2 * unitOpen(std::uint32_t(streamWord(key, counter++))) - 1));
  }
}
template void initUniformFanIn(nn::Mlp<float>&, std::uint64_t);
template void initUniformFanIn(nn::Mlp<double>&, std::uint64_t);

template <typename T>
nn::Mlp<T> uniformFanInMlp(const std::vector<Eigen::Index>& widths, const std::string& name, std::uint64_t seed,
                           std::uint64_t stream) {
  std::mt19937_64 unused(seed);  // nn::Mlp wants a generator; its draws are replaced right away
  nn::Mlp<T> net(widths, nn::Activation::Relu, unused, name);
  initUniformFanIn(net, blockKey(seed, stream));
  return net;
}
template nn::Mlp<float> uniformFanInMlp(const std::vector<Eigen::Index>&, const std::string&, std::uint64_t,
                                        std::uint64_t);
template nn::Mlp<double> uniformFanInMlp(const std::vector<Eigen::Index>&, const std::string&, std::uint64_t,
                                         std::uint64_t);

// The initialisation is PyTorch's nn.Linear default, as in the peer
// (scripts/bench_peers/vae_torch.py), and not nn::Mlp's He-normal weights
// with zero biases. With zero biases, every ReLU unit of the decoder's first
// layer, relu(z . w_j), has its kink through z = 0; with a 2-D latent the 512
// units are then only 512 directions of one cone family, and 10 epochs do not
// move the biases far enough to spread them over the latent plane. Measured
// with the peer on W5 d2 (seeds 1, 2): -ELBO 166.1, 167.0 with PyTorch's
// init; 172.2, 170.4 with zero biases in that one layer; 174.2, 175.1 with
// He-normal weights and zero biases everywhere (what this model had, 173.1).
VaeModel::VaeModel(const VaeConfig& c)
    : m_config(c),
      m_encoder(uniformFanInMlp<float>({c.input, c.width, 2 * c.latent}, "encoder", c.seed, kEncoderStream)),
      m_decoder(uniformFanInMlp<float>({c.latent, c.width, c.input}, "decoder", c.seed, kDecoderStream)),
      // §5.2: BN without affine, epsilon 1e-8 as in the essay's Keras code.
      m_bnMu(c.latent, false, 0.1f, 1e-8f, "bn_mu"),
      m_bnSigma(c.latent, false, 0.1f, 1e-8f, "bn_sigma"),
      m_theta("theta", Mat<float>::Zero(1, c.latent)) {}

VaePass VaeModel::forward(nn::Tape<float>& tape, const Mat<float>& x, const Mat<float>& noise, bool training) {
  return pass(tape, x, &noise, training);
}

VaePass VaeModel::forward(nn::Tape<float>& tape, const Mat<float>& x, const Mat<float>& noise) const {
  return reading().pass(tape, x, &noise, false);
}

// noise == nullptr: the encoder only (mu and var).
VaePass VaeModel::pass(nn::Tape<float>& tape, const Mat<float>& x, const Mat<float>* noise, bool training) {
  const auto d = Eigen::Index(m_config.latent);
  auto xv = tape.constant(x);
  auto h = m_encoder.forward(tape, xv);
  VaePass pass;
  Var<float> sigma;
  if (m_config.batchNorm) {
    // §5.2 final recipe: mu = BN(h_mu) gamma_mu, sigma = BN(h_sigma) gamma_sigma.
    const float tau = float(m_config.tau);
    auto s = nn::sigmoid(tape.param(m_theta));
    auto gammaMu = nn::sqrt(s * (1 - tau) + tau);
    auto gammaSigma = nn::sqrt((1.0f - s) * (1 - tau));
    pass.mu = m_bnMu.forward(tape, nn::sliceCols(h, 0, d), training) * gammaMu;
    sigma = m_bnSigma.forward(tape, nn::sliceCols(h, d, d), training) * gammaSigma;
    // sigma may be negative (harmless, eps is symmetric); 1e-8 keeps log finite at sigma = 0.
    pass.var = nn::square(sigma) + 1e-8f;
  } else {
    pass.mu = nn::sliceCols(h, 0, d);
    auto logVar = nn::sliceCols(h, d, d);
    pass.var = nn::exp(logVar);
    sigma = nn::exp(logVar * 0.5f);
  }
  if (!noise) return pass;
  pass.kl = (nn::square(pass.mu) + pass.var - nn::log(pass.var) - 1.0f) * 0.5f;  // §5.1
  auto z = pass.mu + sigma * tape.constant(*noise);
  auto logits = m_decoder.forward(tape, z);
  if (m_config.decoder == Decoder::Bernoulli) {
    pass.recon = nn::rowSums(nn::bceWithLogits(logits, xv));
  } else {
    // Fixed-variance Gaussian on the sigmoid mean: ||x - mean||^2 / (2 s^2) + D/2 log(2 pi s^2).
    const double s2 = m_config.gaussSigma * m_config.gaussSigma;
    const float constant = float(0.5 * double(x.cols()) * std::log(2 * 3.14159265358979 * s2));
    pass.recon = nn::rowSums(nn::square(nn::sigmoid(logits) - xv)) * float(0.5 / s2) + constant;
  }
  pass.loss = nn::mean(pass.recon + nn::rowSums(pass.kl) * float(m_config.klWeight));
  return pass;
}

Mat<float> VaeModel::decode(const Mat<float>& z) const {
  nn::Tape<float> tape;
  auto p = nn::sigmoid(reading().m_decoder.forward(tape, tape.constant(z)));
  return p.value();
}

Mat<float> VaeModel::encodeMean(const Mat<float>& x) const {
  nn::Tape<float> tape;
  return reading().pass(tape, x, nullptr, false).mu.value();
}

nn::ParameterGroup<float> VaeModel::parameters() {
  auto group = m_encoder.parameters();
  for (auto* p : m_decoder.parameters()) group.push_back(p);
  if (m_config.batchNorm) group.push_back(&m_theta);
  return group;
}

nn::ParameterGroup<float> VaeModel::state() {
  auto group = parameters();
  if (m_config.batchNorm) {
    for (auto* p : m_bnMu.state()) group.push_back(p);
    for (auto* p : m_bnSigma.state()) group.push_back(p);
  }
  return group;
}

}  // namespace kx::core::vae
