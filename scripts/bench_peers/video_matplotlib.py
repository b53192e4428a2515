#!/usr/bin/python3
"""W8 `video` peer: matplotlib's FuncAnimation.save with ffmpeg, the scene of
`kexue-bench video` (docs/benchmarks.md): the diffusion lab's sampling view of
DDPM on the ring of 8 at 1280 x 720 — 20,000 particles, the exact log-density
on a 200 x 200 grid at each frame's time, the score on a 21 x 21 arrow grid,
8 particle trajectories, title, axes and a colourbar — 300 frames at 30 fps
from 201 recorded frames (every 5 of the 1,000 steps), encoded by libx264
with the same settings as ours (crf 20, preset veryfast, yuv420p).

The sampling and the frames' data are computed first and not timed; the time
is FuncAnimation.save, drawing and encoding every frame.

Run: python3 scripts/bench_peers/video_matplotlib.py [--frames 300] [--out FILE]
"""
import argparse
import json
import os
import sys
import tempfile
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.animation import FFMpegWriter, FuncAnimation  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from diffusion_numpy import T, ddpm_step, ring8, schedule, score_eps  # noqa: E402

PARTICLES, CELLS, ARROWS, TRACKED, EVERY = 20000, 200, 21, 8, 5
HALF = 3.0  # the view's half width


def log_density(ab, bb, grid):
    """log p_t of the noised ring of 8 on the grid's points (docs/math.md §3.1)."""
    means, std, w = ring8()
    v = ab * ab * std * std + bb * bb
    d2 = ((grid[:, None, :] - ab * means[None]) ** 2).sum(-1)
    logit = np.log(w) - np.log(2 * np.pi * v) - d2 / (2 * v)
    m = logit.max(1, keepdims=True)
    return (m[:, 0] + np.log(np.exp(logit - m).sum(1))).astype(np.float32)


def record(seed):
    """The DDPM run, keeping every EVERY-th step's particles, density, score arrows."""
    rng = np.random.default_rng(seed)
    ab, bb = schedule()
    x = rng.standard_normal((PARTICLES, 2), dtype=np.float32)
    c = (np.arange(CELLS) + 0.5) / CELLS * 2 * HALF - HALF
    gx, gy = np.meshgrid(c, c)
    cells = np.column_stack([gx.ravel(), gy.ravel()]).astype(np.float32)
    a = (np.arange(ARROWS) + 0.5) / ARROWS * 2 * HALF - HALF
    ax_, ay_ = np.meshgrid(a, a)
    at = np.column_stack([ax_.ravel(), ay_.ravel()]).astype(np.float32)
    frames, paths = [], [[] for _ in range(TRACKED)]

    def keep(t):
        for k in range(TRACKED):
            paths[k].append(x[k].copy())
        s = score_eps(at, ab[t], bb[t], "score")
        frames.append((x.copy(), log_density(ab[t], bb[t], cells).reshape(CELLS, CELLS), s,
                       [np.array(p) for p in paths], T - t))

    keep(T)
    for t in range(T, 0, -1):
        x = ddpm_step(x, t, ab, bb, rng)
        if (t - 1) % EVERY == 0:
            keep(t - 1)
    return frames, at


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "kx-w8-peer.mp4"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    frames, at = record(args.seed)

    fig = plt.figure(figsize=(12.8, 7.2), dpi=100)
    ax = fig.add_subplot()
    pts, dens, score, paths, step = frames[0]
    image = ax.imshow(dens, extent=(-HALF, HALF, -HALF, HALF), origin="lower", cmap="viridis", vmin=-12, vmax=1)
    quiver = ax.quiver(at[:, 0], at[:, 1], score[:, 0], score[:, 1], color="0.85", pivot="middle")
    scatter = ax.scatter(pts[:, 0], pts[:, 1], s=1, c="white", alpha=0.67, linewidths=0)
    lines = [ax.plot(p[:, 0], p[:, 1], lw=1.6)[0] for p in paths]
    ax.set(xlim=(-HALF, HALF), ylim=(-HALF, HALF), xlabel="x", ylabel="y", aspect="equal")
    title = ax.set_title("")
    fig.colorbar(image, ax=ax, label="log p_t (exact)")

    def update(j):
        k = round(j * (len(frames) - 1) / max(1, args.frames - 1))
        pts, dens, score, paths, step = frames[k]
        image.set_data(dens)
        quiver.set_UVC(score[:, 0], score[:, 1])
        scatter.set_offsets(pts)
        for line, p in zip(lines, paths):
            line.set_data(p[:, 0], p[:, 1])
        title.set_text(f"DDPM · step {step}/{T}")
        return [image, quiver, scatter, title, *lines]

    writer = FFMpegWriter(fps=30, codec="libx264",
                          extra_args=["-preset", "veryfast", "-crf", "20", "-pix_fmt", "yuv420p"])
    animation = FuncAnimation(fig, update, frames=args.frames, blit=False)
    start = time.perf_counter()
    animation.save(args.out, writer=writer, dpi=100)
    seconds = time.perf_counter() - start
    print(json.dumps({"workload": "video", "peer": "matplotlib " + matplotlib.__version__ + " + ffmpeg",
                      "frames": args.frames, "size": "1280x720", "seconds": round(seconds, 3),
                      "frames_per_second": round(args.frames / seconds, 2), "bytes": os.path.getsize(args.out)}))


if __name__ == "__main__":
    main()
