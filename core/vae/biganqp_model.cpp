#include "core/vae/biganqp_model.h"

#include "core/nn/losses.h"
#include "core/vae/vae_model.h"

namespace kx::core::vae {

using nn::Mat;
using nn::Var;

namespace {

// Stream ids of E's, G's and T's initial weights (blockKey(seed, id)).
constexpr std::uint64_t kEncoderStream = 0xB1E1C0DE;
constexpr std::uint64_t kGeneratorStream = 0xB1DEC0DE;
constexpr std::uint64_t kCriticStream = 0xB1C217;

template <typename T>
nn::ParameterGroup<T> joined(nn::ParameterGroup<T> a, const nn::ParameterGroup<T>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// The value of v as a constant of its tape: the essay's "ng" (stop-gradient).
template <typename T>
Var<T> stopGradient(Var<T> v) {
  return v.tape->constant(v.value());
}

}  // namespace

template <typename T>
BiGanQpModel<T>::BiGanQpModel(const BiGanQpConfig& c)
    : m_config(c),
      m_encoder(uniformFanInMlp<T>({c.input, c.width, c.latent}, "encoder", c.seed, kEncoderStream)),
      m_generator(uniformFanInMlp<T>({c.latent, c.width, c.input}, "generator", c.seed, kGeneratorStream)),
      m_critic(uniformFanInMlp<T>({c.input + c.latent, c.width, c.width, 1}, "critic", c.seed, kCriticStream)) {}

template <typename T>
Var<T> BiGanQpModel<T>::generate(nn::Tape<T>& tape, Var<T> z) {
  return nn::sigmoid(m_generator.forward(tape, z));
}

template <typename T>
Var<T> BiGanQpModel<T>::score(nn::Tape<T>& tape, Var<T> x, Var<T> z) {
  return m_critic.forward(tape, nn::concatCols<T>({x, z}));
}

// docs/math.md §5.8: the critic maximises E[Delta - Delta^2 / (2 lambda d)]
// over the pairs (x, E(x)) and (G(z), z); E and G are data here.
template <typename T>
BiGanQpCriticPass<T> BiGanQpModel<T>::criticPass(nn::Tape<T>& tape, const Mat<T>& x, const Mat<T>& z) {
  tape.freeze(joined(m_encoder.parameters(), m_generator.parameters()));
  const Var<T> xr = tape.constant(x), zf = tape.constant(z);
  const Var<T> zr = m_encoder.forward(tape, xr), xf = generate(tape, zf);
  BiGanQpCriticPass<T> pass;
  pass.delta = score(tape, xr, zr) - score(tape, xf, zf);
  // d on the product space: the image part and the code part each a mean over
  // their own coordinates, summed (the author's code), so the d code
  // coordinates weigh as much as the 784 pixels.
  pass.norm =
      gan::qpNorm(xr, xf, m_config.lambda, m_config.distance) + gan::qpNorm(zr, zf, m_config.lambda, m_config.distance);
  pass.loss = -nn::mean(gan::qpObjective(pass.delta, pass.norm));
  return pass;
}

// docs/math.md §5.8: E and G minimise E[Delta] + beta1 ||z - E(G_ng(z))||^2 +
// beta2 ||x - G(E_ng(x))||^2; the stop-gradients keep each guide from pulling
// the network that produced its input (beta1 trains E to invert G, beta2
// trains G to invert E), as in the essay.
template <typename T>
BiGanQpGeneratorPass<T> BiGanQpModel<T>::generatorPass(nn::Tape<T>& tape, const Mat<T>& x, const Mat<T>& z) {
  tape.freeze(m_critic.parameters());
  const Var<T> xr = tape.constant(x), zf = tape.constant(z);
  const Var<T> zr = m_encoder.forward(tape, xr), xf = generate(tape, zf);
  BiGanQpGeneratorPass<T> pass;
  pass.adversarial = gan::generatorLoss<T>({.kind = gan::LossKind::Qp}, score(tape, xr, zr), score(tape, xf, zf));
  pass.latentGuide = nn::mseLoss(zf, m_encoder.forward(tape, stopGradient(xf))) * T(m_config.beta1);
  pass.imageGuide = nn::mseLoss(xr, generate(tape, stopGradient(zr))) * T(m_config.beta2);
  pass.loss = pass.adversarial + pass.latentGuide + pass.imageGuide;
  return pass;
}

template <typename T>
Mat<T> BiGanQpModel<T>::encode(const Mat<T>& x) const {
  nn::Tape<T> tape;
  return reading().m_encoder.forward(tape, tape.constant(x)).value();
}

template <typename T>
Mat<T> BiGanQpModel<T>::decode(const Mat<T>& z) const {
  nn::Tape<T> tape;
  return reading().generate(tape, tape.constant(z)).value();
}

Mat<float> interpolateImages(const BiGanQpModel<float>& model, const Mat<float>& a, const Mat<float>& b, int steps,
                             Path path) {
  return model.decode(interpolate(model.encode(a).row(0), model.encode(b).row(0), steps, path));
}

template class BiGanQpModel<float>;
template class BiGanQpModel<double>;

}  // namespace kx::core::vae
