#!/usr/bin/python3
"""PyTorch (CPU) peer of `kexue-bench nn`: the same training steps as
app/bench/bench_nn.cpp, timed the same way (5 warm-up steps, then N timed).

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread \
    /usr/bin/python3 scripts/bench_peers/nn_torch.py [--threads 2] [--blas-threads 1] [--size small|full]

Prints one JSON line per variant, with the fields kexue-bench prints.

Debian's torch does its matrix products through the system libblas.so.3,
which by default is the unoptimised reference BLAS; LD_LIBRARY_PATH above
points it at OpenBLAS (package libopenblas0-pthread) instead. --threads is
torch.set_num_threads (intra-op OpenMP threads), --blas-threads is OpenBLAS's
own pool; their product should not exceed the cores, or the two spin against
each other (measured: 6x slower with 2 x 2 on 2 cores).
"""
import argparse
import json
import os
import sys
import time


# OpenBLAS reads its thread count when it is loaded, i.e. when torch is imported.
if "--blas-threads" in sys.argv:
    os.environ["OPENBLAS_NUM_THREADS"] = sys.argv[sys.argv.index("--blas-threads") + 1]
else:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import torch  # noqa: E402
from torch import nn  # noqa: E402


def time_steps(steps, step):
    for _ in range(5):
        step()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    loss = 0.0
    for _ in range(steps):
        loss = step()
    wall = time.perf_counter() - wall0
    return {"seconds": wall, "throughput": steps / wall, "unit": "steps/s", "steps": steps,
            "cpu_per_wall": (time.process_time() - cpu0) / wall, "final_loss": loss}


def gan_d(small):
    # W4 discriminator 2 -> 3 x 128 ReLU -> 1, Adam(1e-4, 0.5, 0.9), 256 real + 256 fake.
    critic = nn.Sequential(nn.Linear(2, 128), nn.ReLU(), nn.Linear(128, 128), nn.ReLU(),
                           nn.Linear(128, 128), nn.ReLU(), nn.Linear(128, 1))
    opt = torch.optim.Adam(critic.parameters(), lr=1e-4, betas=(0.5, 0.9))
    batch = 256
    labels = torch.cat([torch.ones(batch, 1), torch.zeros(batch, 1)])
    bce = nn.BCEWithLogitsLoss()

    def step():
        x = torch.cat([2.0 * torch.randn(batch, 2), 0.5 * torch.randn(batch, 2)])
        loss = bce(critic(x), labels)
        opt.zero_grad(set_to_none=False)
        loss.backward()
        opt.step()
        return loss.item()

    record = time_steps(300 if small else 3000, step)
    record["batch"] = 2 * batch
    return record


def vae(small):
    # W5 VAE, d = 16, batch 100: 784 -> 512 ReLU -> (mu, logvar); 16 -> 512 ReLU -> 784.
    batch, pixels, latent = 100, 784, 16
    encoder = nn.Sequential(nn.Linear(pixels, 512), nn.ReLU(), nn.Linear(512, 2 * latent))
    decoder = nn.Sequential(nn.Linear(latent, 512), nn.ReLU(), nn.Linear(512, pixels))
    opt = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=1e-3)
    images = (torch.rand(batch, pixels) < 0.3).float()

    def step():
        h = encoder(images)
        mu, logvar = h[:, :latent], h[:, latent:]
        z = mu + torch.randn(batch, latent) * torch.exp(0.5 * logvar)
        logits = decoder(z)
        rec = nn.functional.binary_cross_entropy_with_logits(logits, images, reduction="sum")
        kl = 0.5 * torch.sum(mu * mu + torch.exp(logvar) - logvar - 1)
        loss = (rec + kl) / batch
        opt.zero_grad(set_to_none=False)
        loss.backward()
        opt.step()
        return loss.item()

    record = time_steps(20 if small else 300, step)
    record["batch"] = batch
    return record


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--size", choices=["small", "full"], default="full")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--blas-threads", type=int, default=1, help="OpenBLAS threads (read before import)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    for name, run in (("gan_d", gan_d), ("vae", vae)):
        record = {"workload": "nn", "variant": name, "size": args.size, "threads": torch.get_num_threads(),
                  "blas_threads": int(os.environ["OPENBLAS_NUM_THREADS"]),
                  "blas": os.environ.get("LD_LIBRARY_PATH", "system libblas.so.3"),
                  "peer": "pytorch " + torch.__version__}
        record.update(run(args.size == "small"))
        print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
