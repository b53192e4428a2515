#!/usr/bin/env bash
# Configures and builds Kexue Lab. Usage: scripts/build.sh [BUILD_DIR] [extra cmake args...]
# BUILD_DIR defaults to build/ (Release). KX_TARGETS="a b" builds only those
# targets (run-app.sh: the app alone, without the test suite).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
shift || true
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
# shellcheck disable=SC2086  # KX_TARGETS is a list of words
cmake --build "$build" -j "$(nproc)" ${KX_TARGETS:+--target $KX_TARGETS}
