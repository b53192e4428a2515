#!/usr/bin/env bash
# W1–W5 on every instruction-set path this CPU has, side by side with the
# peers, in one invocation (issue 23, docs/benchmarks.md "Instruction-set
# paths"): in each round, kexue-bench on each path (--isa) and then the peer,
# workload by workload, so a change in the machine's load shows in both.
# Run it on an idle machine and say the load. Prints the JSON lines and, at
# the end, each path's throughput against the peer's.
# Usage: scripts/bench-isa.sh [BUILD_DIR] [ROUNDS]   (default: build, 2)
# KX_BENCH_BASELINE=/path/to/kexue-bench adds another build (e.g. an earlier
# commit's) to every round, as the side "baseline".
# Needs python3-numpy, python3-scipy and python3-torch (Debian) for the peers,
# and the MNIST files in KX_MNIST_DIR (default ../shared/data/mnist) for W5.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
rounds="${2:-2}"
bench="$build/app/kexue-bench"
peers="$root/scripts/bench_peers"
mnist="${KX_MNIST_DIR:-$root/../shared/data/mnist}"
[ -x "$bench" ] || { echo "bench-isa: no $bench (build first: scripts/build.sh)" >&2; exit 1; }
py=/usr/bin/python3
mapfile -t paths < <("$bench" walk1d --size small --isa avx512 >/dev/null 2>&1 && echo avx512; \
  "$bench" walk1d --size small --isa avx2 >/dev/null 2>&1 && echo avx2; echo portable)
log="$(mktemp)"
echo "bench-isa: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-), paths: ${paths[*]}; load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

# workload | kexue-bench arguments | peer command (its best line is taken)
cases=(
  "W1|phase --variant trajectories|$py $peers/phase_scipy.py"
  "W2|walk1d|$py $peers/walk_numpy.py walk1d"
  "W2|walk2d|$py $peers/walk_numpy.py walk2d --threads 2"
  "W3|diffusion --variant ddpm|$py $peers/diffusion_numpy.py ddpm --threads 2"
  "W4|gan --variant sgan --set steps=2000|$py $peers/gan_torch.py --threads 2 --steps 2000 sgan"
)
[ -d "$mnist" ] && cases+=("W5|vae --variant d16|$py $peers/vae_torch.py --threads 2 --variant d16 --mnist $mnist")

for ((round = 1; round <= rounds; ++round)); do
  for c in "${cases[@]}"; do
    IFS='|' read -r tag ours peer <<<"$c"
    for isa in "${paths[@]}"; do
      # shellcheck disable=SC2086  # $ours is several words on purpose
      line="$(KX_MNIST_DIR="$mnist" "$bench" $ours --isa "$isa" | tail -n 1)"
      echo "{\"round\":$round,\"tag\":\"$tag\",\"side\":\"$isa\",\"line\":$line}" | tee -a "$log"
    done
    if [ -n "${KX_BENCH_BASELINE:-}" ]; then
      # shellcheck disable=SC2086
      line="$(KX_MNIST_DIR="$mnist" "$KX_BENCH_BASELINE" $ours | tail -n 1)"
      echo "{\"round\":$round,\"tag\":\"$tag\",\"side\":\"baseline\",\"line\":$line}" | tee -a "$log"
    fi
    # shellcheck disable=SC2086
    $peer 2>/dev/null | while read -r line; do
      echo "{\"round\":$round,\"tag\":\"$tag\",\"side\":\"peer\",\"line\":$line}" | tee -a "$log"
    done
  done
done
echo "bench-isa: load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
$py - "$log" <<'PY'
import json, sys
from collections import defaultdict
rows = [json.loads(l) for l in open(sys.argv[1])]
best = defaultdict(dict)  # (round, workload name) -> side -> throughput
for r in rows:
    line = r["line"]
    key = (r["round"], r["tag"] + " " + line["workload"])
    speed = line.get("throughput") or 1 / line["seconds"]
    best[key][r["side"]] = max(best[key].get(r["side"], 0), speed)
print("| round | workload | path | ours | peer | ours / peer |")
print("|---|---|---|---|---|---|")
for (rnd, name), sides in sorted(best.items()):
    for side, speed in sides.items():
        if side != "peer":
            print(f"| {rnd} | {name} | {side} | {speed:.4g} | {sides['peer']:.4g} | {speed / sides['peer']:.2f}x |")
PY
rm -f "$log"
