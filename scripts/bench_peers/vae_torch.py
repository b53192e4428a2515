#!/usr/bin/python3
"""PyTorch (CPU) peer of `kexue-bench vae` (W5, docs/benchmarks.md): the
same VAE, data split, optimiser and metrics as app/bench/bench_vae.cpp.

    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread \
    /usr/bin/python3 scripts/bench_peers/vae_torch.py [--threads 2] [--blas-threads 1] \
        [--variant d16] [--epochs 10] [--mnist ../shared/data/mnist]

Prints one JSON line per variant. See nn_torch.py on OpenBLAS vs torch threads.
Weights use PyTorch's default nn.Linear initialisation, which core/vae's model
copies (vae_model.cpp explains why it matters for d2); --init he gives
core/nn's He-normal weights with zero biases instead, to show the difference.
Active units are counted both by W5's definition (KL per dimension > 0.01
nats) and by Burda et al.'s (variance of the posterior mean > 0.01).
"""
import argparse
import gzip
import json
import os
import sys
import time

if "--blas-threads" in sys.argv:
    os.environ["OPENBLAS_NUM_THREADS"] = sys.argv[sys.argv.index("--blas-threads") + 1]
else:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import torch  # noqa: E402
from torch import nn  # noqa: E402


def load(folder):
    img = gzip.open(os.path.join(folder, "t10k-images-idx3-ubyte.gz")).read()[16:]
    x = torch.frombuffer(bytearray(img), dtype=torch.uint8).float().view(10000, 784) / 255.0
    return x[:9000], x[9000:]


class Vae(nn.Module):
    def __init__(self, d, bn, tau=0.5):
        super().__init__()
        self.d, self.bn, self.tau = d, bn, tau
        self.enc = nn.Sequential(nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 2 * d))
        self.dec = nn.Sequential(nn.Linear(d, 512), nn.ReLU(), nn.Linear(512, 784))
        if bn:  # docs/math.md §5.2: BN without affine, eps 1e-8, momentum 0.1
            self.bn_mu = nn.BatchNorm1d(d, affine=False, eps=1e-8, momentum=0.1)
            self.bn_s = nn.BatchNorm1d(d, affine=False, eps=1e-8, momentum=0.1)
            self.theta = nn.Parameter(torch.zeros(d))

    def posterior_mean(self, x):
        a = self.enc(x)[:, : self.d]
        if self.bn:
            return self.bn_mu(a) * torch.sqrt(self.tau + (1 - self.tau) * torch.sigmoid(self.theta))
        return a

    def forward(self, x, eps):
        h = self.enc(x)
        a, b = h[:, : self.d], h[:, self.d:]
        if self.bn:
            s = torch.sigmoid(self.theta)
            mu = self.bn_mu(a) * torch.sqrt(self.tau + (1 - self.tau) * s)
            sigma = self.bn_s(b) * torch.sqrt((1 - self.tau) * (1 - s))
            var = sigma ** 2 + 1e-8
        else:
            mu, var = a, torch.exp(b)
            sigma = torch.exp(0.5 * b)
        kl = 0.5 * (mu ** 2 + var - torch.log(var) - 1)
        logits = self.dec(mu + sigma * eps)
        recon = nn.functional.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(1)
        return recon, kl


def he_init(model):
    """core/nn's former Linear init (W ~ N(0, 2 / fan_in), b = 0), to show its effect (--init he)."""
    for m in model.modules():
        if isinstance(m, nn.Linear):
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            nn.init.zeros_(m.bias)


def run(variant, train, held, epochs, seed, init="torch"):
    torch.manual_seed(seed)
    d, bn = int(variant[1:].replace("bn", "")), variant.endswith("bn")
    model = Vae(d, bn)
    if init == "he":
        he_init(model)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    seconds = 0.0
    for _ in range(epochs):
        model.train()
        t0 = time.perf_counter()
        for idx in torch.randperm(9000).split(100):
            x = train[idx]
            recon, kl = model(x, torch.randn(len(idx), d))
            loss = (recon + kl.sum(1)).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        seconds += time.perf_counter() - t0
    model.eval()
    with torch.no_grad():
        recon, kl = model(held, torch.randn(len(held), d))
        mu = model.posterior_mean(held)
    kl_dim = kl.mean(0)
    mean_var = mu.var(0, unbiased=False)  # Burda et al. 2016: active when Cov_x E[z|x] > 0.01
    return {"workload": "vae", "variant": variant, "peer": "pytorch", "seconds": seconds / epochs,
            "unit": "s/epoch", "epochs": epochs, "neg_elbo": float(recon.mean() + kl_dim.sum()),
            "recon": float(recon.mean()), "kl": float(kl_dim.sum()),
            "active_units": int((kl_dim > 0.01).sum()), "active_units_mean_var": int((mean_var > 0.01).sum()),
            "min_kl_per_dim": float(kl_dim.min()), "min_mean_var": float(mean_var.min()),
            "kl_below_tau_floor": int((kl_dim < model.tau / 2).sum()),  # under the least BN floor (§5.2)
            "threads": torch.get_num_threads(), "init": init}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--blas-threads", type=int, default=1)
    p.add_argument("--variant", action="append")
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--init", choices=["torch", "he"], default="torch")
    p.add_argument("--mnist", default=os.path.join(os.path.dirname(__file__), "../../../shared/data/mnist"))
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    train, held = load(a.mnist)
    for v in a.variant or ["d2", "d16", "d64", "d16bn", "d64bn"]:
        print(json.dumps(run(v, train, held, a.epochs, a.seed, a.init)), flush=True)


if __name__ == "__main__":
    main()
