#include "core/vae/gaussian_distance.h"

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <cmath>

namespace kx::core::vae {
namespace {

/// log det of an SPD matrix from its Cholesky factor.
double logDet(const Eigen::LLT<Eigen::MatrixXd>& llt) {
  return 2 * llt.matrixL().toDenseMatrix().diagonal().array().log().sum();
}

/// KL(p‖q) = ½[Δᵀ Σ_q⁻¹ Δ − log det(Σ_q⁻¹ Σ_p) + Tr(Σ_q⁻¹ Σ_p) − n] (§5.6), with Δ = μ_p − μ_q.
double kl(const Normal& p, const Eigen::LLT<Eigen::MatrixXd>& lltP, const Normal& q,
          const Eigen::LLT<Eigen::MatrixXd>& lltQ) {
  const Eigen::VectorXd delta = p.mean - q.mean;
  const double mahalanobis = delta.dot(lltQ.solve(delta));
  const double trace = lltQ.solve(p.covariance).trace();
  return 0.5 * (mahalanobis - (logDet(lltP) - logDet(lltQ)) + trace - double(p.mean.size()));
}

/// The symmetric square root of an SPD matrix (its eigenvalues' roots).
Eigen::MatrixXd sqrtSpd(const Eigen::MatrixXd& a) {
  const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(a);
  return eig.eigenvectors() * eig.eigenvalues().cwiseMax(0).cwiseSqrt().asDiagonal() * eig.eigenvectors().transpose();
}

}  // namespace

Normal diagonalNormal(const Eigen::VectorXd& mean, const Eigen::VectorXd& logVariance) {
  return {mean, logVariance.array().exp().matrix().asDiagonal()};
}

Result<NormalDistances> normalDistances(const Normal& p, const Normal& q) {
  const Eigen::Index n = p.mean.size();
  if (q.mean.size() != n || p.covariance.rows() != n || p.covariance.cols() != n || q.covariance.rows() != n ||
      q.covariance.cols() != n)
    return fail("the two normals must have the same dimension");
  for (const Normal* m : {&p, &q})
    if (!m->mean.allFinite() || !m->covariance.allFinite() || !m->covariance.isApprox(m->covariance.transpose()))
      return fail("a normal's mean and covariance must be finite, and its covariance symmetric");
  const Eigen::LLT<Eigen::MatrixXd> lltP(p.covariance), lltQ(q.covariance);
  const Eigen::MatrixXd average = 0.5 * (p.covariance + q.covariance);
  const Eigen::LLT<Eigen::MatrixXd> lltAverage(average);
  if (lltP.info() != Eigen::Success || lltQ.info() != Eigen::Success || lltAverage.info() != Eigen::Success)
    return fail("a covariance is not positive definite");
  NormalDistances d;
  d.klPQ = kl(p, lltP, q, lltQ);
  d.klQP = kl(q, lltQ, p, lltP);
  // BD = ½ log(det Σ / √(det Σ_p det Σ_q)) + ⅛ Δᵀ Σ⁻¹ Δ, Σ = (Σ_p + Σ_q)/2.
  const Eigen::VectorXd delta = p.mean - q.mean;
  d.bhattacharyya = 0.5 * (logDet(lltAverage) - 0.5 * (logDet(lltP) + logDet(lltQ))) +
                    delta.dot(lltAverage.solve(delta)) / 8;
  // W₂² = ‖Δ‖² + Tr Σ_p + Tr Σ_q − 2 Tr (Σ_p^½ Σ_q Σ_p^½)^½ (§5.6).
  const Eigen::MatrixXd rootP = sqrtSpd(p.covariance);
  const Eigen::MatrixXd cross = rootP * q.covariance * rootP;
  d.wasserstein2Squared = delta.squaredNorm() + p.covariance.trace() + q.covariance.trace() -
                          2 * sqrtSpd(0.5 * (cross + cross.transpose())).trace();
  return d;
}

}  // namespace kx::core::vae
