#include "core/walk/propagator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/walk/ornstein_uhlenbeck.h"
#include "core/walk/walk_analysis.h"

namespace kx::core::walk {
namespace {

bool beyond(const PropagatorSetup& s, double x) {
  return s.barrier != BarrierKind::None && (s.barrierAt > 0 ? x > s.barrierAt : x < s.barrierAt);
}

// Applies the barrier to a density on the grid after one hop.
void applyBarrier(const std::vector<double>& x, const PropagatorSetup& s, std::vector<double>& f) {
  if (s.barrier == BarrierKind::None) return;
  const double h = x[1] - x[0];
  std::vector<double> folded = f;
  auto massBeyond = [&](long j) { return j >= 0 && j < long(x.size()) && beyond(s, x[j]) ? f[j] : 0.0; };
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (beyond(s, x[i])) {
      folded[i] = 0;
    } else if (s.barrier == BarrierKind::Reflecting) {
      // Mass that hopped to 2b - x_i comes back to x_i (linear interpolation).
      const double u = (2 * s.barrierAt - x[i] - x[0]) / h;
      const auto j = static_cast<long>(std::floor(u));
      const double w = u - double(j);
      folded[i] += (1 - w) * massBeyond(j) + w * massBeyond(j + 1);
    }
  }
  f.swap(folded);
}

// The Ornstein–Uhlenbeck pull: each hop is the Euler kernel N(x; (1 − k dt) y, α dt),
// which depends on x and y apart, so it is tabulated as a full matrix.
std::vector<double> composedOrnsteinUhlenbeck(const std::vector<double>& x, const PropagatorSetup& s, int slices) {
  const double dt = s.t / slices, sd = std::sqrt(s.alpha * dt), keep = 1 - s.rate * dt;
  const double h = x[1] - x[0];
  const std::size_t n = x.size();
  std::vector<double> kernel(n * n), f(n), next(n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) kernel[i * n + j] = normalDensity(x[i], keep * x[j], sd) * h;
  for (std::size_t i = 0; i < n; ++i) f[i] = normalDensity(x[i], 0, sd);  // the first hop, from 0
  for (int slice = 1; slice < slices; ++slice) {
    for (std::size_t i = 0; i < n; ++i) {
      double sum = 0;
      for (std::size_t j = 0; j < n; ++j) sum += kernel[i * n + j] * f[j];
      next[i] = sum;
    }
    f.swap(next);
  }
  return f;
}

}  // namespace

double propagatorSpread(const PropagatorSetup& s) {
  if (s.omega == 0) return std::sqrt(ouVariance(s.alpha, s.rate, s.t));
  // Mehler's kernel is a Gaussian in x of variance α tanh(Ωt) / Ω, Ω = ω√α.
  const double w = s.omega * std::sqrt(s.alpha);
  return std::sqrt(s.alpha * std::tanh(w * s.t) / w);
}

std::vector<double> propagatorGrid(const PropagatorSetup& s, int points) {
  const double mean = s.drift * s.t, sd = propagatorSpread(s);
  double lo = mean - 6 * sd, hi = mean + 6 * sd;
  if (s.barrier != BarrierKind::None) {
    // Keep a margin beyond the barrier so reflected and killed mass shows.
    if (s.barrierAt > 0)
      hi = std::min(hi, s.barrierAt + 0.25 * (s.barrierAt - lo));
    else
      lo = std::max(lo, s.barrierAt - 0.25 * (hi - s.barrierAt));
  }
  const double h = (hi - lo) / (points - 1);
  // With a barrier, put it halfway between two grid points: mirror images
  // x -> 2b - x then land on grid points, and no cell straddles the wall.
  if (s.barrier != BarrierKind::None) lo = s.barrierAt - (std::floor((s.barrierAt - lo) / h) + 0.5) * h;
  std::vector<double> x(static_cast<std::size_t>(points));
  for (int i = 0; i < points; ++i) x[i] = lo + h * i;
  return x;
}

