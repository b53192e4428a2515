#!/usr/bin/env bash
# Installs what is missing, builds (Release) and runs every test; GUI tests run
# under a virtual X server (docs/architecture.md, "OpenGL and headless runs": QOpenGLWidget needs xcb, not offscreen).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" "$root/build"
xvfb-run -a -s "-screen 0 1280x800x24 -noreset" env QT_QPA_PLATFORM=xcb KX_REQUIRE_GL=1 \
  ctest --test-dir "$root/build" --output-on-failure --no-tests=error -j "$(nproc)"
