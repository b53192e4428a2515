#!/usr/bin/python3
"""Peer of `kexue-bench phase` (W1): SciPy's solve_ivp (RK45 = Dormand-Prince
5(4)) integrating the same 4096 competition-model trajectories one by one with
the same tolerances. Prints one JSON line like kexue-bench."""
import json
import time

import numpy as np
from scipy.integrate import solve_ivp

r1, n1, a1, r2, n2, a2 = 0.1, 500.0, 1e-4, 0.3, 1 / 0.003, 2e-4


def rhs(_t, x):
    return [r1 * x[0] * (1 - x[0] / n1) - a1 * x[0] * x[1], r2 * x[1] * (1 - x[1] / n2) - a2 * x[0] * x[1]]


def main():
    xs = np.linspace(1, 600, 64)
    ys = np.linspace(1, 500, 64)
    start = time.perf_counter()
    worst = 0.0
    steps = 0
    for y in ys:
        for x in xs:
            sol = solve_ivp(rhs, (0, 400), [x, y], method="RK45", rtol=1e-8, atol=1e-10)
            steps += sol.t.size - 1
            worst = max(worst, float(np.hypot(sol.y[0, -1] - 375, sol.y[1, -1] - 250)))
    seconds = time.perf_counter() - start
    print(json.dumps({"workload": "phase", "peer": "scipy.solve_ivp RK45", "seconds": seconds,
                      "throughput": 4096 / seconds, "accepted_steps": steps, "max_err_equilibrium": worst}))


if __name__ == "__main__":
    main()
