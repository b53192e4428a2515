#!/bin/bash
# W5 timing, ours and the PyTorch peer alternately (docs/benchmarks.md, W5):
#   scripts/bench_peers/vae_side_by_side.sh BUILD_DIR THREADS ROUNDS EPOCHS VARIANT...
# e.g. scripts/bench_peers/vae_side_by_side.sh build 1 2 10 d2 d16 d64 d16bn d64bn
# For each round and variant: the 1-minute load average, our JSON line, the
# peer's JSON line (same thread count; OpenBLAS single-threaded, see nn_torch.py).
set -eu
cd "$(dirname "$0")/../.."
build=$1 threads=$2 rounds=$3 epochs=$4
shift 4
mnist=${KX_MNIST_DIR:-../shared/data/mnist}
for round in $(seq 1 "$rounds"); do
  for v in "$@"; do
    echo "# round $round $v load $(cut -d' ' -f1 /proc/loadavg)"
    KX_MNIST_DIR=$mnist "$build/app/kexue-bench" vae --variant "$v" --threads "$threads" --set "epochs=$epochs"
    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread /usr/bin/python3 scripts/bench_peers/vae_torch.py \
      --threads "$threads" --blas-threads 1 --variant "$v" --epochs "$epochs" --mnist "$mnist"
  done
done
