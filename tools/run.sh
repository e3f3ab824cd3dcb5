#!/usr/bin/env bash
# Set up (packages, unpacked deps, incremental build) and run build/eddy.
# usage: tools/run.sh [eddy arguments...]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/tools/bootstrap.sh"
exec "${EDDY_BUILD_DIR:-$root/build}/eddy" "$@"
