#!/usr/bin/python3
"""W6 `render` peer: matplotlib (Agg) updating the scene of `kexue-bench render`
and redrawing the canvas. 1024 x 768 pixels, 100,000 points, a 512 x 512
heatmap, a 32 x 32 quiver, axes and two colourbars; 200 frames whose data all
change. A frame = set the new data on the artists + canvas.draw().

Run: xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/python3 scripts/bench_peers/render_matplotlib.py
"""
import json
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

FRAMES = int(sys.argv[1]) if len(sys.argv) > 1 else 200
N_POINTS, HEAT, GRID = 100_000, 512, 32


def frame_data(frame, base):
    phase = 0.05 * frame
    x = np.linspace(-1, 1, HEAT)
    heat = np.cos(3 * x[:, None] - phase) * np.sin(4 * x[None, :] + phase)
    g = -1 + 2 * (np.arange(GRID) + 0.5) / GRID
    gx, gy = np.meshgrid(g, g)
    u, v = -gy + 0.3 * np.sin(phase), gx + 0.3 * np.cos(phase)
    c, s = np.cos(phase), np.sin(phase)
    pts = np.column_stack([c * base[:, 0] - s * base[:, 1], s * base[:, 0] + c * base[:, 1]])
    return heat, (gx, gy, u, v, np.hypot(u, v)), pts


def main():
    rng = np.random.default_rng(1)
    base = rng.normal(0, 0.35, size=(N_POINTS, 2)).astype(np.float32)
    fig = plt.figure(figsize=(10.24, 7.68), dpi=100)
    ax = fig.add_subplot()
    heat, (gx, gy, u, v, speed), pts = frame_data(-1, base)
    image = ax.imshow(heat, extent=(-1, 1, -1, 1), origin="lower", cmap="coolwarm", vmin=-1, vmax=1)
    quiver = ax.quiver(gx, gy, u, v, speed, cmap="viridis", clim=(0, 1.5), pivot="middle")
    scatter = ax.scatter(pts[:, 0], pts[:, 1], s=2, c=base[:, 0], cmap="magma", vmin=-1, vmax=1,
                         linewidths=0, alpha=0.8)
    ax.set(xlim=(-1, 1), ylim=(-1, 1), title="W6 render", xlabel="x", ylabel="y")
    fig.colorbar(image, ax=ax, label="field")
    fig.colorbar(quiver, ax=ax, label="speed")
    fig.canvas.draw()  # warm-up

    times = []
    for frame in range(FRAMES):
        heat, (gx, gy, u, v, speed), pts = frame_data(frame, base)  # the producer's work, not timed
        start = time.perf_counter()
        image.set_data(heat)
        quiver.set_UVC(u, v, speed)
        scatter.set_offsets(pts)
        fig.canvas.draw()
        times.append((time.perf_counter() - start) * 1e3)
    times.sort()
    print(json.dumps({"workload": "render", "peer": "matplotlib " + matplotlib.__version__,
                      "backend": matplotlib.get_backend(), "frames": FRAMES,
                      "median_ms": times[len(times) // 2],
                      "p95_ms": times[round(0.95 * (len(times) - 1))]}))


if __name__ == "__main__":
    main()
