#!/usr/bin/env python3
"""NumPy peer of kexue-bench W2 (docs/benchmarks.md): walk1d and walk2d.

Every walker's position exists after every step, as in the app. The fastest
honest variants we found are measured and the best is reported:
  walk1d  'unpack'   : one packed random bit per walker-step (rng.bytes ->
                       np.unpackbits) added into int16 positions, all walkers
                       per step;
          'blocked'  : the same on blocks of 65,536 walkers that stay in
                       cache while they take all their steps;
          'threads'  : 'blocked' with one generator per block spread over
                       threads (NumPy releases the GIL inside ufuncs).
  walk2d  'steps'    : float32 standard normals (ziggurat) per step, added
                       into float32 positions; 'threads' the same by blocks
                       of walkers over threads.
Timings include the final histogram (np.bincount) or MSD, as in the bench.
Prints one JSON object per line, like kexue-bench.

usage: /usr/bin/python3 scripts/bench_peers/walk_numpy.py [walk1d|walk2d] [--size small|full] [--threads N]
"""
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from math import lgamma, log

BLOCK = 1 << 16


def binomial_probabilities(n):
    k = np.arange(n + 1)
    logp = np.array([lgamma(n + 1) - lgamma(i + 1) - lgamma(n - i + 1) for i in k]) - n * log(2)
    return np.exp(logp)  # P(S_n = 2k - n), docs/math.md §2.1


def chi_square(counts, probs):
    """Pool bins left to right until the expected count reaches 5."""
    total = counts.sum()
    obs, exp_, o, e = [], [], 0.0, 0.0
    for c, p in zip(counts, probs):
        o += c
        e += p * total
        if e >= 5:
            obs.append(o); exp_.append(e); o = e = 0.0
    obs[-1] += o; exp_[-1] += e
    obs, exp_ = np.array(obs), np.array(exp_)
    stat = float(((obs - exp_) ** 2 / exp_).sum())
    dof = len(obs) - 1
    try:
        from scipy.stats import chi2
        p = float(chi2.sf(stat, dof))
    except ImportError:
        # Wilson-Hilferty normal approximation of the chi-square tail.
        from math import erfc, sqrt
        z = ((stat / dof) ** (1 / 3) - (1 - 2 / (9 * dof))) / sqrt(2 / (9 * dof))
        p = 0.5 * erfc(z / sqrt(2))
    return stat, dof, p


def walk1d_unpack(M, n, threads):
    rng = np.random.Generator(np.random.SFC64(1))
    pos = np.zeros(M, np.int16)
    for _ in range(n):
        bits = np.unpackbits(np.frombuffer(rng.bytes((M + 7) // 8), np.uint8), count=M).view(np.int8)
        pos += bits; pos += bits; pos -= 1  # +1 or -1 per walker
    return pos


def walk1d_blocked_block(pos, start, n, seed):
    rng = np.random.Generator(np.random.SFC64([seed, start]))
    p = pos[start:start + BLOCK]
    m = len(p)
    for _ in range(n):
        bits = np.unpackbits(np.frombuffer(rng.bytes((m + 7) // 8), np.uint8), count=m).view(np.int8)
        p += bits; p += bits; p -= 1


def walk1d_blocked(M, n, threads):
    pos = np.zeros(M, np.int16)
    for s in range(0, M, BLOCK):
        walk1d_blocked_block(pos, s, n, 1)
    return pos


def walk1d_threads(M, n, threads):
    pos = np.zeros(M, np.int16)
    with ThreadPoolExecutor(threads) as ex:
        list(ex.map(lambda s: walk1d_blocked_block(pos, s, n, 1), range(0, M, BLOCK)))
    return pos


def walk2d_block(x, y, start, n, block, seed, msd):
    rng = np.random.Generator(np.random.SFC64([seed, start]))
    bx, by = x[start:start + block], y[start:start + block]
    m = len(bx)
    step = np.empty(m, np.float32)
    for t in range(1, n + 1):
        rng.standard_normal(m, dtype=np.float32, out=step); bx += step
        rng.standard_normal(m, dtype=np.float32, out=step); by += step
        if t in msd:
            msd[t][start] = float(np.dot(bx, bx) + np.dot(by, by))


def walk2d(M, n, threads, block):
    x = np.zeros(M, np.float32); y = np.zeros(M, np.float32)
    msd = {10: {}, 100: {}, 1000: {}}
    starts = range(0, M, block)
    if threads > 1:
        with ThreadPoolExecutor(threads) as ex:
            list(ex.map(lambda s: walk2d_block(x, y, s, n, block, 1, msd), starts))
    else:
        for s in starts:
            walk2d_block(x, y, s, n, block, 1, msd)
    return x, y, {t: sum(v.values()) / M for t, v in msd.items()}


def main():
    args = sys.argv[1:]
    workloads = [a for a in args if a in ("walk1d", "walk2d")] or ["walk1d", "walk2d"]
    small = "--size" in args and args[args.index("--size") + 1] == "small"
    threads = int(args[args.index("--threads") + 1]) if "--threads" in args else os.cpu_count()
    n = 1000
    if "walk1d" in workloads:
        M = 100_000 if small else 1_000_000
        for name, f in (("unpack", walk1d_unpack), ("blocked", walk1d_blocked), ("threads", walk1d_threads)):
            t0 = time.perf_counter()
            pos = f(M, n, threads)
            counts = np.bincount((pos.astype(np.int32) + n) // 2, minlength=n + 1)  # sites -n..n step 2
            seconds = time.perf_counter() - t0
            stat, dof, p = chi_square(counts, binomial_probabilities(n))
            print(json.dumps({"workload": "walk1d", "peer": "numpy", "variant": name, "size": "small" if small else "full",
                              "threads": threads if name == "threads" else 1, "seconds": seconds,
                              "throughput": M * n / seconds, "unit": "walker-steps/s",
                              "mean": float(pos.mean()), "variance": float(pos.var(ddof=1)),
                              "chi2": stat, "chi2_dof": dof, "chi2_p_value": p}), flush=True)
    if "walk2d" in workloads:
        M = 20_000 if small else 100_000
        for name, th, block in (("steps", 1, M), ("threads", threads, 8192)):
            t0 = time.perf_counter()
            x, y, msd = walk2d(M, n, th, block)
            seconds = time.perf_counter() - t0
            print(json.dumps({"workload": "walk2d", "peer": "numpy", "variant": name, "size": "small" if small else "full",
                              "threads": th, "seconds": seconds, "throughput": M * n / seconds,
                              "unit": "walker-steps/s", "msd_10": msd[10], "msd_100": msd[100],
                              "msd_1000": msd[1000]}), flush=True)


if __name__ == "__main__":
    main()
