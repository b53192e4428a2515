#!/usr/bin/env python3
"""NumPy peer of kexue-bench W3 `diffusion` (docs/benchmarks.md).

The same samplers with the same exact score of the noised ring of 8, in
vectorised float32 NumPy: logits of all particles x components by
broadcasting, log-sum-exp with the row maximum, responsibilities, score.
Particles are processed in blocks of 16,384 (cache-sized) and, with
--threads > 1, the blocks are spread over threads (NumPy releases the GIL in
its ufuncs). Timings cover sampling only; the quality fields use W3's
definitions on 100,000 fresh exact samples.

Variant `empirical` (not in `all`): 20,000 particles (2,000 with --size small),
100 Heun steps of the heat probability-flow ODE dx/dt = -sigma sigma' score
(sigma = 0.002 (20/0.002)^t, t from 1 to 1e-3, start 20 z), with the exact
score of 2,000 points drawn from the ring (docs/math.md §3.9, §3.10), in
blocks of 1,024 particles (an (N, 2000) float32 array is 8 MB); quality: the
share of samples within 1e-2 of a cloud point and the median distance.

usage: python3 scripts/bench_peers/diffusion_numpy.py [ddpm|ddim|ode|all|empirical] [--size small|full] [--threads N] [--seed S]
"""
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

BLOCK = 16384
T = 1000


def ring8():
    k = np.arange(8)
    means = np.stack([2 * np.cos(2 * np.pi * k / 8), 2 * np.sin(2 * np.pi * k / 8)], 1)
    return means.astype(np.float32), np.full(8, 0.1, np.float32), np.full(8, 1 / 8, np.float32)


def exact_samples(n, rng):
    means, std, _ = ring8()
    idx = rng.integers(0, 8, n)
    return (means[idx] + std[idx, None] * rng.standard_normal((n, 2), dtype=np.float32)).astype(np.float32)


def score_eps(x, ab, bb, what):
    """Score (what='score') or eps = -bb * score of the noised mixture (docs/math.md §3.7)."""
    means, std, w = ring8()
    v = (ab * ab * std * std + bb * bb).astype(np.float32)  # (K,)
    c = (ab * means).astype(np.float32)  # (K, 2)
    dx = x[:, None, 0] - c[None, :, 0]  # (N, K)
    dy = x[:, None, 1] - c[None, :, 1]
    logit = np.log(w) - np.log(v) - (dx * dx + dy * dy) * (0.5 / v)
    logit -= logit.max(axis=1, keepdims=True)
    r = np.exp(logit)
    r /= r.sum(axis=1, keepdims=True)
    r /= v
    g = np.stack([(r * dx).sum(1), (r * dy).sum(1)], 1)
    return -g if what == "score" else np.float32(bb) * g


def schedule():
    beta_ho = np.linspace(1e-4, 0.02, T)
    ab = np.concatenate([[1.0], np.sqrt(np.cumprod(1 - beta_ho))])  # Su's alpha-bar (docs/math.md §3.0)
    return ab, np.sqrt(1 - ab * ab)


def ddpm_step(x, t, ab, bb, rng):
    """One ancestral DDPM step from t to t - 1; sigma_t = beta_t (Su), i.e. sigma_t^2 = beta_t^Ho."""
    alpha = ab[t] / ab[t - 1]
    beta2 = 1 - alpha * alpha
    eps = score_eps(x, ab[t], bb[t], "eps")
    x = np.float32(1 / alpha) * (x - np.float32(beta2 / bb[t]) * eps)
    return x + np.float32(np.sqrt(beta2)) * rng.standard_normal(x.shape, dtype=np.float32)


def run_block(variant, x, seed):
    rng = np.random.default_rng(seed)
    ab, bb = schedule()
    if variant == "ddpm":
        for t in range(T, 0, -1):
            x = ddpm_step(x, t, ab, bb, rng)
        return x
    if variant == "ddim":  # eta = 0, tau = round(linspace(999, 0, 50)) 0-based, then alpha-bar = 1
        grid = list(np.round(np.linspace(T, 1, 50)).astype(int)) + [0]
        for t, s in zip(grid[:-1], grid[1:]):
            eps = score_eps(x, ab[t], bb[t], "eps")
            x0 = (x - np.float32(bb[t]) * eps) / np.float32(ab[t])
            x = np.float32(ab[s]) * x0 + np.float32(bb[s]) * eps
        return x
    # ode: beta(t) = 0.1 + 19.9 t, Heun, 50 steps from t = 1 to 1e-3
    def drift(x, t):
        ib = 0.1 * t + 9.95 * t * t
        a, b = np.exp(-0.5 * ib), np.sqrt(-np.expm1(-ib))
        return np.float32(-0.5 * (0.1 + 19.9 * t)) * (x + score_eps(x, a, b, "score"))
    return heun(x, drift, 50)


def heun(x, field, steps):
    """Heun's method for dx/dt = field(x, t) from t = 1 down to 1e-3 in equal steps."""
    ts = np.linspace(1, 1e-3, steps + 1)
    for t0, t1 in zip(ts[:-1], ts[1:]):
        h = np.float32(t1 - t0)
        k1 = field(x, t0)
        k2 = field(x + h * k1, t1)
        x = x + np.float32(0.5) * h * (k1 + k2)
    return x


EMPIRICAL_BLOCK = 1024
SIGMA_MIN, SIGMA_MAX = 0.002, 20.0


