#!/usr/bin/env bash
# Refreshes the screenshots in docs/ from the current build: the main window
# (grabbed by the GUI test), an exported figure (headless mode), and one
# window screenshot per registered lab for docs/user-guide.md.
# Usage: scripts/screenshots.sh [BUILD_DIR] [LAB_ID...]   (default: build, every lab)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
shift || true
xrun() { xvfb-run -a -s "-screen 0 1400x900x24 -noreset" env QT_QPA_PLATFORM=xcb "$@"; }

if [ $# -eq 0 ]; then
  xrun env KX_SCREENSHOT_DIR="$root/docs" "$build/tests/widgets/shell/test_widgets_shell" \
    --gtest_filter='MainWindow.ShowsTheField*'
  xrun "$build/app/kexue-lab" --lab competition --export "$root/docs/competition-figure.png" --size 1600x1000
  echo "screenshots: wrote docs/competition-window.png and docs/competition-figure.png"
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