std::vector<double> composedPropagator(const std::vector<double>& x, const PropagatorSetup& s, int slices) {
  if (s.rate != 0) return composedOrnsteinUhlenbeck(x, s, slices);
  const double dt = s.t / slices, sd = std::sqrt(s.alpha * dt), shift = s.drift * dt;
  const double h = x[1] - x[0];
  // Half a slice of the potential's weight, exp(−V dt / 2), on each side of
  // every hop (docs/math.md §2.8); all ones for the free walk (V(0) = 0).
  std::vector<double> half(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) half[i] = std::exp(-0.25 * s.omega * s.omega * x[i] * x[i] * dt);
  // First hop: from the point 0 the density is the kernel itself.
  std::vector<double> f(x.size()), next(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) f[i] = half[i] * normalDensity(x[i], shift, sd);
  applyBarrier(x, s, f);
  // Chapman–Kolmogorov: f_{k+1}(x) = integral K(x - y; dt) f_k(y) dy.
  // The kernel depends on i - j only: tabulate it once.
  std::vector<double> kernel(2 * x.size() - 1);
  for (std::size_t d = 0; d < kernel.size(); ++d) {
    const double offset = (double(d) - double(x.size() - 1)) * h;
    kernel[d] = normalDensity(offset, shift, sd) * h;
  }
  for (int slice = 1; slice < slices; ++slice) {
    for (std::size_t j = 0; j < x.size(); ++j) f[j] *= half[j];
    for (std::size_t i = 0; i < x.size(); ++i) {
      double sum = 0;
      for (std::size_t j = 0; j < x.size(); ++j) sum += kernel[i + x.size() - 1 - j] * f[j];
      next[i] = half[i] * sum;
    }
    f.swap(next);
    applyBarrier(x, s, f);
  }
  return f;
}

double mehlerKernel(double x, double alpha, double omega, double t) {
  if (omega == 0) return normalDensity(x, 0, std::sqrt(alpha * t));
  // x = √α y maps the operator to (1/2)∂²_y − (Ω²y²/2), Ω = ω√α, whose kernel
  // is Mehler's; the density picks up 1/√α (docs/math.md §2.8).
  const double w = omega * std::sqrt(alpha), wt = w * t;
  return std::sqrt(w / (2 * std::numbers::pi * alpha * std::sinh(wt))) *
         std::exp(-w * x * x / (2 * alpha * std::tanh(wt)));
}

std::vector<double> closedFormPropagator(const std::vector<double>& x, const PropagatorSetup& s) {
  const double sd = propagatorSpread(s), mean = s.drift * s.t;
  if (s.omega != 0) {
    if (s.drift != 0 || s.barrier != BarrierKind::None) return {};
    std::vector<double> f(x.size());
    for (std::size_t i = 0; i < x.size(); ++i) f[i] = mehlerKernel(x[i], s.alpha, s.omega, s.t);
    return f;
  }
  if (s.barrier == BarrierKind::Reflecting && s.drift != 0) return {};
  // With drift mu the absorbing image carries the weight exp(2 mu b / alpha)
  // and sits at 2b + mu t, so the density still vanishes on the barrier.
  const double weight = s.barrier == BarrierKind::Absorbing ? std::exp(2 * s.drift * s.barrierAt / s.alpha) : 1.0;
  std::vector<double> f(x.size());
  for (std::size_t i = 0; i < x.size(); ++i) {
    if (beyond(s, x[i])) continue;
    const double direct = normalDensity(x[i], mean, sd);
    const double image = weight * normalDensity(x[i], 2 * s.barrierAt + mean, sd);
    if (s.barrier == BarrierKind::Absorbing)
      f[i] = direct - image;
    else if (s.barrier == BarrierKind::Reflecting)
      f[i] = direct + image;
    else
      f[i] = direct;
  }
  return f;
}

}  // namespace kx::core::walk
