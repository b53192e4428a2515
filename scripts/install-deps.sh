#!/usr/bin/env bash
# Installs the Debian 12 packages Kexue Lab needs to build, test and run.
# Uses sudo only when not root; does nothing when everything is present.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-l10n-tools qt6-tools-dev
  libeigen3-dev libgtest-dev zlib1g-dev
  libavcodec-dev libavformat-dev libavfilter-dev libswscale-dev  # video export (widgets/video)
  ffmpeg  # its ffprobe and decoder check the exported videos in the tests
  xvfb xauth libgl1-mesa-dri libegl1 fonts-dejavu-core
  fonts-wqy-microhei  # a CJK font: the Simplified Chinese interface shows boxes without one
)
# --checks: also what the reliability checks need (scripts/fuzz.sh: clang and
# its libFuzzer runtime; GCC's sanitizer runtimes come with g++).
if [ "${1:-}" = "--checks" ]; then packages+=(clang libclang-rt-14-dev); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
