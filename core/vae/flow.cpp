#include "core/vae/flow.h"

#include <numeric>

#include "core/util/counter_rng.h"
#include "core/vae/training_schedule.h"
#include "core/vae/vae_model.h"

namespace kx::core::vae {

using nn::Mat;
using nn::Var;

namespace {

// Stream ids (blockKey(seed, id + step)) of the couplings' weights and of the permutations.
constexpr std::uint64_t kCouplingStreams = 0xC0u << 16;
constexpr std::uint64_t kPermutationStreams = 0xCEu << 16;

}  // namespace

template <typename T>
ActNorm<T>::ActNorm(Eigen::Index dim, const std::string& name)
    : m_logScale(name + ".log_scale", Mat<T>::Zero(1, dim)), m_bias(name + ".bias", Mat<T>::Zero(1, dim)) {}

template <typename T>
FlowOutput<T> ActNorm<T>::forward(nn::Tape<T>& tape, Var<T> y) {
  auto s = tape.param(m_logScale);
  return {y * nn::exp(s) + tape.param(m_bias), nn::broadcastTo(nn::sum(s), y.rows(), 1)};
}

template <typename T>
Var<T> ActNorm<T>::inverse(nn::Tape<T>& tape, Var<T> z) {
  return (z - tape.param(m_bias)) * nn::exp(-tape.param(m_logScale));
}

template <typename T>
AffineCoupling<T>::AffineCoupling(Eigen::Index dim, Eigen::Index width, std::uint64_t seed, std::uint64_t stream,
                                  const std::string& name)
    : m_dim(dim),
      m_half(dim / 2),
      m_net(uniformFanInMlp<T>({dim / 2, width, 2 * (dim - dim / 2)}, name, seed, stream)) {
  for (auto* p : m_net.layers().back().parameters()) p->value.setZero();
}

template <typename T>
typename AffineCoupling<T>::ScaleShift AffineCoupling<T>::scaleShift(nn::Tape<T>& tape, Var<T> a) {
  auto h = m_net.forward(tape, a);
  const Eigen::Index rest = m_dim - m_half;
  return {nn::tanh(nn::sliceCols(h, 0, rest)), nn::sliceCols(h, rest, rest)};
}

template <typename T>
FlowOutput<T> AffineCoupling<T>::forward(nn::Tape<T>& tape, Var<T> y) {
  auto a = nn::sliceCols(y, 0, m_half);
  const auto [s, t] = scaleShift(tape, a);
  auto b = nn::sliceCols(y, m_half, m_dim - m_half) * nn::exp(s) + t;
  return {nn::concatCols<T>({a, b}), nn::rowSums(s)};
}

template <typename T>
Var<T> AffineCoupling<T>::inverse(nn::Tape<T>& tape, Var<T> z) {
  auto a = nn::sliceCols(z, 0, m_half);
  const auto [s, t] = scaleShift(tape, a);
  auto b = (nn::sliceCols(z, m_half, m_dim - m_half) - t) * nn::exp(-s);
  return nn::concatCols<T>({a, b});
}

template <typename T>
Permutation<T>::Permutation(Eigen::Index dim, std::uint64_t key) {
  std::vector<int> order(static_cast<std::size_t>(dim));
  std::iota(order.begin(), order.end(), 0);
  shuffleWith(order, key);
  m_order.assign(order.begin(), order.end());
  m_inverse.resize(m_order.size());
  for (std::size_t j = 0; j < m_order.size(); ++j) m_inverse[std::size_t(m_order[j])] = Eigen::Index(j);
}

template <typename T>
FlowOutput<T> Permutation<T>::forward(nn::Tape<T>& tape, Var<T> y) {
  return {nn::permuteCols(y, m_order), tape.constant(Mat<T>::Zero(y.rows(), 1))};
}

template <typename T>
Var<T> Permutation<T>::inverse(nn::Tape<T>&, Var<T> z) {
  return nn::permuteCols(z, m_inverse);
}

template <typename T>
Flow<T>::Flow(Eigen::Index dim, int steps, Eigen::Index width, std::uint64_t seed) {
  for (int k = 0; k < steps; ++k) {
    const std::string name = "flow." + std::to_string(k);
    m_actNorms.emplace_back(dim, name + ".actnorm");
    m_couplings.emplace_back(dim, width, seed, kCouplingStreams + std::uint64_t(k), name + ".coupling");
    m_permutations.emplace_back(dim, blockKey(seed, kPermutationStreams + std::uint64_t(k)));
  }
}

template <typename T>
FlowOutput<T> Flow<T>::forward(nn::Tape<T>& tape, Var<T> y) {
  Var<T> logDet = tape.constant(Mat<T>::Zero(y.rows(), 1));
  for (int k = 0; k < steps(); ++k) {
    const auto a = m_actNorms[std::size_t(k)].forward(tape, y);
    const auto c = m_couplings[std::size_t(k)].forward(tape, a.z);
    y = m_permutations[std::size_t(k)].forward(tape, c.z).z;  // log|det| 0
    logDet = logDet + a.logDet + c.logDet;
  }
  return {y, logDet};
}

template <typename T>
Var<T> Flow<T>::inverse(nn::Tape<T>& tape, Var<T> z) {
  for (int k = steps() - 1; k >= 0; --k) {
    z = m_permutations[std::size_t(k)].inverse(tape, z);
    z = m_couplings[std::size_t(k)].inverse(tape, z);
    z = m_actNorms[std::size_t(k)].inverse(tape, z);
  }
  return z;
}

template <typename T>
nn::ParameterGroup<T> Flow<T>::parameters() {
  nn::ParameterGroup<T> group;
  for (int k = 0; k < steps(); ++k) {
    for (auto* p : m_actNorms[std::size_t(k)].parameters()) group.push_back(p);
    for (auto* p : m_couplings[std::size_t(k)].net().parameters()) group.push_back(p);
  }
  return group;
}

template class ActNorm<float>;
template class ActNorm<double>;
template class AffineCoupling<float>;
template class AffineCoupling<double>;
template class Permutation<float>;
template class Permutation<double>;
template class Flow<float>;
template class Flow<double>;

}  // namespace kx::core::vae
