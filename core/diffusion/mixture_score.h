#pragma once
// The exact score of a Gaussian mixture under VP noising (docs/math.md
// §3.7): p_t = sum_k pi_k N(alphaBar mu_k, (alphaBar^2 s_k^2 + betaBar^2) I), so
// grad log p_t(x) = sum_k w_k(x) (alphaBar mu_k - x) / v_k with the
// responsibilities w_k by log-sum-exp (stable for tiny noise).
#include <vector>

#include "core/diffusion/score_source.h"
#include "core/mixture/gaussian_mixture.h"

namespace kx::core::diffusion {

/// The noised mixture itself (a mixture again), for densities and references.
mixture::GaussianMixture noisedMixture(const mixture::GaussianMixture& data, const NoiseLevel& level);

/// The exact score as a ScoreSource: float, vectorised over blocks of
/// particles, and components whose responsibility is below e^-30 relative to
/// the block's largest for every particle of a block are skipped (they cannot
/// change a float sum). `data` must pass mixture::validate(), or be a point
/// cloud (every stddev 0, core/mixture/point_cloud.h: the empirical score of
/// docs/math.md §3.10), which is then only asked at betaBar > 0.
class ExactMixtureScore : public ScoreSource {
 public:
  explicit ExactMixtureScore(const mixture::GaussianMixture& data);

  void evaluate(const float* x, const float* y, int n, const NoiseLevel& level, ScoreOutput what, float* outX,
                float* outY) const override;
  /// In closed form (double): tr H = sum_k w_k (|d_k|^2 - 2 / v_k) - |s|^2,
  /// d_k the component scores and s their w-weighted mean.
  double scoreDivergence(double x, double y, const NoiseLevel& level) const override;
  std::string name() const override { return "exact"; }

  const mixture::GaussianMixture& data() const { return m_data; }

 private:
  mixture::GaussianMixture m_data;
  std::vector<float> m_meanX, m_meanY, m_variance, m_logWeight;
};

}  // namespace kx::core::diffusion
