#include "core/diffusion/mixture_score.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/diffusion/fast_exp.h"

namespace kx::core::diffusion {
namespace {

/// Particles per block: the logits of a block (components x block) stay in L1.
constexpr int kBlock = 64;
/// Responsibilities below e^-kSkip of a particle's largest are negligible in
/// float (e^-30 ~ 1e-13 << 2^-24).
constexpr float kSkip = 30.0f;

}  // namespace

mixture::GaussianMixture noisedMixture(const mixture::GaussianMixture& data, const NoiseLevel& level) {
  mixture::GaussianMixture out = data;
  const double a = level.alphaBar, b = level.betaBar;
  for (auto& c : out.components) {
    c.mean *= a;
    c.stddev = std::sqrt(a * a * c.stddev * c.stddev + b * b);
  }
  return out;
}

ExactMixtureScore::ExactMixtureScore(const mixture::GaussianMixture& data) : m_data(data) {
  double total = 0;
  for (const auto& c : data.components) total += c.weight;
  for (const auto& c : data.components) {
    m_meanX.push_back(float(c.mean.x()));
    m_meanY.push_back(float(c.mean.y()));
    m_variance.push_back(float(c.stddev * c.stddev));
    m_logWeight.push_back(float(std::log(c.weight / total)));
  }
}

void ExactMixtureScore::evaluate(const float* x, const float* y, int n, const NoiseLevel& level, ScoreOutput what,
                                 float* outX, float* outY) const {
  const int K = int(m_meanX.size());
  const float a = float(level.alphaBar), b2 = float(level.betaBar * level.betaBar);
  // Per-level component constants: centre a mu_k, 1/v_k, and log pi_k - log v_k
  // (the 2D Gaussian's normaliser 1/(2 pi v_k); 2 pi cancels).
  std::vector<float> cx(K), cy(K), invV(K), halfInvV(K), offset(K);
  for (int k = 0; k < K; ++k) {
    const double v = double(a) * a * m_variance[k] + b2;
    cx[k] = a * m_meanX[k];
    cy[k] = a * m_meanY[k];
    invV[k] = float(1 / v);
    halfInvV[k] = float(0.5 / v);
    offset[k] = m_logWeight[k] - float(std::log(v));
  }
  // eps = -betaBar score (MATH.md §3.4), score = -sum_k w_k (x - a mu_k) / v_k.
  const float factor = what == ScoreOutput::Score ? -1.0f : float(level.betaBar);
  std::vector<float> logitStore(std::size_t(K) * kBlock + 16);
  // Every loop below runs over a whole block of local, non-aliased arrays
  // (the last block padded by repeating its last particle), so GCC vectorises
  // them with a fixed trip count.
  float* logit = logitStore.data();
  alignas(64) float bx[kBlock], by[kBlock], peak[kBlock], den[kBlock], gx[kBlock], gy[kBlock];

  for (int start = 0; start < n; start += kBlock) {
    const int m = std::min(kBlock, n - start);
    for (int i = 0; i < kBlock; ++i) {
      const int src = start + std::min(i, m - 1);
      bx[i] = x[src];
      by[i] = y[src];
      peak[i] = -std::numeric_limits<float>::infinity();
    }
    for (int k = 0; k < K; ++k) {
      float* __restrict l = logit + std::size_t(k) * kBlock;
      const float ck = cx[k], dk = cy[k], hk = halfInvV[k], ok = offset[k];
      for (int i = 0; i < kBlock; ++i) {
        const float dx = bx[i] - ck, dy = by[i] - dk;
        const float v = ok - (dx * dx + dy * dy) * hk;
        l[i] = v;
        peak[i] = peak[i] > v ? peak[i] : v;
      }
    }
    for (int i = 0; i < kBlock; ++i) den[i] = gx[i] = gy[i] = 0;
    for (int k = 0; k < K; ++k) {
      const float* __restrict l = logit + std::size_t(k) * kBlock;
      float best = -std::numeric_limits<float>::infinity();
      for (int i = 0; i < kBlock; ++i) {
        const float d = l[i] - peak[i];
        best = best > d ? best : d;
      }
      if (best < -kSkip) continue;  // negligible for every particle of the block
      const float ck = cx[k], dk = cy[k], ik = invV[k];
      for (int i = 0; i < kBlock; ++i) {
        const float e = fastExpNonPositive(l[i] - peak[i]);
        den[i] += e;
        const float w = e * ik;
        gx[i] += w * (bx[i] - ck);
        gy[i] += w * (by[i] - dk);
      }
    }
    for (int i = 0; i < m; ++i) {
      const float s = factor / den[i];  // den >= 1: the peak component contributes e^0
      outX[start + i] = gx[i] * s;
      outY[start + i] = gy[i] * s;
    }
  }
}

double ExactMixtureScore::scoreDivergence(double x, double y, const NoiseLevel& level) const {
  const double a = level.alphaBar, b2 = level.betaBar * level.betaBar;
  const std::size_t K = m_meanX.size();
  std::vector<double> logit(K), v(K);
  double peak = -std::numeric_limits<double>::infinity();
  for (std::size_t k = 0; k < K; ++k) {
    v[k] = a * a * double(m_data.components[k].stddev * m_data.components[k].stddev) + b2;
    const double dx = x - a * m_data.components[k].mean.x(), dy = y - a * m_data.components[k].mean.y();
    logit[k] = m_logWeight[k] - std::log(v[k]) - (dx * dx + dy * dy) / (2 * v[k]);
    peak = std::max(peak, logit[k]);
  }
  double den = 0, sx = 0, sy = 0, second = 0;
  for (std::size_t k = 0; k < K; ++k) {
    const double w = std::exp(logit[k] - peak);
    const double dx = -(x - a * m_data.components[k].mean.x()) / v[k];
    const double dy = -(y - a * m_data.components[k].mean.y()) / v[k];
    den += w;
    sx += w * dx;
    sy += w * dy;
    second += w * (dx * dx + dy * dy - 2 / v[k]);
  }
  sx /= den;
  sy /= den;
  return second / den - (sx * sx + sy * sy);
}

}  // namespace kx::core::diffusion
