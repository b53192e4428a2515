#!/usr/bin/python3
"""Peers of `kexue-bench phase` (W1). Prints one JSON line like kexue-bench.

  phase_scipy.py               SciPy's solve_ivp (RK45 = Dormand-Prince 5(4)) on the
                               4096 competition-model trajectories one by one,
                               rtol 1e-8, atol 1e-10 (the bench's `trajectories`)
  phase_scipy.py vectorised    the same 4096 trajectories as one system of 8192
                               equations (one step size for all: the usual NumPy way)
  phase_scipy.py field         NumPy: u, v and |F| as float32 on a 1024 x 1024 grid
                               over the same box (the bench's `field`)
"""
import json
import sys
import time

import numpy as np
from scipy.integrate import solve_ivp

r1, n1, a1, r2, n2, a2 = 0.1, 500.0, 1e-4, 0.3, 1 / 0.003, 2e-4


def rhs(_t, x):
    return [r1 * x[0] * (1 - x[0] / n1) - a1 * x[0] * x[1], r2 * x[1] * (1 - x[1] / n2) - a2 * x[0] * x[1]]


def rhs_all(_t, z):
    x, y = z[:4096], z[4096:]
    return np.concatenate([r1 * x * (1 - x / n1) - a1 * x * y, r2 * y * (1 - y / n2) - a2 * x * y])


def starts():
    xs, ys = np.meshgrid(np.linspace(1, 600, 64), np.linspace(1, 500, 64))
    return xs.ravel(), ys.ravel()


def one_by_one():
    x0, y0 = starts()
    start = time.perf_counter()
    worst, steps = 0.0, 0
    for x, y in zip(x0, y0):
        sol = solve_ivp(rhs, (0, 400), [x, y], method="RK45", rtol=1e-8, atol=1e-10)
        steps += sol.t.size - 1
        worst = max(worst, float(np.hypot(sol.y[0, -1] - 375, sol.y[1, -1] - 250)))
    seconds = time.perf_counter() - start
    return {"variant": "trajectories", "peer": "scipy.solve_ivp RK45", "seconds": seconds,
            "throughput": 4096 / seconds, "accepted_steps": steps, "max_err_equilibrium": worst}


def vectorised():
    x0, y0 = starts()
    start = time.perf_counter()
    sol = solve_ivp(rhs_all, (0, 400), np.concatenate([x0, y0]), method="RK45", rtol=1e-8, atol=1e-10)
    seconds = time.perf_counter() - start
    end = sol.y[:, -1]
    worst = float(np.max(np.hypot(end[:4096] - 375, end[4096:] - 250)))
    return {"variant": "vectorised", "peer": "scipy.solve_ivp RK45, one system", "seconds": seconds,
            "throughput": 4096 / seconds, "accepted_steps": int(sol.t.size - 1), "max_err_equilibrium": worst}


def field():
    xs = np.linspace(1, 600, 1024, dtype=np.float32)
    ys = np.linspace(1, 500, 1024, dtype=np.float32)
    times = []
    for _ in range(5):  # the first run, as kexue-bench times one, and the best of five
        start = time.perf_counter()
        x, y = np.meshgrid(xs, ys)
        u = np.float32(r1) * x * (1 - x / np.float32(n1)) - np.float32(a1) * x * y
        v = np.float32(r2) * y * (1 - y / np.float32(n2)) - np.float32(a2) * x * y
        speed = np.hypot(u, v)
        times.append(time.perf_counter() - start)
    assert u.dtype == v.dtype == speed.dtype == np.float32
    return {"variant": "field", "peer": "numpy float32", "seconds": times[0], "best_seconds": min(times),
            "throughput": 1024 * 1024 / times[0]}


def main():
    variant = sys.argv[1] if len(sys.argv) > 1 else "trajectories"
    run = {"trajectories": one_by_one, "vectorised": vectorised, "field": field}.get(variant)
    if run is None:
        sys.exit(f"phase_scipy.py: unknown variant '{variant}' (trajectories, vectorised, field)")
    print(json.dumps({"workload": "phase", **run()}))


if __name__ == "__main__":
    main()
