#!/usr/bin/env bash
# Set-up shared by tools/run.sh and tools/test.sh: make sure every Debian package
# eddy builds against is present, unpack libnode/llhttp under deps/ (they cannot be
# apt-installed beside another Node.js), then configure and build incrementally.
# Quiet when nothing is missing, so repeated runs cost only the ninja check.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix="$root/deps/prefix"
build="${EDDY_BUILD_DIR:-$root/build}"

sudo_cmd=()
if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi

need_pkgs=()
for p in cmake ninja-build g++ pkg-config python3 libuv1-dev libssl-dev zlib1g-dev catch2 \
         libc-ares2 libc-ares-dev libbrotli-dev libdeflate-dev libnghttp2-14 libicu72 curl; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need_pkgs+=("$p")
done
apt_updated=
apt_update() {
  if [ -z "$apt_updated" ]; then "${sudo_cmd[@]}" apt-get update -qq >&2; apt_updated=1; fi
}
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "bootstrap: installing ${need_pkgs[*]}" >&2
  apt_update
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${need_pkgs[@]}" >&2
fi
if ! command -v ccache >/dev/null; then
  # ccache only speeds rebuilds; its absence must not fail the set-up.
  (apt_update; DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq ccache >&2) || true
fi

# libnode108 carries V8 10.2; node-llhttp carries llhttp's C sources. Both are
# unpacked rather than installed so that a NodeSource nodejs can stay installed.
if [ ! -f "$prefix/.complete" ]; then
  echo "bootstrap: unpacking libnode108, libnode-dev, node-llhttp into deps/prefix" >&2
  apt_update
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download libnode108 libnode-dev node-llhttp >&2)
  rm -rf "$prefix"; mkdir -p "$prefix"
  for d in "$tmp"/*.deb; do dpkg -x "$d" "$prefix"; done
  rm -rf "$tmp"
  touch "$prefix/.complete"
fi

# Lazy binding for libnode (see tools/lazybind.py): ~7 ms off every start.
if [ "${EDDY_LAZY_BIND:-1}" = 1 ] && [ ! -f "$prefix/.lazybind" ]; then
  python3 "$root/tools/lazybind.py" "$prefix/usr/lib/x86_64-linux-gnu/libnode.so.108" >&2
  touch "$prefix/.lazybind"
fi

gen=(-G Ninja -DCMAKE_BUILD_TYPE="${EDDY_BUILD_TYPE:-RelWithDebInfo}")
command -v ccache >/dev/null && gen+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" "${gen[@]}" ${EDDY_CMAKE_ARGS:-} >&2
fi
cmake --build "$build" >&2
