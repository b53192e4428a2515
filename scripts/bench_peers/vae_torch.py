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
Variant fvae is the f-VAE of docs/math.md §5.7 (core/vae/fvae_model.h): the
same layers, initialisation (nn.Linear's, the couplings' last layers zero,
actnorm at the identity, random permutations), Adam, batches and loss.
Variant biganqp is BiGAN-QP of docs/math.md §5.8 (core/vae/biganqp_model.h):
the same E, G, T, GAN-QP distance, guide terms with stop-gradients (detach),
Adam, two critic updates and one E, G update per batch, and metrics.
"""
import math
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


class FlowStep(nn.Module):
    """Actnorm, affine coupling (tanh log-scales), fixed random permutation: core/vae/flow.h."""

    def __init__(self, dim, width):
        super().__init__()
        self.half = dim // 2
        self.log_scale = nn.Parameter(torch.zeros(dim))
        self.bias = nn.Parameter(torch.zeros(dim))
        self.net = nn.Sequential(nn.Linear(self.half, width), nn.ReLU(), nn.Linear(width, 2 * (dim - self.half)))
        nn.init.zeros_(self.net[2].weight)  # Glow: each coupling starts as the identity
        nn.init.zeros_(self.net[2].bias)
        self.register_buffer("order", torch.randperm(dim))

    def forward(self, y):
        y = y * torch.exp(self.log_scale) + self.bias
        a, b = y[:, : self.half], y[:, self.half:]
        h = self.net(a)
        s, t = torch.tanh(h[:, : b.shape[1]]), h[:, b.shape[1]:]
        y = torch.cat([a, b * torch.exp(s) + t], 1)[:, self.order]
        return y, self.log_scale.sum() + s.sum(1)


class FVae(nn.Module):
    """z = F(sigma1 u + E(x)), q(x|z) = N(x; sigmoid(G(F^-1(z))), sigma2^2), dim z = 784 (docs/math.md §5.7)."""

    def __init__(self, dim=784, width=512, steps=4, flow_width=512, sigma1=0.1, sigma2=0.1):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(dim, width), nn.ReLU(), nn.Linear(width, dim))
        self.dec = nn.Sequential(nn.Linear(dim, width), nn.ReLU(), nn.Linear(width, dim))
        self.flow = nn.ModuleList(FlowStep(dim, flow_width) for _ in range(steps))
        self.log_s1 = nn.Parameter(torch.tensor(math.log(sigma1)))
        self.log_s2 = nn.Parameter(torch.tensor(math.log(sigma2)))

    def forward(self, x, u):
        d = x.shape[1]
        y = u * torch.exp(self.log_s1) + self.enc(x)
        z, log_det = y, d * self.log_s1  # log|det dz/du| = D log sigma1 + the flow's
        for step in self.flow:
            z, ld = step(z)
            log_det = log_det + ld
        kl = 0.5 * (z ** 2).sum(1) - log_det - 0.5 * d  # nn::flowKl
        mean = torch.sigmoid(self.dec(y))  # G(F^-1(z)) = G(y)
        recon = ((x - mean) ** 2).sum(1) / (2 * torch.exp(2 * self.log_s2)) + d * self.log_s2 \
            + 0.5 * d * math.log(2 * math.pi)
        return recon, kl


def run_fvae(train, held, epochs, seed):
    torch.manual_seed(seed)
    model = FVae()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    seconds = 0.0
    for _ in range(epochs):
        t0 = time.perf_counter()
        for idx in torch.randperm(9000).split(100):
            recon, kl = model(train[idx], torch.randn(len(idx), 784))
            loss = (recon + kl).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        seconds += time.perf_counter() - t0
    with torch.no_grad():
        recon, kl = model(held, torch.randn(len(held), 784))
    return {"workload": "vae", "variant": "fvae", "peer": "pytorch", "seconds": seconds / epochs,
            "unit": "s/epoch", "epochs": epochs, "neg_elbo": float((recon + kl).mean()),
            "recon": float(recon.mean()), "kl": float(kl.mean()),
            "sigma1": float(torch.exp(model.log_s1)), "sigma2": float(torch.exp(model.log_s2)),
            "threads": torch.get_num_threads()}


def sharpness(images):
    """Mean |forward-difference gradient| over the 27 x 27 pixels having both differences (math.md §5.8)."""
    im = images.view(-1, 28, 28)
    gx = im[:, :-1, 1:] - im[:, :-1, :-1]
    gy = im[:, 1:, :-1] - im[:, :-1, :-1]
    return float(torch.sqrt(gx ** 2 + gy ** 2).mean())


def run_biganqp(train, held, epochs, seed, d=32, lam=10.0, beta1=2.0, beta2=3.0, critic_steps=2):
    torch.manual_seed(seed)
    enc = nn.Sequential(nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, d))
    gen = nn.Sequential(nn.Linear(d, 512), nn.ReLU(), nn.Linear(512, 784), nn.Sigmoid())
    critic = nn.Sequential(nn.Linear(784 + d, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 1))
    opt_t = torch.optim.Adam(critic.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_eg = torch.optim.Adam(list(enc.parameters()) + list(gen.parameters()), lr=2e-4, betas=(0.5, 0.999))

    def score(x, z):
        return critic(torch.cat([x, z], 1))[:, 0]

    seconds, loss_eg, loss_t = 0.0, 0.0, 0.0
    for _ in range(epochs):
        t0 = time.perf_counter()
        loss_eg = 0.0
        for idx in torch.randperm(9000).split(100):
            x = train[idx]
            for _ in range(critic_steps):  # E and G are data here
                z = torch.randn(len(idx), d)
                with torch.no_grad():
                    zr, xf = enc(x), gen(z)
                delta = score(x, zr) - score(xf, z)
                # lambda d, d = mean |x_r - x_f| + mean |z_r - z_f|, each with core/gan's 1e-6 floor
                norm = lam * ((x - xf).abs().mean(1) + 1e-6) + lam * ((zr - z).abs().mean(1) + 1e-6)
                loss = (-delta + delta ** 2 / (2 * norm)).mean()
                opt_t.zero_grad()
                loss.backward()
                opt_t.step()
                loss_t = float(loss)
            z = torch.randn(len(idx), d)
            zr, xf = enc(x), gen(z)
            for p in critic.parameters():
                p.requires_grad_(False)
            loss = (score(x, zr) - score(xf, z)).mean() + beta1 * ((z - enc(xf.detach())) ** 2).mean() \
                + beta2 * ((x - gen(zr.detach())) ** 2).mean()
            opt_eg.zero_grad()
            loss.backward()
            opt_eg.step()
            for p in critic.parameters():
                p.requires_grad_(True)
            loss_eg += float(loss)
        seconds += time.perf_counter() - t0
    with torch.no_grad():
        rec = gen(enc(held))
    return {"workload": "vae", "variant": "biganqp", "peer": "pytorch", "seconds": seconds / epochs,
            "unit": "s/epoch", "epochs": epochs, "latent": d, "recon_mse": float(((held - rec) ** 2).mean()),
            "sharpness": sharpness(rec), "data_sharpness": sharpness(held), "loss_eg": loss_eg / 90,
            "loss_critic": loss_t, "threads": torch.get_num_threads()}


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
    for v in a.variant or ["d2", "d16", "d64", "d16bn", "d64bn", "fvae", "biganqp"]:
        if v == "fvae":
            r = run_fvae(train, held, a.epochs, a.seed)
        elif v == "biganqp":
            r = run_biganqp(train, held, a.epochs, a.seed)
        else:
            r = run(v, train, held, a.epochs, a.seed, a.init)
        print(json.dumps(r), flush=True)


if __name__ == "__main__":
    main()
