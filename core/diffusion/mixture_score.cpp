#include "core/diffusion/mixture_score.h"

#include <cmath>
#include <limits>

#include "core/diffusion/mixture_score_kernel.h"

namespace kx::core::diffusion {

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
  // eps = -betaBar score (docs/math.md §3.4), score = -sum_k w_k (x - a mu_k) / v_k.
  const float factor = what == ScoreOutput::Score ? -1.0f : float(level.betaBar);
  const NoisedComponents components{K, cx.data(), cy.data(), invV.data(), halfInvV.data(), offset.data()};
  onActiveIsa([&](auto isa) { mixtureScoreOn<isa()>(components, x, y, n, factor, outX, outY); });
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
