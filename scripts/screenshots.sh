#!/usr/bin/env bash
# Refreshes the screenshots in docs/ from the current build: the main window
# (grabbed by the GUI test) and an exported figure (headless mode).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${1:-$root/build}"
xvfb-run -a -s "-screen 0 1400x900x24" env QT_QPA_PLATFORM=xcb KX_SCREENSHOT_DIR="$root/docs" \
  "$build/tests/widgets/shell/test_widgets_shell" --gtest_filter='MainWindow.ShowsTheField*'
xvfb-run -a -s "-screen 0 1400x900x24" "$build/app/kexue-lab" --lab competition \
  --export "$root/docs/competition-figure.png" --size 1600x1000
echo "screenshots: wrote docs/competition-window.png and docs/competition-figure.png"