def cloud_score(x, cloud, sigma):
    """Exact score of the cloud blurred by N(0, sigma^2 I): softmax over points by log-sum-exp."""
    dx = x[:, None, 0] - cloud[None, :, 0]  # (N, M)
    dy = x[:, None, 1] - cloud[None, :, 1]
    logit = (dx * dx + dy * dy) * np.float32(-0.5 / (sigma * sigma))
    logit -= logit.max(axis=1, keepdims=True)
    r = np.exp(logit)
    r /= r.sum(axis=1, keepdims=True)
    return np.stack([(r * dx).sum(1), (r * dy).sum(1)], 1) * np.float32(-1 / (sigma * sigma))


def run_empirical(x, cloud):
    log_ratio = np.log(SIGMA_MAX / SIGMA_MIN)

    def field(x, t):  # -sigma sigma' score, sigma' = sigma ln(sigma_max / sigma_min)
        sigma = SIGMA_MIN * (SIGMA_MAX / SIGMA_MIN) ** t
        return np.float32(-sigma * sigma * log_ratio) * cloud_score(x, cloud, sigma)
    return heun(x, field, 100)


def memorised(x, cloud):
    d = np.concatenate([np.sqrt(((x[i:i + 1024, None, :] - cloud[None]) ** 2).sum(-1)).min(1)
                        for i in range(0, len(x), 1024)])
    return float((d <= 1e-2).mean()), float(np.median(d))


def main_empirical(size, threads, seed):
    n = 2000 if size == "small" else 20000
    cloud = exact_samples(2000, np.random.default_rng(seed + 7))
    start = np.float32(SIGMA_MAX) * np.random.default_rng(seed).standard_normal((n, 2), dtype=np.float32)
    blocks = [start[i:i + EMPIRICAL_BLOCK] for i in range(0, n, EMPIRICAL_BLOCK)]
    t0 = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        out = list(pool.map(lambda b: run_empirical(b, cloud), blocks))
    seconds = time.perf_counter() - t0
    x = np.concatenate(out)
    share, median = memorised(x, cloud)
    print(json.dumps({"workload": "diffusion", "variant": "empirical", "peer": "numpy " + np.__version__,
                      "size": size, "threads": threads, "seconds": seconds,
                      "throughput": n * 100 / seconds, "unit": "particle-steps/s", "particles": n,
                      "cloud_points": 2000, "score_evals": 200, "sw1": sliced_w1(x, cloud),
                      "memorised": share, "median_distance": median}), flush=True)


def sliced_w1(a, b, directions=64):
    th = np.pi * np.arange(directions) / directions
    total = 0.0
    qa, qb = (np.arange(len(a)) + 0.5) / len(a), (np.arange(len(b)) + 0.5) / len(b)
    for t in th:
        pa = np.sort(a.astype(np.float64) @ np.array([np.cos(t), np.sin(t)]))
        pb = np.sort(b.astype(np.float64) @ np.array([np.cos(t), np.sin(t)]))
        if len(pa) == len(pb):
            total += np.abs(pa - pb).mean()
        else:  # integrate |F^-1 - G^-1| on the merged quantile grid
            q = np.union1d(qa, qb)
            total += np.abs(np.interp(q, qa, pa) - np.interp(q, qb, pb)).mean()
    return total / directions


def modes_hq(x):
    means, std, _ = ring8()
    d = np.sqrt(((x[:, None, :] - means[None]) ** 2).sum(-1)) / std[None]
    k = d.argmin(1)
    inside = d[np.arange(len(x)), k] <= 3
    counts = np.bincount(k[inside], minlength=8)
    return int((counts >= 0.025 * len(x)).sum()), float(inside.mean())


def main():
    args = sys.argv[1:]
    variants = ["ddpm", "ddim", "ode"]
    if args and not args[0].startswith("--"):
        variants = variants if args[0] == "all" else [args.pop(0)]
    size, threads, seed = "full", 1, 1
    for i in range(0, len(args) - 1, 2):
        if args[i] == "--size": size = args[i + 1]
        if args[i] == "--threads": threads = int(args[i + 1])
        if args[i] == "--seed": seed = int(args[i + 1])
    if variants == ["empirical"]:
        return main_empirical(size, threads, seed)
    n = 10000 if size == "small" else 100000
    for variant in variants:
        start = np.random.default_rng(seed).standard_normal((n, 2), dtype=np.float32)
        blocks = [start[i:i + BLOCK] for i in range(0, n, BLOCK)]
        t0 = time.perf_counter()
        with ThreadPoolExecutor(threads) as pool:
            out = list(pool.map(lambda ib: run_block(variant, ib[1], seed * 1000 + ib[0]), enumerate(blocks)))
        seconds = time.perf_counter() - t0
        x = np.concatenate(out)
        ref = exact_samples(100000, np.random.default_rng(seed + 1000003))
        modes, hq = modes_hq(x)
        steps = {"ddpm": 1000, "ddim": 50, "ode": 50}[variant]
        evals = {"ddpm": 1000, "ddim": 50, "ode": 100}[variant]
        print(json.dumps({"workload": "diffusion", "variant": variant, "peer": "numpy " + np.__version__,
                          "size": size, "threads": threads, "seconds": seconds,
                          "throughput": n * steps / seconds, "unit": "particle-steps/s",
                          "score_evals": evals, "sw1": sliced_w1(x, ref), "modes": modes, "hq": hq}), flush=True)


if __name__ == "__main__":
    main()
