#!/usr/bin/env bash
# Refreshes the images of docs/user-guide.md from the current build: one
# window screenshot per registered lab and one exported figure (headless mode),
# the window in Chinese, and the trained VAE windows (grabbed by their GUI test).
# Usage: scripts/screenshots.sh [BUILD_DIR] [LAB_ID...]   (default: build, every lab)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
shift || true
xrun() { xvfb-run -a -s "-screen 0 1400x900x24 -noreset" env QT_QPA_PLATFORM=xcb "$@"; }

if [ $# -eq 0 ]; then
  xrun "$build/app/kexue-lab" --lab walk --export "$root/docs/export-walk.png" --size 1600x1000
  xrun "$build/app/kexue-lab" --lab walk --set kind=cauchy1d --screenshot "$root/docs/guide-walk-cauchy.png" --size 1400x900
  # Rosenzweig–MacArthur past its Hopf point (K = 3 > 7/3), with its limit cycle.
  xrun "$build/app/kexue-lab" --lab competition --session "$root/docs/guide-phase-session.json" \
    --screenshot "$root/docs/guide-phase.png" --size 1400x900
  # A drawn-like point cloud sampled back by the heat ODE: exact score, then learned.
  xrun "$build/app/kexue-lab" --session "$root/docs/guide-cloud-session.json" \
    --screenshot "$root/docs/guide-diffusion-cloud.png" --size 1400x900
  xrun "$build/app/kexue-lab" --session "$root/docs/guide-cloud-learned-session.json" \
    --screenshot "$root/docs/guide-diffusion-cloud-learned.png" --size 1400x900
  # The energy GAN's Langevin particles, played to the figure's end.
  xrun "$build/app/kexue-lab" --figure gan-6331-langevin --screenshot "$root/docs/guide-gan-langevin.png" --size 1400x900
  # Trained VAE windows, as the GUI test that checks them grabs them (minutes of training).
  shots="$(mktemp -d)"
  xrun env KX_SCREENSHOT_DIR="$shots" "$build/tests/widgets/labs/vae/test_widgets_vae_window"
  cp "$shots/vae-window.png" "$shots/vae-d64.png" "$shots/vae-d64bn.png" "$root/docs/"
  # The walk's derivation pages, as their GUI tests set them up.
  xrun env KX_SCREENSHOT_DIR="$shots" "$build/tests/widgets/labs/walk/test_widgets_walk" \
    --gtest_filter='WalkWindow.DerivationPages*:WalkWindow.ThePathIntegralPage*'
  for page in characteristic bernoulli path-integral; do cp "$shots/walk-$page.png" "$root/docs/guide-walk-$page.png"; done
  # The export-animation dialog, and the last frame of the DDIM figure's MP4 as a decoder reads it.
  xrun env KX_SCREENSHOT_DIR="$shots" "$build/tests/widgets/video/test_widgets_video" --gtest_filter='AnimationExportDialog*'
  cp "$shots/animation-export-dialog.png" "$root/docs/guide-export-animation.png"
  xrun "$build/app/kexue-lab" --figure diffusion-9181-ddpm-ddim --export "$shots/ddim.mp4" --frames 150
  ffmpeg -v error -sseof -0.1 -i "$shots/ddim.mp4" -frames:v 1 -y "$root/docs/export-animation-ddim.png"
  # Every lab at 1280 x 800 in both languages, as the scripted tour leaves it (issue 24).
  xrun env KX_SCREENSHOT_DIR="$shots" "$build/tests/widgets/shell/test_widgets_tour"
  mkdir -p "$root/docs/tour" && cp "$shots"/tour-*.png "$root/docs/tour/"
  rm -rf "$shots"
  echo "screenshots: wrote docs/export-walk.png, docs/guide-walk-cauchy.png, docs/guide-phase.png, docs/vae-window.png, docs/vae-d64.png,"
  echo "  docs/vae-d64bn.png, docs/guide-walk-{characteristic,bernoulli,path-integral}.png,"
  echo "  docs/guide-diffusion-cloud{,-learned}.png, docs/guide-export-animation.png, docs/export-animation-ddim.png,"
  echo "  docs/guide-gan-langevin.png"
  echo "  and docs/tour/*.png"
fi

# The registry is the one list of labs; --help names them.
labs=("$@")
if [ ${#labs[@]} -eq 0 ]; then
  read -r -a labs <<<"$("$build/app/kexue-lab" --help | sed -n 's/.*--lab ID *one of: //p' | tr -d ',')"
fi
if [ $# -eq 0 ]; then  # the Simplified Chinese interface, for the guide's language section
  xrun env KX_LANGUAGE=zh_CN "$build/app/kexue-lab" --lab walk --screenshot "$root/docs/guide-zh_CN.png" --size 1400x900
  echo "screenshots: wrote docs/guide-zh_CN.png"
fi
for id in "${labs[@]}"; do
  xrun "$build/app/kexue-lab" --lab "$id" --screenshot "$root/docs/guide-$id.png" --size 1400x900
  echo "screenshots: wrote docs/guide-$id.png"
done
