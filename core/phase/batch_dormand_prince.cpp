#include "core/phase/batch_dormand_prince.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/ode/dopri5_tableau.h"

namespace kx::core {
namespace {

// Hairer's scaled RMS norm of (v0, v1) against states a and b, written as
// integrateDormandPrince's Eigen expression evaluates it (the same bits).
inline double scaledNorm(double v0, double v1, double a0, double a1, double b0, double b1, Tolerances tol) {
  const double s0 = tol.atol + tol.rtol * std::max(std::abs(a0), std::abs(b0));
  const double s1 = tol.atol + tol.rtol * std::max(std::abs(a1), std::abs(b1));
  const double q0 = v0 / s0, q1 = v1 / s1;
  return std::sqrt((q0 * q0 + q1 * q1) / 2);
}

// Stage states and derivatives of the active lanes, gathered contiguously.
struct Lanes {
  std::vector<std::size_t> index;  ///< which trajectory each lane is
  std::vector<double> t, h, x0, x1, stop;
  std::vector<double> k[7][2];  ///< k1..k7, two components each
  std::vector<double> sx, sy;   ///< the stage point being evaluated
};

}  // namespace

void integrateDormandPrinceBatch(const PlanarSystem& system, double* x, double* y, std::size_t n, double tEnd,
                                 Tolerances tol, long* accepted) {
  // The tableau (core/ode/dopri5_tableau.h); the model is autonomous: no stage times.
  using namespace dopri5;
  if (accepted) std::fill_n(accepted, n, 0L);
  if (n == 0 || tEnd <= 0) return;

  Lanes l;
  l.index.resize(n);
  for (std::size_t i = 0; i < n; ++i) l.index[i] = i;
  auto resize = [&](std::size_t m) {
    for (auto* v : {&l.t, &l.h, &l.x0, &l.x1, &l.sx, &l.sy}) v->resize(m);
    for (auto& kk : l.k) kk[0].resize(m), kk[1].resize(m);
  };
  resize(n);
  for (std::size_t i = 0; i < n; ++i) l.x0[i] = x[i], l.x1[i] = y[i], l.t[i] = 0;
  auto evaluate = [&](int stage, std::size_t m) {
    system.rhsBlock(l.sx.data(), l.sy.data(), m, l.k[stage][0].data(), l.k[stage][1].data());
  };

  // k1 and Hairer's initial step, as integrateDormandPrince computes them.
  std::copy_n(l.x0.data(), n, l.sx.data());
  std::copy_n(l.x1.data(), n, l.sy.data());
  evaluate(0, n);
  std::vector<double> h0(n);
  for (std::size_t i = 0; i < n; ++i) {
    const double d0 = scaledNorm(l.x0[i], l.x1[i], l.x0[i], l.x1[i], 0, 0, tol);
    const double dd1 = scaledNorm(l.k[0][0][i], l.k[0][1][i], l.x0[i], l.x1[i], 0, 0, tol);
    h0[i] = std::min((d0 < 1e-5 || dd1 < 1e-5) ? 1e-6 : 0.01 * d0 / dd1, tEnd);
    l.sx[i] = l.x0[i] + h0[i] * l.k[0][0][i];
    l.sy[i] = l.x1[i] + h0[i] * l.k[0][1][i];
  }
  evaluate(1, n);
  for (std::size_t i = 0; i < n; ++i) {
    const double dd1 = scaledNorm(l.k[0][0][i], l.k[0][1][i], l.x0[i], l.x1[i], 0, 0, tol);
    const double dd2 =
        scaledNorm(l.k[1][0][i] - l.k[0][0][i], l.k[1][1][i] - l.k[0][1][i], l.x0[i], l.x1[i], 0, 0, tol) / h0[i];
    const double m = std::max(dd1, dd2);
    const double h1 = m <= 1e-15 ? std::max(1e-6, h0[i] * 1e-3) : std::pow(0.01 / m, 1.0 / 5);
    l.h[i] = std::min({100 * h0[i], h1, tEnd});
  }
  const double hmin = 1e-12 * std::max(1.0, tEnd);

  std::size_t m = n;
  while (m > 0) {
    // One attempted step for every active lane: stages 2..7 over blocks.
    auto stage = [&](int s, auto combine) {
      for (std::size_t i = 0; i < m; ++i) {
        const double hs = std::min(l.h[i], tEnd - l.t[i]);
        l.sx[i] = l.x0[i] + hs * combine(0, i);
        l.sy[i] = l.x1[i] + hs * combine(1, i);
      }
      evaluate(s, m);
    };
    auto& k = l.k;
    stage(1, [&](int c, std::size_t i) { return a21 * k[0][c][i]; });
    stage(2, [&](int c, std::size_t i) { return a31 * k[0][c][i] + a32 * k[1][c][i]; });
    stage(3, [&](int c, std::size_t i) { return a41 * k[0][c][i] + a42 * k[1][c][i] + a43 * k[2][c][i]; });
    stage(4, [&](int c, std::size_t i) {
      return a51 * k[0][c][i] + a52 * k[1][c][i] + a53 * k[2][c][i] + a54 * k[3][c][i];
    });
    stage(5, [&](int c, std::size_t i) {
      return a61 * k[0][c][i] + a62 * k[1][c][i] + a63 * k[2][c][i] + a64 * k[3][c][i] + a65 * k[4][c][i];
    });
    stage(6, [&](int c, std::size_t i) {
      return a71 * k[0][c][i] + a73 * k[2][c][i] + a74 * k[3][c][i] + a75 * k[4][c][i] + a76 * k[5][c][i];
    });
    // Accept or reject per lane (integrateDormandPrince's control), then keep
    // the unfinished lanes at the front.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m; ++i) {
      const bool last = l.h[i] >= std::abs(tEnd - l.t[i]);
      const double hs = last ? std::abs(tEnd - l.t[i]) : l.h[i];
      const double new0 = l.sx[i], new1 = l.sy[i];  // stage 7's point is the 5th-order solution
      const double err0 = hs * (e1 * k[0][0][i] + e3 * k[2][0][i] + e4 * k[3][0][i] + e5 * k[4][0][i] +
                                e6 * k[5][0][i] + e7 * k[6][0][i]);
      const double err1 = hs * (e1 * k[0][1][i] + e3 * k[2][1][i] + e4 * k[3][1][i] + e5 * k[4][1][i] +
                                e6 * k[5][1][i] + e7 * k[6][1][i]);
      const double err = scaledNorm(err0, err1, l.x0[i], l.x1[i], new0, new1, tol);
      bool done = false;
      if (!std::isfinite(err)) {
        l.h[i] = hs * 0.2;
      } else {
        const double factor = std::clamp(0.9 * std::pow(std::max(err, 1e-10), -0.2), 0.2, 10.0);
        if (err > 1.0) {
          l.h[i] = hs * std::min(1.0, factor);
        } else {
          if (accepted) ++accepted[l.index[i]];
          l.t[i] = last ? tEnd : l.t[i] + hs;
          l.x0[i] = new0;
          l.x1[i] = new1;
          k[0][0][i] = k[6][0][i];  // first same as last
          k[0][1][i] = k[6][1][i];
          l.h[i] = hs * factor;
          done = last;
        }
      }
      if (!done && l.h[i] < hmin) done = true;  // step underflow: stop where it is
      if (done) {
        x[l.index[i]] = l.x0[i];
        y[l.index[i]] = l.x1[i];
        continue;
      }
      if (kept != i) {
        l.index[kept] = l.index[i];
        for (auto* v : {&l.t, &l.h, &l.x0, &l.x1}) (*v)[kept] = (*v)[i];
        k[0][0][kept] = k[0][0][i];
        k[0][1][kept] = k[0][1][i];
      }
      ++kept;
    }
    m = kept;
  }
}

}  // namespace kx::core
