#include "core/diffusion/ve_schedule.h"

#include <cmath>

namespace kx::core::diffusion {

double veSigma(ScheduleKind kind, double sigmaMin, double sigmaMax, double t) {
  if (t <= 0) return 0;  // the data themselves (docs/math.md §3.9)
  if (kind == ScheduleKind::VeGeometric) return sigmaMin * std::pow(sigmaMax / sigmaMin, t);
  const double lo = std::pow(sigmaMin, 1 / kEdmRho), hi = std::pow(sigmaMax, 1 / kEdmRho);
  return std::pow(lo + t * (hi - lo), kEdmRho);
}

double veSigmaDerivative(ScheduleKind kind, double sigmaMin, double sigmaMax, double t) {
  if (kind == ScheduleKind::VeGeometric) return veSigma(kind, sigmaMin, sigmaMax, t) * std::log(sigmaMax / sigmaMin);
  const double lo = std::pow(sigmaMin, 1 / kEdmRho), hi = std::pow(sigmaMax, 1 / kEdmRho);
  return kEdmRho * (hi - lo) * std::pow(lo + t * (hi - lo), kEdmRho - 1);
}

}  // namespace kx::core::diffusion
