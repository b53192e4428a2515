#include "core/vae/fvae_model.h"

#include <cmath>
#include <numbers>

#include "core/nn/losses.h"
#include "core/vae/vae_model.h"

namespace kx::core::vae {

using nn::Mat;
using nn::Var;

namespace {

// Stream ids of E's and G's initial weights (blockKey(seed, id)); the flow's are in flow.cpp.
constexpr std::uint64_t kEncoderStream = 0xF0E1C0DE;
constexpr std::uint64_t kDecoderStream = 0xF0DEC0DE;
// The flow's weights and permutations come from seed + this, apart from E's and G's.
constexpr std::uint64_t kFlowSeedOffset = 0xF10;

template <typename T>
Mat<T> scalar(double v) {
  return Mat<T>::Constant(1, 1, T(v));
}

}  // namespace

template <typename T>
FVaeModel<T>::FVaeModel(const FVaeConfig& c)
    : m_config(c),
      m_encoder(uniformFanInMlp<T>({c.input, c.width, c.input}, "encoder", c.seed, kEncoderStream)),
      m_decoder(uniformFanInMlp<T>({c.input, c.width, c.input}, "decoder", c.seed, kDecoderStream)),
      m_flow(c.input, c.flowSteps, c.flowWidth, c.seed + kFlowSeedOffset),
      m_logSigma1("log_sigma1", scalar<T>(std::log(c.sigma1))),
      m_logSigma2("log_sigma2", scalar<T>(std::log(c.sigma2))) {}

// docs/math.md §5.7: y = sigma1 u + E(x), z = F(y); G(F^-1(z)) = G(y), so the
// reconstruction needs no inverse; log|det dz/du| = D log sigma1 + log|det dF/dy|.
template <typename T>
FVaePass<T> FVaeModel<T>::forward(nn::Tape<T>& tape, const Mat<T>& x, const Mat<T>& u) {
  const T d = T(x.cols());
  auto xv = tape.constant(x);
  auto logSigma1 = tape.param(m_logSigma1), logSigma2 = tape.param(m_logSigma2);
  auto y = tape.constant(u) * nn::exp(logSigma1) + m_encoder.forward(tape, xv);
  const auto f = m_flow.forward(tape, y);
  FVaePass<T> pass;
  pass.z = f.z;
  pass.kl = nn::flowKl(f.z, f.logDet + logSigma1 * d);
  auto mean = nn::sigmoid(m_decoder.forward(tape, y));
  pass.recon = nn::rowSums(nn::square(xv - mean)) * (nn::exp(logSigma2 * T(-2)) * T(0.5)) + logSigma2 * d +
               T(0.5 * double(d) * std::log(2 * std::numbers::pi));
  pass.loss = nn::mean(pass.recon + pass.kl);
  return pass;
}

template <typename T>
FVaePass<T> FVaeModel<T>::forward(nn::Tape<T>& tape, const Mat<T>& x, const Mat<T>& u) const {
  return reading().forward(tape, x, u);
}

template <typename T>
Mat<T> FVaeModel<T>::encode(const Mat<T>& x) const {
  nn::Tape<T> tape;
  auto& m = reading();
  return m.m_flow.forward(tape, m.m_encoder.forward(tape, tape.constant(x))).z.value();
}

template <typename T>
Mat<T> FVaeModel<T>::decode(const Mat<T>& z) const {
  nn::Tape<T> tape;
  auto& m = reading();
  return nn::sigmoid(m.m_decoder.forward(tape, m.m_flow.inverse(tape, tape.constant(z)))).value();
}

// The essay's sampling: the prior's sd is the temperature (its figures use 0.8).
template <typename T>
Mat<T> FVaeModel<T>::sample(double temperature, int n, std::uint64_t key) const {
  return decode((standardNormals(key, n, m_config.input) * float(temperature)).template cast<T>());
}

template <typename T>
double FVaeModel<T>::sigma1() const {
  return std::exp(double(m_logSigma1.value(0, 0)));
}

template <typename T>
double FVaeModel<T>::sigma2() const {
  return std::exp(double(m_logSigma2.value(0, 0)));
}

template <typename T>
nn::ParameterGroup<T> FVaeModel<T>::parameters() {
  auto group = m_encoder.parameters();
  for (auto* p : m_decoder.parameters()) group.push_back(p);
  for (auto* p : m_flow.parameters()) group.push_back(p);
  group.push_back(&m_logSigma1);
  group.push_back(&m_logSigma2);
  return group;
}

Mat<float> interpolateImages(const FVaeModel<float>& model, const Mat<float>& a, const Mat<float>& b, int steps,
                             Path path) {
  return model.decode(interpolate(model.encode(a).row(0), model.encode(b).row(0), steps, path));
}

template class FVaeModel<float>;
template class FVaeModel<double>;

}  // namespace kx::core::vae
