#!/usr/bin/env bash
# Builds the Debian package from an existing build folder, installs it with
# apt-get (so its Depends are resolved like on a user's machine), and checks
# that the installed kexue-lab starts: --version and a headless export; then
# that the package is portable (issue 23): the narrowest kernel path forced,
# and the installed kexue-bench on an emulated CPU without AVX (qemu-user).
# Usage: scripts/check-package.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
die() { echo "check-package: FAILED: $*" >&2; exit 1; }
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

[ -f "$build/CMakeCache.txt" ] || die "$build is not a configured build folder"
grep -q '^KX_NATIVE:BOOL=ON' "$build/CMakeCache.txt" &&
  die "$build is a KX_NATIVE build, for its own CPU only: package a portable one (cmake -DKX_NATIVE=OFF)"
# dpkg-shlibdeps (CPACK_DEBIAN_PACKAGE_SHLIBDEPS) comes with dpkg-dev.
# qemu-x86_64 (qemu-user) emulates an older CPU for the portability check.
for tool in dpkg-shlibdeps:dpkg-dev qemu-x86_64:qemu-user; do
  if ! command -v "${tool%%:*}" >/dev/null; then
    $sudo apt-get install -y -qq --no-install-recommends "${tool##*:}" || die "cannot install ${tool##*:}"
  fi
done

cmake --build "$build" --target kexue-lab kexue-bench kx_icons -j2 || die "build failed"
rm -f "$build"/kexue-lab_*.deb
(cd "$build" && cpack -G DEB) || die "cpack failed"
deb="$(ls "$build"/kexue-lab_*.deb 2>/dev/null | head -n1)"
[ -n "$deb" ] || die "cpack wrote no kexue-lab_*.deb in $build"
echo "check-package: built $deb"
dpkg-deb --info "$deb" | sed -n '/Depends/p'
contents="$(dpkg-deb --contents "$deb")"  # once: grep -q would close the pipe early (pipefail)
for f in bin/kexue-lab bin/kexue-bench share/applications/fm.kexue.lab.desktop share/metainfo/fm.kexue.lab.metainfo.xml \
  share/icons/hicolor/scalable/apps/kexue-lab.svg share/icons/hicolor/16x16/apps/kexue-lab.png \
  share/icons/hicolor/256x256/apps/kexue-lab.png; do
  grep -q "\./usr/$f\$" <<<"$contents" || die "the package lacks /usr/$f"
done
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/resources/fm.kexue.lab.metainfo.xml" || die "AppStream metainfo does not validate"
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -qq --reinstall "$deb" || die "apt-get install $deb failed"
[ -x /usr/bin/kexue-lab ] || die "/usr/bin/kexue-lab is not installed"
[ -x /usr/bin/kexue-bench ] || die "/usr/bin/kexue-bench is not installed"

version="$(/usr/bin/kexue-lab --version)" || die "kexue-lab --version failed"
echo "check-package: $version"
[[ "$version" == kexue-lab\ * ]] || die "unexpected --version output '$version'"

out="$(mktemp -d)/x.png"
xvfb-run -a -s "-screen 0 1280x800x24 -noreset" env QT_QPA_PLATFORM=xcb \
  /usr/bin/kexue-lab --lab competition --export "$out" || die "headless export failed"
[ -s "$out" ] || die "headless export wrote no $out"
head -c 8 "$out" | od -An -tx1 | grep -q '89 50 4e 47' || die "$out is not a PNG"

# The narrowest path forced on this machine: a headless export and a short bench.
KX_ISA=portable xvfb-run -a -s "-screen 0 1280x800x24 -noreset" env QT_QPA_PLATFORM=xcb \
  /usr/bin/kexue-lab --lab walk --export "$out" || die "headless export on the portable path failed"
bench="$(/usr/bin/kexue-bench walk1d --size small --isa portable)" || die "kexue-bench --isa portable failed"
grep -q '"isa":"portable"' <<<"$bench" || die "kexue-bench did not take the portable path: $bench"
# The installed binary on an x86-64-v2 CPU without AVX (Nehalem, emulated): a
# build that used AVX anywhere outside its checked kernels stops here with an
# illegal instruction. The kernels must detect the CPU and take the portable path.
for work in "walk1d" "diffusion --variant ddpm"; do
  # shellcheck disable=SC2086  # $work is two words on purpose
  line="$(qemu-x86_64 -cpu Nehalem /usr/bin/kexue-bench $work --size small --threads 1)" ||
    die "kexue-bench $work does not run on an x86-64-v2 CPU (Nehalem under qemu)"
  grep -q '"isa":"portable"' <<<"$line" || die "on Nehalem kexue-bench $work took another path: $line"
  echo "check-package: runs on Nehalem (x86-64-v2): $line"
done
# On an AVX2 CPU without AVX-512 (Haswell, emulated) the kernels take the AVX2
# path, and the lattice walk's result is the portable path's, bit for bit.
line="$(qemu-x86_64 -cpu Haswell /usr/bin/kexue-bench walk1d --size small --threads 1)" ||
  die "kexue-bench walk1d does not run on Haswell under qemu"
grep -q '"isa":"avx2"' <<<"$line" || die "on Haswell kexue-bench took another path than avx2: $line"
chi2() { sed -n 's/.*"chi2":\([^,]*\),.*/\1/p' <<<"$1"; }
[ "$(chi2 "$line")" = "$(chi2 "$bench")" ] || die "the AVX2 and portable walks differ: $line vs $bench"
echo "check-package: Haswell (AVX2, no AVX-512) takes the avx2 path with the portable path's walk"
echo "check-package: OK ($deb installed; --version, a headless export, the portable path, an x86-64-v2 and an AVX2 CPU work; figure in $out)"
