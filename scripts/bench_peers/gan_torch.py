#!/usr/bin/python3
"""PyTorch (CPU) peer of `kexue-bench gan` (W4, docs/benchmarks.md): the
same GAN on the 8-Gaussian ring as app/bench/bench_gan.cpp with the GAN lab's
defaults: G z ~ N(0, I_2) -> 3 x 128 ReLU -> 2, D 2 -> 3 x 128 ReLU -> 1,
Adam(1e-4, 0.5, 0.9) for both, batch 256, fresh batches every update, critic
steps per generator step 1 (sgan, rsgan, energy, langevin), 2 (ganqp), 5
(wgangp); losses as core/gan/gan_losses.cpp (docs/math.md §4.2, §4.4, §4.7,
§4.9, §4.13). The energy GAN's generator has the entropy term 0.5 E|z - E(G(z))|^2
through an encoder E 2 -> 2 x 64 ReLU -> 2 that G's Adam steps with G. The
critic is frozen in every generator update, as core/gan freezes it (§4.14).
`langevin` trains as `energy`, then runs MALA (§4.12) on U = -D with autograd
gradients from G(z), at the lab's temperature, 0.01 of U's spread over the
view, and step size 1e-3 (§4.15), as kexue-bench does.

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread \
    /usr/bin/python3 scripts/bench_peers/gan_torch.py [--threads 2] [--blas-threads 1] \
        [--size small|full] [--seed 1] [--steps N] [--particles N] [--langevin-steps N] \
        [--step-size E] [--temperature T] [variant ...]

Prints one JSON line per variant with the fields kexue-bench prints
(seconds, throughput, modes, hq, sw1 on 10,000 generated vs 100,000 exact
samples; same definitions as core/mixture/sample_quality.h; for langevin
the sampler's, with the training's as train_* and G's quality as g_*). See
nn_torch.py for why OpenBLAS and how the two thread counts interact.
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
CRITIC_STEPS = {"sgan": 1, "rsgan": 1, "ganqp": 2, "wgangp": 5, "energy": 1, "langevin": 1}
ENERGY = ("energy", "langevin")
ENTROPY_WEIGHT = 0.5  # the lab's lambda_2 (entropy_weight) and encoder width
ENCODER_WIDTH = 64


def ring(n):
    return CENTRES[torch.randint(0, 8, (n,))] + STD * torch.randn(n, 2)


def mlp(inp, out, width=128, depth=3):
    layers = [nn.Linear(inp, width), nn.ReLU()]
    for _ in range(depth - 1):
        layers += [nn.Linear(width, width), nn.ReLU()]
    return nn.Sequential(*layers, nn.Linear(width, out))


def d_loss(variant, D, real, fake, lam=10.0):
    if variant in ENERGY:
        real.requires_grad_(True)  # the zero-centred penalty differentiates D at the reals
    dr, df = D(real), D(fake)
    if variant == "sgan":
        return F.softplus(-dr).mean() + F.softplus(df).mean()
    if variant == "rsgan":
        return F.softplus(df - dr).mean()
    if variant == "ganqp":
        delta = dr - df
        norm = lam * ((real - fake).abs().mean(dim=1, keepdim=True) + 1e-6)
        return (-delta + 0.5 * delta ** 2 / norm).mean()
    if variant in ENERGY:
        g, = torch.autograd.grad(dr.sum(), real, create_graph=True)
        return df.mean() - dr.mean() + lam * g.pow(2).sum(dim=1).mean()
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
    return -df.mean()  # wgangp and the energy GAN


def critic_energy(D, x):
    """U = -D and grad U at the rows of x, by autograd w.r.t. the points."""
    x = x.detach().requires_grad_(True)
    u = -D(x)[:, 0]
    g, = torch.autograd.grad(u.sum(), x)
    return u.detach(), g


def energy_spread(D, grid=48):
    """U's 2nd to 98th percentile over the ring's view, on the cell centres of a
    grid x grid grid (core/gan/gan_frame.cpp windowFor and buildFrame, §4.15):
    the ring's means +- 3 stddev, padded by a third and made square."""
    half = (2.0 + 3 * 0.1) * (0.5 + 1.0 / 6) * 2
    centres = -half + 2 * half * (torch.arange(grid, dtype=torch.float32) + 0.5) / grid
    ys, xs = torch.meshgrid(centres, centres, indexing="ij")
    with torch.no_grad():
        u, _ = torch.sort(-D(torch.stack([xs.reshape(-1), ys.reshape(-1)], dim=1)).reshape(-1))
    n = u.numel()
    return (u[n - 1 - n // 50] - u[n // 50]).item()


def mala(D, x, steps, eps, temp):
    """MALA on exp(-U/T) (§4.12): proposals x - eps/2 grad U/T + sqrt(eps) xi, the
    Metropolis-Hastings ratio in double as core/sampling/langevin.cpp takes it."""
    u, g = critic_energy(D, x)
    accepted = 0
    for _ in range(steps):
        xi = torch.randn_like(x)
        y = x - (0.5 * eps / temp) * g + math.sqrt(eps) * xi
        uy, gy = critic_energy(D, y)
        backward = (x.double() - y.double() + (0.5 * eps / temp) * gy.double()).pow(2).sum(dim=1) / (2 * eps)
        log_ratio = -(uy.double() - u.double()) / temp - backward + 0.5 * xi.double().pow(2).sum(dim=1)
        accept = torch.rand(x.shape[0]).double().log() < log_ratio
        x, u, g = torch.where(accept[:, None], y, x), torch.where(accept, uy, u), torch.where(accept[:, None], gy, g)
        accepted += int(accept.sum())
    if not torch.isfinite(x).all():
        raise RuntimeError("MALA: the particles left the finite numbers")
    return x, accepted / (steps * x.shape[0])


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


def quality(points, prefix=""):
    modes, hq = coverage(points)
    return {prefix + "modes": modes, prefix + "hq": hq, prefix + "sw1": sliced_w1(points, ring(100000))}


def sample_critic(D, G, particles, steps, eps, temperature):
    """`langevin`: MALA on the trained critic's energy from G(z), timed from the
    start's energy evaluation on (bench_gan.cpp: sampleCritic)."""
    spread = energy_spread(D)
    temp = temperature * (spread if spread > 0 else 1.0)
    with torch.no_grad():
        start = G(torch.randn(particles, 2))
    wall0 = time.perf_counter()
    x, acceptance = mala(D, start, steps, eps, temp)
    wall = time.perf_counter() - wall0
    return {"seconds": wall, "throughput": particles * steps / wall, "unit": "particle-steps/s",
            "particles": particles, "langevin_steps": steps, "step_size": eps, "temperature": temp,
            "acceptance": acceptance, **quality(x)}


def run(variant, steps, seed, sampling):
    torch.manual_seed(seed)
    G, D = mlp(2, 2), mlp(2, 1)
    # The energy GAN's encoder, stepped by G's optimiser (§4.13).
    E = mlp(2, 2, ENCODER_WIDTH, depth=2) if variant in ENERGY else None
    generator_params = list(G.parameters()) + (list(E.parameters()) if E is not None else [])
    og = torch.optim.Adam(generator_params, lr=1e-4, betas=(0.5, 0.9))
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
        real, z = ring(batch), torch.randn(batch, 2)
        D.requires_grad_(False)  # no weight gradients for the critic in G's update
        fake = G(z)
        loss = g_loss(variant, D, real, fake)
        if E is not None:
            loss = loss + ENTROPY_WEIGHT * (z - E(fake)).pow(2).sum(dim=1).mean()
        og.zero_grad(set_to_none=False)
        loss.backward()
        og.step()
        D.requires_grad_(True)
    wall = time.perf_counter() - wall0
    cpu = time.process_time() - cpu0
    with torch.no_grad():
        fake = G(torch.randn(10000, 2))
    train = "train_" if variant == "langevin" else ""
    record = {"workload": "gan", "variant": variant, train + "seconds": wall, train + "throughput": steps / wall,
              train + "unit": "generator-steps/s", "steps": steps, "d_steps": CRITIC_STEPS[variant],
              train + "cpu_per_wall": cpu / wall, "seed": seed, "peer": "pytorch " + torch.__version__}
    if variant != "langevin":
        return {**record, **quality(fake)}
    D.requires_grad_(False)  # only the gradient at the points is needed
    return {**record, **quality(fake, "g_"), **sample_critic(D, G, *sampling)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--blas-threads", type=int, default=1)
    ap.add_argument("--size", choices=["small", "full"], default="full")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--steps", type=int, default=0)
    ap.add_argument("--particles", type=int, default=0, help="langevin: 100,000 (small: 2,000)")
    ap.add_argument("--langevin-steps", type=int, default=0, help="langevin: 1,000 (small: 100)")
    ap.add_argument("--step-size", type=float, default=1e-3, help="langevin: MALA's epsilon (the lab's default)")
    ap.add_argument("--temperature", type=float, default=0.01,
                    help="langevin: T in units of U's spread over the view (the lab's default)")
    ap.add_argument("variants", nargs="*", default=list(CRITIC_STEPS))
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    small = args.size == "small"
    steps = args.steps or (300 if small else 10000)
    sampling = (args.particles or (2000 if small else 100000), args.langevin_steps or (100 if small else 1000),
                args.step_size, args.temperature)
    for v in args.variants:
        print(json.dumps(run(v, steps, args.seed, sampling)), flush=True)


if __name__ == "__main__":
    main()
