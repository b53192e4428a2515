#!/bin/bash
# W8 timing, ours and the matplotlib peer alternately (docs/benchmarks.md, W8):
#   scripts/bench_peers/video_side_by_side.sh BUILD_DIR ROUNDS
# Each round: the 1-minute load average, our MP4 line, the peer's line, our
# MP4 line again (ours-peer-ours, so a change of load shows). Run on an idle
# machine under Xvfb (the frames are drawn with OpenGL):
#   xvfb-run -a -s "-screen 0 1280x800x24" scripts/bench_peers/video_side_by_side.sh build 2
set -eu
cd "$(dirname "$0")/../.."
build=$1 rounds=$2
for round in $(seq 1 "$rounds"); do
  echo "# round $round load $(cut -d' ' -f1 /proc/loadavg)"
  QT_QPA_PLATFORM=xcb "$build/app/kexue-bench" video --variant mp4
  /usr/bin/python3 scripts/bench_peers/video_matplotlib.py --frames 300
  QT_QPA_PLATFORM=xcb "$build/app/kexue-bench" video --variant mp4
done
