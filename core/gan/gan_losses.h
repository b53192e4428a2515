#pragma once
// The GAN losses of the lab (issues 6 and 16, docs/math.md §4), written with core/nn ops so
// that they differentiate w.r.t. both networks and, for the gradient penalty,
// twice. Convention: D(x) is the discriminator's raw output, "high = real";
// the energy of §4.1 is U = -D, so the landscape the lab draws is -D (EBGAN's
// energy, which must be >= 0, is softplus(-D): the same pits, §4.9).
#include <functional>
#include <string>
#include <vector>

#include "core/gan/f_divergence.h"
#include "core/nn/ops.h"

namespace kx::core::gan {

enum class LossKind {
  Standard,
  Relativistic,
  Qp,
  WganGp,
  Hinge,
  Energy,  ///< the energy GAN: zero-centred gradient penalty at the reals (§4.9)
  Ebgan,   ///< EBGAN's margin loss on U = softplus(−D) >= 0 (§4.9)
  Lsgan,   ///< Designing GANs' LSGAN pair, a = −1, b = 1 (§4.11)
  Fgan,    ///< an f-GAN on LossConfig::divergence (§4.10)
};
/// GAN-QP's distance d(x_r, x_f) (§4.2): mean |difference| over coordinates
/// (the author's default) or the root mean square difference (his L2 variant).
enum class QpDistance { L1, L2 };

struct LossConfig {
  LossKind kind = LossKind::Standard;
  double lambda = 10.0;  ///< GAN-QP's scale lambda; WGAN-GP's and the energy GAN's penalty weight
  QpDistance distance = QpDistance::L1;
  double margin = 1.0;                                  ///< EBGAN's margin m
  FDivergence divergence = FDivergence::JensenShannon;  ///< the f-GAN's row of the conjugate table
  /// The energy GAN's λ₂: weight of the generator's entropy term (§4.13); 0 = the plain "jump" generator.
  double entropyWeight = 0.5;
};

/// Names used by parameter choices, the bench and the CSV: one per loss kind,
/// and the f-GAN once per divergence ("sgan", ..., "lsgan", "fgan_tv", ..., "fgan_js").
const std::vector<std::string>& lossKeys();
/// The kind, and for the f-GAN the divergence, that lossKeys()[index] names
/// (the other fields keep their defaults).
LossConfig lossOfKey(int index);
/// A loss's title (the kind's, and the f-GAN's divergence).
std::string lossTitle(const LossConfig& loss);
/// The titles of lossKeys(), in the same order.
std::vector<std::string> lossTitles();

/// The critic as a function of a batch of points (rows), so the WGAN-GP
/// penalty can evaluate it at interpolates.
template <typename T>
using Critic = std::function<nn::Var<T>(nn::Var<T>)>;

/// Inputs of one discriminator loss evaluation: real and fake batches of the
/// same shape (rows pair up for RSGAN and GAN-QP) and, for WGAN-GP only, the
/// interpolation weights eps ~ U[0, 1], one per row.
template <typename T>
struct CriticBatch {
  nn::Var<T> real, fake;
  nn::Mat<T> eps;
};

/// lambda * d(x_r, x_f) per row (n x 1), GAN-QP's d_norm (§4.2).
template <typename T>
nn::Var<T> qpNorm(nn::Var<T> real, nn::Var<T> fake, double lambda, QpDistance distance);

/// GAN-QP's per-pair objective Delta - Delta^2 / (2 lambda d), the quantity
/// the critic maximises (§4.2); `norm` is lambda d.
template <typename T>
nn::Var<T> qpObjective(nn::Var<T> delta, nn::Var<T> norm);

/// WGAN-GP's penalty lambda E[(|grad D(x^)| - 1)^2] at x^ = eps x_r + (1 - eps) x_f (§4.7).
template <typename T>
nn::Var<T> gradientPenalty(const Critic<T>& critic, nn::Var<T> real, nn::Var<T> fake, const nn::Mat<T>& eps,
                           double lambda);

/// The energy GAN's penalty lambda E ‖∇_x D(x)‖² (= ‖∇_x U‖², U = −D), zero-centred
/// and taken where D was evaluated: `x` is an input node (tape.input) and
/// `dAtX` = D(x). Recorded for a second backward pass, so it reaches the
/// critic's weights (§4.9).
template <typename T>
nn::Var<T> zeroCentredPenalty(nn::Var<T> x, nn::Var<T> dAtX, double lambda);

/// The energy GAN's generator entropy term through the InfoGAN bound,
/// λ₂ E_z ‖z − E(G(z))‖² (§4.13): `z` the noise rows, `encoded` = E(G(z)).
template <typename T>
nn::Var<T> latentReconstruction(nn::Var<T> z, nn::Var<T> encoded, double weight);

/// The discriminator's loss (to minimise), docs/math.md §4.1, §4.2, §4.4, §4.7, §4.9–§4.11.
template <typename T>
nn::Var<T> discriminatorLoss(const LossConfig& config, const Critic<T>& critic, const CriticBatch<T>& batch);

/// The generator's loss given D at the paired real and fake rows (to minimise).
template <typename T>
nn::Var<T> generatorLoss(const LossConfig& config, nn::Var<T> dReal, nn::Var<T> dFake);

}  // namespace kx::core::gan
