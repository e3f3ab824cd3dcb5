#!/usr/bin/env bash
# Set up and build as tools/run.sh does, then run every test with CTest
# (Catch2 embedding tests, JS tests, golden-output tests).
# usage: tools/test.sh [ctest arguments...]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/tools/bootstrap.sh"
cd "${EDDY_BUILD_DIR:-$root/build}"
exec ctest --output-on-failure -j "$(nproc)" "$@"
