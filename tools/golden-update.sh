#!/usr/bin/env bash
# (Re)writes the expected output of golden tests by running them under node 20.
# usage: tools/golden-update.sh test/golden/<area>/<name>.js ...
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
node_bin=${NODE:-node}
"$node_bin" --version | grep -q '^v20\.' || { echo "golden files must come from node 20"; exit 1; }
for f in "$@"; do
  GOLDEN_UPDATE=1 bash "$root/test/golden/run.sh" "$node_bin" "$f"
  echo "updated $f"
done
