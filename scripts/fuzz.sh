#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for a
# bounded time from its seed corpus. Usage: scripts/fuzz.sh [SECONDS_EACH]
# Crashing inputs are written to build-fuzz/findings/; the script fails on one.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
build="$root/build-fuzz"
"$root/scripts/install-deps.sh" --checks
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKX_FUZZ=ON -DKX_BUILD_TESTS=OFF \
  -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j "$(nproc)"
mkdir -p "$build/findings"
for corpus in "$root"/tests/fuzz/corpus/*/; do
  name="$(basename "$corpus")"
  work="$build/corpus-$name"  # grows as the fuzzer finds new paths; the seeds stay in the repo
  mkdir -p "$work"
  echo "fuzz: $name for ${seconds}s"
  "$build/tests/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/findings/$name-" -print_final_stats=1 "$work" "$corpus" 2>&1 |
    grep -E "^stat::number_of_executed_units|^stat::peak_rss_mb|ERROR|SUMMARY|Done [0-9]+ runs" || true
  if ls "$build/findings/$name-"* >/dev/null 2>&1; then
    echo "fuzz: $name found a failing input in $build/findings" >&2
    exit 1
  fi
done
echo "fuzz: no failing input found"
