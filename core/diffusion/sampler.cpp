#include "core/diffusion/sampler.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cmath>

#include "core/util/counter_rng.h"
#include "core/util/fast_math.h"
#include "core/util/threads.h"

namespace kx::core::diffusion {
namespace {

/// Particles per parallel chunk: fixed by the data, never by thread count.
constexpr Eigen::Index kChunk = 2048;

/// Two standard normals for particle i at step `step` (stream step + 1;
/// stream 0 is the initial noise).
inline void normalPair(std::uint64_t key, Eigen::Index i, float& n1, float& n2) {
  const std::uint64_t w = streamWord(key, std::uint64_t(i));
  boxMuller(unitOpen(std::uint32_t(w)), unitOpen(std::uint32_t(w >> 32)), n1, n2);
}

/// The discrete samplers' descending grid: DDIM's (given or ddimGrid), DDPM's whole chain T..0.
Result<std::vector<int>> discreteGrid(const SamplerSettings& s) {
  const int T = s.chainLength;
  if (s.kind != SamplerKind::Ddim) {
    std::vector<int> chain;
    for (int t = T; t >= 0; --t) chain.push_back(t);
    return chain;
  }
  if (!(s.eta >= 0 && s.eta <= 1)) return fail("DDIM's eta must be between 0 and 1");
  if (s.grid.empty() && s.steps < 1)
    return fail("the step count must be at least 1 (it is " + std::to_string(s.steps) + ")");
  if (s.grid.empty() && s.steps > T) return fail("DDIM cannot take more steps than the chain length T");
  std::vector<int> grid = s.grid.empty() ? ddimGrid(T, s.steps) : s.grid;
  if (grid.size() < 2 || grid.front() != T || grid.back() != 0)
    return fail("a DDIM grid must run from T = " + std::to_string(T) + " down to 0");
  for (std::size_t i = 1; i < grid.size(); ++i)
    if (grid[i] >= grid[i - 1]) return fail("a DDIM grid must decrease strictly");
  return grid;
}

}  // namespace

std::string samplerName(SamplerKind kind) {
  switch (kind) {
    case SamplerKind::DdpmPosterior:
      return "ddpm_posterior";
    case SamplerKind::DdpmBeta:
      return "ddpm_beta";
    case SamplerKind::Ddim:
      return "ddim";
    case SamplerKind::OdeEuler:
      return "ode_euler";
    case SamplerKind::OdeHeun:
      return "ode_heun";
    case SamplerKind::OdeRk4:
      return "ode_rk4";
    case SamplerKind::ReverseSde:
      return "sde_em";
  }
  return "?";
}

int evaluationsPerStep(SamplerKind kind) {
  return kind == SamplerKind::OdeHeun ? 2 : kind == SamplerKind::OdeRk4 ? 4 : 1;
}

bool isContinuous(SamplerKind kind) {
  return kind == SamplerKind::OdeEuler || kind == SamplerKind::OdeHeun || kind == SamplerKind::OdeRk4 ||
         kind == SamplerKind::ReverseSde;
}

std::vector<int> ddimGrid(int chainLength, int steps) {
  std::vector<int> grid;
  for (int i = 0; i < steps; ++i) {
    const double t = steps == 1 ? chainLength : chainLength + (1.0 - chainLength) * i / (steps - 1);
    grid.push_back(int(std::lround(t)));
  }
  grid.push_back(0);
  return grid;
}

Points initialNoise(Eigen::Index n, std::uint64_t seed) {
  Points x(n, 2);
  const std::uint64_t key = blockKey(seed, 0);
  for (Eigen::Index i = 0; i < n; ++i) normalPair(key, i, x(i, 0), x(i, 1));
  return x;
}

ContinuousSchedule continuousSchedule(const SamplerSettings& s) {
  return {.kind = s.schedule, .sigmaMin = s.sigmaMin, .sigmaMax = s.sigmaMax};
}

Points Sampler::startingPoints(Eigen::Index n, std::uint64_t seed) const {
  Points x = initialNoise(n, seed);
  if (isVarianceExploding(m_settings.schedule)) x *= float(m_levels.front().betaBar);
  return x;
}

Result<Sampler> Sampler::create(const SamplerSettings& s) {
  Sampler out;
  out.m_settings = s;
  out.m_continuous = continuousSchedule(s);
  if (auto status = out.m_continuous.validate(); !status) return fail(status.error());
  if (s.chainLength < 1 || s.chainLength > 100000)
    return fail("the chain length T must be between 1 and 100000 (it is " + std::to_string(s.chainLength) + ")");
  if (isContinuous(s.kind)) {
    if (s.steps < 1) return fail("the step count must be at least 1 (it is " + std::to_string(s.steps) + ")");
    if (!(s.endTime > 0 && s.endTime < 1)) return fail("the end time must lie strictly between 0 and 1");
    for (int i = 0; i <= s.steps; ++i) {
      const double t = 1 - (1 - s.endTime) * i / s.steps;
      out.m_levels.push_back({t, out.m_continuous.alphaBar(t), out.m_continuous.betaBar(t)});
      if (i > 0) out.m_steps.push_back({.t0 = out.m_levels[i - 1].time, .t1 = t, .lastNoise = i < s.steps});
    }
    return out;
  }
  const int T = s.chainLength;
  auto grid = discreteGrid(s);
  if (!grid) return fail(grid.error());
  if (isVarianceExploding(s.schedule)) {
    // VE levels sigma(t/T), sigma(0) = 0 (docs/math.md §3.9). From sigma_t to
    // sigma_s < sigma_t: x0hat = x - sigma_t eps and the posterior
    // p(x_s | x_t, x0) = N(x0 + sigma_s^2/sigma_t^2 (x_t - x0), sigma_s^2 d/sigma_t^2 I),
    // d = sigma_t^2 - sigma_s^2 (the one-step variance).
    auto level = [&](int t) { return NoiseLevel{double(t) / T, 1.0, out.m_continuous.betaBar(double(t) / T)}; };
    out.m_levels.push_back(level(grid->front()));
    for (std::size_t i = 1; i < grid->size(); ++i) {
      const double from = out.m_levels.back().betaBar, to = level((*grid)[i]).betaBar;
      const double d = (from - to) * (from + to);
      Step st{.cx = 1};
      if (s.kind == SamplerKind::DdpmBeta) {
        // The posterior mean with the one-step noise sqrt(d) (reverse diffusion).
        st.ce = -d / from;
        st.sigma = std::sqrt(d);
      } else {
        // DDIM: x_s = x0hat + sqrt(sigma_s^2 - sigma^2) eps + sigma z with
        // sigma = eta sigma_s sqrt(d)/sigma_t; DDPM's posterior is eta = 1.
        const double eta = s.kind == SamplerKind::Ddim ? s.eta : 1.0;
        st.sigma = eta * to * std::sqrt(d) / from;
        st.ce = std::sqrt(std::max(0.0, to * to - st.sigma * st.sigma)) - from;
      }
      out.m_steps.push_back(st);
      out.m_levels.push_back(level((*grid)[i]));
    }
    return out;
  }
  auto schedule = Schedule::make(s.schedule, s.chainLength);
  if (!schedule) return fail(schedule.error());
  auto level = [&](int t) { return NoiseLevel{double(t) / T, schedule->alphaBar(t), schedule->betaBar(t)}; };
  if (s.kind == SamplerKind::Ddim) {
    out.m_levels.push_back(level(grid->front()));
    for (std::size_t i = 1; i < grid->size(); ++i) {
      // From t to s < t (docs/math.md §3.3): x0hat = (x - betaBar_t eps) / alphaBar_t,
      // x_s = alphaBar_s x0hat + sqrt(betaBar_s^2 - sigma^2) eps + sigma z, with
      // the sigma written in bars (the pitfall of §3.3: never the one-step alpha_tau).
      const NoiseLevel from = out.m_levels.back(), to = level((*grid)[i]);
      const double ratio = from.alphaBar / to.alphaBar;
      const double sigma = s.eta * to.betaBar / from.betaBar * std::sqrt(std::max(0.0, (1 - ratio) * (1 + ratio)));
      const double keep = std::sqrt(std::max(0.0, to.betaBar * to.betaBar - sigma * sigma));
      out.m_steps.push_back(
          {.cx = to.alphaBar / from.alphaBar, .ce = keep - to.alphaBar * from.betaBar / from.alphaBar, .sigma = sigma});
      out.m_levels.push_back(to);
    }
    return out;
  }
  // DDPM ancestral (docs/math.md §3.2): x_{t-1} = (x_t - beta_t^2/betaBar_t eps) / alpha_t + sigma_t z.
  for (int t = T; t >= 1; --t) {
    if (t == T) out.m_levels.push_back(level(T));
    const double alpha = schedule->alpha(t), beta = schedule->beta(t), betaBar = schedule->betaBar(t);
    const double sigma = s.kind == SamplerKind::DdpmBeta ? beta : schedule->betaBar(t - 1) * beta / betaBar;
    out.m_steps.push_back({.cx = 1 / alpha, .ce = -beta * beta / (betaBar * alpha), .sigma = sigma});
    out.m_levels.push_back(level(t - 1));
  }
  return out;
}

void Sampler::runSteps(const ScoreSource& source, float* x, float* y, int n, Eigen::Index first, int from, int to,
                       std::uint64_t seed, const CancelToken& cancel, int& badStep) const {
  const SamplerKind kind = m_settings.kind;
  const int stages = evaluationsPerStep(kind);
  std::vector<float> buffer(std::size_t(n) * 2 * (stages + 1));
  float* ex = buffer.data();
  float* ey = ex + n;
  // k-th stage derivative and the trial point, for Heun and RK4.
  auto stage = [&](int k) { return buffer.data() + std::size_t(n) * 2 * k; };
  std::vector<float> tx(n), ty(n);

  for (int step = from; step < to; ++step) {
    if (cancel.cancelled()) return;
    const Step& st = m_steps[std::size_t(step)];
    const std::uint64_t key = blockKey(seed, std::uint64_t(step) + 1);
    if (!isContinuous(kind)) {
      source.evaluate(x, y, n, m_levels[std::size_t(step)], ScoreOutput::Epsilon, ex, ey);
      const float cx = float(st.cx), ce = float(st.ce), sg = float(st.sigma);
      for (int i = 0; i < n; ++i) {
        float z1 = 0, z2 = 0;
        if (sg > 0) normalPair(key, first + i, z1, z2);
        x[i] = cx * x[i] + ce * ex[i] + sg * z1;
        y[i] = cx * y[i] + ce * ey[i] + sg * z2;
      }
    } else {
      // dx/dt = f_t x - g_t^2/2 score (docs/math.md §3.5): -beta(t)/2 (x + score)
      // under VP, the heat equation's -sigma sigma' score under VE (§3.9).
      auto derivative = [&](const float* px, const float* py, double t, float* dx) {
        const NoiseLevel level{t, m_continuous.alphaBar(t), m_continuous.betaBar(t)};
        float* dy = dx + n;
        source.evaluate(px, py, n, level, ScoreOutput::Score, dx, dy);
        const float f = float(m_continuous.drift(t)), hg = float(-0.5 * m_continuous.diffusionSquared(t));
        for (int i = 0; i < n; ++i) {
          dx[i] = f * px[i] + hg * dx[i];
          dy[i] = f * py[i] + hg * dy[i];
        }
      };
      const float h = float(st.t1 - st.t0);  // negative: time runs backwards
      if (kind == SamplerKind::ReverseSde) {
        // x_{t-h} = x_t + h (g^2 score - f x) + sqrt(g^2 h) z (docs/math.md §3.4):
        // VP f = -beta/2, g^2 = beta; VE f = 0, g^2 = 2 sigma sigma' (§3.9).
        const NoiseLevel level{st.t0, m_continuous.alphaBar(st.t0), m_continuous.betaBar(st.t0)};
        source.evaluate(x, y, n, level, ScoreOutput::Score, ex, ey);
        const float g2 = float(m_continuous.diffusionSquared(st.t0)), f = float(m_continuous.drift(st.t0)), dt = -h;
        const float noise = st.lastNoise ? std::sqrt(g2 * dt) : 0.0f;
        for (int i = 0; i < n; ++i) {
          float z1 = 0, z2 = 0;
          if (noise > 0) normalPair(key, first + i, z1, z2);
          x[i] += dt * (g2 * ex[i] - f * x[i]) + noise * z1;
          y[i] += dt * (g2 * ey[i] - f * y[i]) + noise * z2;
        }
      } else if (kind == SamplerKind::OdeEuler) {
        derivative(x, y, st.t0, stage(0));
        for (int i = 0; i < n; ++i) {
          x[i] += h * stage(0)[i];
          y[i] += h * stage(0)[n + i];
        }
      } else {
        // Heun: k1 at t0, k2 at the Euler point; RK4: k1..k4 at t0, mid, mid, t1.
        const bool rk4 = kind == SamplerKind::OdeRk4;
        const double tm = st.t0 + 0.5 * (st.t1 - st.t0);
        auto trial = [&](const float* k, float c) {
          for (int i = 0; i < n; ++i) {
            tx[i] = x[i] + c * k[i];
            ty[i] = y[i] + c * k[n + i];
          }
        };
        derivative(x, y, st.t0, stage(0));
        if (!rk4) {
          trial(stage(0), h);
          derivative(tx.data(), ty.data(), st.t1, stage(1));
          for (int i = 0; i < n; ++i) {
            x[i] += 0.5f * h * (stage(0)[i] + stage(1)[i]);
            y[i] += 0.5f * h * (stage(0)[n + i] + stage(1)[n + i]);
          }
        } else {
          trial(stage(0), 0.5f * h);
          derivative(tx.data(), ty.data(), tm, stage(1));
          trial(stage(1), 0.5f * h);
          derivative(tx.data(), ty.data(), tm, stage(2));
          trial(stage(2), h);
          derivative(tx.data(), ty.data(), st.t1, stage(3));
          const float c = h / 6;
          for (int i = 0; i < n; ++i) {
            x[i] += c * (stage(0)[i] + 2 * stage(1)[i] + 2 * stage(2)[i] + stage(3)[i]);
            y[i] += c * (stage(0)[n + i] + 2 * stage(1)[n + i] + 2 * stage(2)[n + i] + stage(3)[n + i]);
          }
        }
      }
    }
    // Non-finite floats have an all-ones exponent; an integer OR-reduction
    // vectorises where std::isfinite in a loop does not.
    std::uint32_t nonFinite = 0;
    for (int i = 0; i < n; ++i) {
      nonFinite |= (std::bit_cast<std::uint32_t>(x[i]) & 0x7F800000u) == 0x7F800000u;
      nonFinite |= (std::bit_cast<std::uint32_t>(y[i]) & 0x7F800000u) == 0x7F800000u;
    }
    if (nonFinite) {
      badStep = step;
      return;
    }
  }
}

Status Sampler::advance(const ScoreSource& source, Points& x, int from, int to, std::uint64_t seed,
                        const CancelToken& cancel) const {
  if (from < 0 || to > stepCount() || from > to) return fail("sampler steps out of range");
  const Eigen::Index n = x.rows();
  const std::size_t chunks = std::size_t((n + kChunk - 1) / kChunk);
  std::vector<int> bad(chunks, -1);
  parallelChunks(chunks, [&](std::size_t c) {
    const Eigen::Index first = Eigen::Index(c) * kChunk;
    const int m = int(std::min(kChunk, n - first));
    runSteps(source, x.data() + first, x.data() + n + first, m, first, from, to, seed, cancel, bad[c]);
  });
  if (cancel.cancelled()) return fail("cancelled");
  int firstBad = -1;
  for (int b : bad)
    if (b >= 0 && (firstBad < 0 || b < firstBad)) firstBad = b;
  if (firstBad >= 0)
    return fail("the " + source.name() + " score gave a value that is not a finite number at step " +
                std::to_string(firstBad + 1) + " (t = " + std::to_string(m_levels[std::size_t(firstBad)].time) +
                "): has the network diverged?");
  return Ok{};
}

Result<Points> Sampler::run(const ScoreSource& source, Eigen::Index n, std::uint64_t seed,
                            const CancelToken& cancel) const {
  Points x = startingPoints(n, seed);
  if (auto status = advance(source, x, 0, stepCount(), seed, cancel); !status) return fail(status.error());
  return x;
}

}  // namespace kx::core::diffusion
