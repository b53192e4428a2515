#!/usr/bin/python3
"""PyTorch (CPU) peer of `kexue-bench diffusion --variant learned` (W3,
docs/benchmarks.md): the training of the same eps-network by denoising
score matching as core/diffusion/learned_score.cpp, timed the same way (the
whole loop of N steps: drawing the batch, the forward pass, the loss, the
backward pass and the Adam step).

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread \
    /usr/bin/python3 scripts/bench_peers/diffusion_torch.py [--threads 2] [--blas-threads 1] \
        [--size small|full] [--seed 1] [--steps N]

Network and recipe as the lab's: input (x, y, sin(w_k t), cos(w_k t)) with
w_k = 1000 / 10000^(k/8), k < 8 (18 inputs), 3 x 128 ReLU, 2 outputs; Adam
lr 1e-3 (0.9, 0.999, 1e-8); batch 512 of the ring of 8 (radius 2, sd 0.1),
t ~ U(1e-3, 1) per example, the continuous linear VP schedule
-log alphaBar(t) = (0.1 t + 9.95 t^2) / 2, betaBar = sqrt(1 - alphaBar^2);
loss mean((eps - eps_theta(alphaBar x0 + betaBar eps, t))^2) over all
elements. Steps: 20,000 (full), 500 (small), as kexue-bench.

Prints one JSON line with the fields kexue-bench prints for the training
(seconds, throughput in training-steps/s, train_steps, batch,
final_loss_mean100). See nn_torch.py for OpenBLAS and the thread counts.
"""
import argparse
import json
import os
import sys
import time

# The GAN peer's ring of 8 and 3 x 128 ReLU MLP are the same; importing it
# also sets OPENBLAS_NUM_THREADS (from --blas-threads) before torch loads.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gan_torch import mlp, ring  # noqa: E402
import torch  # noqa: E402

FREQUENCIES = torch.tensor([1000.0 / 10000.0 ** (k / 8) for k in range(8)])
BATCH = 512
MIN_TIME = 1e-3


def alpha_bar(t):
    return torch.exp(-0.5 * (0.1 * t + 0.5 * 19.9 * t * t))


def step(net, opt):
    x0 = ring(BATCH)
    eps = torch.randn(BATCH, 2)
    t = MIN_TIME + (1 - MIN_TIME) * torch.rand(BATCH, 1)
    a = alpha_bar(t)
    b = torch.sqrt(1 - a * a)
    xt = a * x0 + b * eps
    wt = t * FREQUENCIES
    inp = torch.cat([xt, torch.sin(wt), torch.cos(wt)], dim=1)
    loss = ((net(inp) - eps) ** 2).mean()
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
    return loss.item()


def main():
    ap = argparse.ArgumentParser(description="PyTorch peer of kexue-bench diffusion --variant learned")
    for flag, default in (("--threads", 2), ("--blas-threads", 1), ("--seed", 1), ("--steps", 0)):
        ap.add_argument(flag, type=int, default=default)
    ap.add_argument("--size", choices=["small", "full"], default="full")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    steps = args.steps or (500 if args.size == "small" else 20000)
    net = mlp(18, 2)  # (x, y, 8 sines, 8 cosines) -> 3 x 128 ReLU -> eps
    opt = torch.optim.Adam(net.parameters(), lr=1e-3, betas=(0.9, 0.999), eps=1e-8)
    losses = []
    wall0 = time.perf_counter()
    for _ in range(steps):
        losses.append(step(net, opt))
    seconds = time.perf_counter() - wall0
    tail = losses[-100:]
    print(json.dumps({"workload": "diffusion", "variant": "learned", "peer": "pytorch " + torch.__version__,
                      "threads": args.threads, "blas_threads": args.blas_threads, "seconds": seconds,
                      "throughput": steps / seconds, "unit": "training-steps/s", "train_steps": steps,
                      "batch": BATCH, "final_loss_mean100": sum(tail) / len(tail)}))


if __name__ == "__main__":
    sys.exit(main())
