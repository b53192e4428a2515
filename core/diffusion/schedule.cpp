#include "core/diffusion/schedule.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/diffusion/ve_schedule.h"

namespace kx::core::diffusion {
namespace {

constexpr double kCosineOffset = 0.008;
constexpr double kMaxCosineBeta = 1000.0;  // tan blows up at t = 1

double cosineHoAlphaBar(double t) {
  const double s = kCosineOffset;
  const double c = std::cos((t + s) / (1 + s) * std::numbers::pi / 2);
  const double c0 = std::cos(s / (1 + s) * std::numbers::pi / 2);
  return c * c / (c0 * c0);
}

}  // namespace

std::string scheduleName(ScheduleKind kind) {
  switch (kind) {
    case ScheduleKind::Linear:
      return "linear";
    case ScheduleKind::LinearSu:
      return "linear_su";
    case ScheduleKind::Cosine:
      return "cosine";
    case ScheduleKind::VeGeometric:
      return "ve_geometric";
    case ScheduleKind::VeEdm:
      return "ve_edm";
  }
  return "?";
}

bool isVarianceExploding(ScheduleKind kind) { return kind == ScheduleKind::VeGeometric || kind == ScheduleKind::VeEdm; }

Result<Schedule> Schedule::make(ScheduleKind kind, int steps) {
  if (steps < 1) return fail("the schedule needs at least 1 step (T = " + std::to_string(steps) + ")");
  if (isVarianceExploding(kind)) return fail("the " + scheduleName(kind) + " schedule has no discrete VP chain");
  Schedule s;
  s.m_kind = kind;
  const auto n = std::size_t(steps) + 1;
  s.m_alphaBar.assign(n, 1.0);
  s.m_betaBar.assign(n, 0.0);
  // Accumulate log of Ho's alphaBar (= 2 log of Su's) so that 1 - alphaBar^2
  // is -expm1(...) without cancellation at small t.
  double logHo = 0;
  for (int t = 1; t <= steps; ++t) {
    double betaHo = 0;
    switch (kind) {
      case ScheduleKind::Linear:
        betaHo = steps == 1 ? 0.02 : 1e-4 + (0.02 - 1e-4) * double(t - 1) / double(steps - 1);
        break;
      case ScheduleKind::LinearSu:
        betaHo = 0.02 * double(t) / double(steps);  // alpha_t^2 = 1 - 0.02 t / T (§3.1)
        break;
      case ScheduleKind::Cosine:
        // Nichol & Dhariwal clip each beta at 0.999 so the last step stays finite.
        betaHo = std::min(0.999, 1 - cosineHoAlphaBar(double(t) / steps) / cosineHoAlphaBar(double(t - 1) / steps));
        break;
      case ScheduleKind::VeGeometric:
      case ScheduleKind::VeEdm:
        break;  // refused above
    }
    logHo += std::log1p(-betaHo);
    s.m_alphaBar[std::size_t(t)] = std::exp(logHo / 2);
    s.m_betaBar[std::size_t(t)] = std::sqrt(-std::expm1(logHo));
  }
  return s;
}

double Schedule::beta(int t) const {
  const double a = alpha(t);
  return std::sqrt(std::max(0.0, (1 - a) * (1 + a)));
}

double ContinuousSchedule::integratedBeta(double t) const {
  switch (kind) {
    case ScheduleKind::Linear:
      return 0.1 * t + 0.5 * 19.9 * t * t;
    case ScheduleKind::LinearSu:
      return 10 * t * t;
    case ScheduleKind::Cosine:
      return -std::log(std::max(cosineHoAlphaBar(t), 1e-300));
    case ScheduleKind::VeGeometric:
    case ScheduleKind::VeEdm:
      break;  // VE has no beta (docs/math.md §3.9)
  }
  return 0;
}

double ContinuousSchedule::beta(double t) const {
  switch (kind) {
    case ScheduleKind::Linear:
      return 0.1 + 19.9 * t;
    case ScheduleKind::LinearSu:
      return 20 * t;
    case ScheduleKind::Cosine: {
      const double s = kCosineOffset;
      const double b = std::numbers::pi / (1 + s) * std::tan((t + s) / (1 + s) * std::numbers::pi / 2);
      return std::min(b, kMaxCosineBeta);
    }
    case ScheduleKind::VeGeometric:
    case ScheduleKind::VeEdm:
      break;
  }
  return 0;
}

double ContinuousSchedule::alphaBar(double t) const {
  return isVarianceExploding(kind) ? 1.0 : std::exp(-0.5 * integratedBeta(t));
}

double ContinuousSchedule::betaBar(double t) const {
  return isVarianceExploding(kind) ? veSigma(kind, sigmaMin, sigmaMax, t) : std::sqrt(-std::expm1(-integratedBeta(t)));
}

double ContinuousSchedule::drift(double t) const { return isVarianceExploding(kind) ? 0.0 : -0.5 * beta(t); }

double ContinuousSchedule::diffusionSquared(double t) const {
  // VE: g^2 = d sigma^2 / dt = 2 sigma sigma' (docs/math.md §3.9).
  return isVarianceExploding(kind)
             ? 2 * veSigma(kind, sigmaMin, sigmaMax, t) * veSigmaDerivative(kind, sigmaMin, sigmaMax, t)
             : beta(t);
}

double ContinuousSchedule::timeOfRatio(double ratio) const {
  double lo = 0, hi = 1;
  if (!(ratio < betaBar(hi) / alphaBar(hi))) return hi;
  for (int i = 0; i < 45; ++i) {  // 2^-45 ~ 3e-14
    const double mid = 0.5 * (lo + hi);
    (betaBar(mid) / alphaBar(mid) < ratio ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

Status ContinuousSchedule::validate() const {
  if (!isVarianceExploding(kind)) return Ok{};
  if (!(std::isfinite(sigmaMax) && sigmaMin > 0 && sigmaMin < sigmaMax))
    return fail("a variance-exploding schedule needs 0 < sigma_min < sigma_max (they are " + std::to_string(sigmaMin) +
                " and " + std::to_string(sigmaMax) + ")");
  return Ok{};
}

Posterior posterior(double alpha, double alphaBarPrev) {
  // docs/math.md §3.2: kappa = alpha_t betaBar_{t-1}^2 / betaBar_t^2,
  // lambda = alphaBar_{t-1} beta_t^2 / betaBar_t^2, variance = betaBar_{t-1}^2 beta_t^2 / betaBar_t^2.
  const double alphaBar = alpha * alphaBarPrev;
  const double betaBar2 = 1 - alphaBar * alphaBar;
  const double betaBarPrev2 = 1 - alphaBarPrev * alphaBarPrev;
  const double beta2 = 1 - alpha * alpha;
  return {alpha * betaBarPrev2 / betaBar2, alphaBarPrev * beta2 / betaBar2, betaBarPrev2 * beta2 / betaBar2};
}

}  // namespace kx::core::diffusion
