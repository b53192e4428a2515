#!/usr/bin/python3
"""PyTorch (CPU) peer of `kexue-bench gan` (W4, docs/benchmarks.md): the
same GAN on the 8-Gaussian ring as app/bench/bench_gan.cpp with the GAN lab's
defaults: G z ~ N(0, I_2) -> 3 x 128 ReLU -> 2, D 2 -> 3 x 128 ReLU -> 1,
Adam(1e-4, 0.5, 0.9) for both, batch 256, fresh batches every update, critic
steps per generator step 1 (sgan, rsgan), 2 (ganqp), 5 (wgangp); losses as
core/gan/gan_losses.cpp (docs/math.md §4.2, §4.4, §4.7).

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread \
    /usr/bin/python3 scripts/bench_peers/gan_torch.py [--threads 2] [--blas-threads 1] \
        [--size small|full] [--seed 1] [--steps N] [variant ...]

Prints one JSON line per variant with the fields kexue-bench prints
(seconds, throughput, modes, hq, sw1 on 10,000 generated vs 100,000 exact
samples; same definitions as core/mixture/sample_quality.h). See nn_torch.py
for why OpenBLAS and how the two thread counts interact.
"""
import argparse
import json
import math
import os
import sys
import time

if "--blas-threads" in sys.argv:
    os.environ["OPENBLAS_NUM_THREADS"] = sys.argv[sys.argv.index("--blas-threads") + 1]
else:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import torch  # noqa: E402
from torch import nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402

CENTRES = torch.tensor([[2 * math.cos(2 * math.pi * k / 8), 2 * math.sin(2 * math.pi * k / 8)] for k in range(8)])
STD = 0.1
CRITIC_STEPS = {"sgan": 1, "rsgan": 1, "ganqp": 2, "wgangp": 5}


def ring(n):
    return CENTRES[torch.randint(0, 8, (n,))] + STD * torch.randn(n, 2)


def mlp(inp, out):
    return nn.Sequential(nn.Linear(inp, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(),
                         nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, out))


def d_loss(variant, D, real, fake, lam=10.0):
    dr, df = D(real), D(fake)
    if variant == "sgan":
        return F.softplus(-dr).mean() + F.softplus(df).mean()
    if variant == "rsgan":
        return F.softplus(df - dr).mean()
    if variant == "ganqp":
        delta = dr - df
        norm = lam * ((real - fake).abs().mean(dim=1, keepdim=True) + 1e-6)
        return (-delta + 0.5 * delta ** 2 / norm).mean()
    eps = torch.rand(real.shape[0], 1)
    xh = (eps * real + (1 - eps) * fake).requires_grad_(True)
    g, = torch.autograd.grad(D(xh).sum(), xh, create_graph=True)
    gp = ((g.pow(2).sum(dim=1) + 1e-12).sqrt() - 1).pow(2).mean()
    return df.mean() - dr.mean() + lam * gp


def g_loss(variant, D, real, fake):
    df = D(fake)
    if variant == "sgan":
        return F.softplus(-df).mean()
    if variant == "rsgan":
        return F.softplus(D(real) - df).mean()
    if variant == "ganqp":
        return (D(real) - df).mean()
    return -df.mean()


def sliced_w1(a, b, directions=64):
    total = 0.0
    qs = torch.linspace(0, 1, 2001)[1:-1].double()
    for k in range(directions):
        t = math.pi * k / directions
        u = torch.tensor([math.cos(t), math.sin(t)])
        pa, pb = (a @ u).double().sort().values, (b @ u).double().sort().values
        # Exact W1 of two empirical laws of different sizes via their quantile
        # functions on a fine grid (the kexue side merges the step functions exactly).
        total += (torch.quantile(pa, qs, interpolation="lower") -
                  torch.quantile(pb, qs, interpolation="lower")).abs().mean().item()
    return total / directions


def coverage(samples, radius=3.0, min_share=0.025):
    dist = torch.cdist(samples, CENTRES) / STD
    best, idx = dist.min(dim=1)
    good = best <= radius
    counts = torch.bincount(idx[good], minlength=8).float()
    return int((counts >= min_share * samples.shape[0]).sum()), good.float().mean().item()


def run(variant, steps, seed):
    torch.manual_seed(seed)
    G, D = mlp(2, 2), mlp(2, 1)
    og = torch.optim.Adam(G.parameters(), lr=1e-4, betas=(0.5, 0.9))
    od = torch.optim.Adam(D.parameters(), lr=1e-4, betas=(0.5, 0.9))
    batch = 256
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for _ in range(steps):
        for _ in range(CRITIC_STEPS[variant]):
            with torch.no_grad():
                fake = G(torch.randn(batch, 2))
            loss = d_loss(variant, D, ring(batch), fake)
            od.zero_grad(set_to_none=False)
            loss.backward()
            od.step()
        loss = g_loss(variant, D, ring(batch), G(torch.randn(batch, 2)))
        og.zero_grad(set_to_none=False)
        loss.backward()
        og.step()
    wall = time.perf_counter() - wall0
    with torch.no_grad():
        fake = G(torch.randn(10000, 2))
    modes, hq = coverage(fake)
    return {"workload": "gan", "variant": variant, "seconds": wall, "throughput": steps / wall,
            "unit": "generator-steps/s", "steps": steps, "d_steps": CRITIC_STEPS[variant],
            "cpu_per_wall": (time.process_time() - cpu0) / wall, "modes": modes, "hq": hq,
            "sw1": sliced_w1(fake, ring(100000)), "seed": seed, "peer": "pytorch " + torch.__version__}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--blas-threads", type=int, default=1)
    ap.add_argument("--size", choices=["small", "full"], default="full")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--steps", type=int, default=0)
    ap.add_argument("variants", nargs="*", default=list(CRITIC_STEPS))
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    steps = args.steps or (300 if args.size == "small" else 10000)
    for v in args.variants:
        print(json.dumps(run(v, steps, args.seed)), flush=True)


if __name__ == "__main__":
    main()
